#include "storage/credentialrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace cg::storage {

namespace {

using core::Credential;
using core::Error;
using core::Result;

const QString kColumns = QStringLiteral(
    "c.id, c.resident_id, c.type, c.status, c.valid_from, c.valid_to, c.card_last4, c.failed_pin_tries,"
    " c.visitor_name, c.replaced_by, c.issued_at, c.issued_by, c.status_reason, c.card_lookup, c.card_sealed,"
    " c.qr_lookup, c.pin_hash, c.version, r.name, u.label, b.name");
const QString kFrom = QStringLiteral(
    " FROM credentials c JOIN residents r ON r.id = c.resident_id JOIN units u ON u.id = r.unit_id"
    " JOIN buildings b ON b.id = u.building_id");

StoredCredential readRow(const QSqlQuery& q)
{
    StoredCredential s;
    Credential& c = s.credential;
    c.id = q.value(0).toLongLong();
    c.residentId = q.value(1).toLongLong();
    c.type = core::credentialTypeFromKey(q.value(2).toString()).value_or(core::CredentialType::Card);
    c.status = core::credentialStatusFromKey(q.value(3).toString()).value_or(core::CredentialStatus::Revoked);
    c.validFrom = fromStoredTime(q.value(4));
    c.validTo = fromStoredTime(q.value(5));
    c.cardLast4 = q.value(6).toString();
    c.failedPinTries = q.value(7).toInt();
    c.visitorName = q.value(8).toString();
    c.replacedBy = q.value(9).toLongLong();
    c.issuedAt = fromStoredTime(q.value(10));
    c.issuedBy = q.value(11).toString();
    c.statusReason = q.value(12).toString();
    s.cardLookup = q.value(13).toByteArray();
    s.cardSealed = q.value(14).toByteArray();
    s.qrLookup = q.value(15).toByteArray();
    s.pinHash = q.value(16).toString();
    s.version = q.value(17).toInt();
    c.residentName = q.value(18).toString();
    c.unitLabel = q.value(19).toString();
    c.buildingName = q.value(20).toString();
    return s;
}

QVariant nullable(const QDateTime& t)
{
    return t.isValid() ? QVariant(storedTime(t)) : QVariant();
}

QVariant blob(const QByteArray& b)
{
    return b.isEmpty() ? QVariant() : QVariant(b);
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

struct Where
{
    QStringList clauses;
    QVariantList values;
};

Where buildWhere(const CredentialFilter& f)
{
    Where w;
    if (!f.text.trimmed().isEmpty()) {
        w.clauses << QStringLiteral("(r.name LIKE ? ESCAPE '\\' OR u.label LIKE ? ESCAPE '\\')");
        QString like = f.text.trimmed();
        like.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        like = QLatin1Char('%') + like + QLatin1Char('%');
        w.values << like << like;
    }
    if (f.type) {
        w.clauses << QStringLiteral("c.type = ?");
        w.values << core::credentialTypeKey(*f.type);
    }
    if (f.status) {
        w.clauses << QStringLiteral("c.status = ?");
        w.values << core::credentialStatusKey(*f.status);
    }
    if (f.residentId) {
        w.clauses << QStringLiteral("c.resident_id = ?");
        w.values << f.residentId;
    }
    if (f.buildingId) {
        w.clauses << QStringLiteral("u.building_id = ?");
        w.values << f.buildingId;
    }
    return w;
}

Result<std::optional<StoredCredential>> findByLookup(const QSqlDatabase& db, const QString& column,
                                                     const QByteArray& hash)
{
    // Live first, then the most recent dead one.
    auto q = prepare(db, QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE c.") + column
                             + QStringLiteral(" = ? ORDER BY (c.status IN ('active', 'suspended')) DESC, c.id DESC LIMIT 1"));
    if (!q)
        return q.error();
    q->addBindValue(hash);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return std::optional<StoredCredential>();
    return std::optional<StoredCredential>(readRow(*q));
}

} // namespace

QString storedTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QDateTime fromStoredTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

CredentialRepository::CredentialRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<qint64> CredentialRepository::insert(const NewCredential& row)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO credentials (resident_id, type, status, valid_from, valid_to,"
                                    " card_lookup, card_last4, qr_lookup, pin_hash, visitor_name, issued_at, issued_by)"
                                    " VALUES (?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const QVariant& v : {QVariant(row.residentId), QVariant(core::credentialTypeKey(row.type)),
                              QVariant(storedTime(row.validFrom)), nullable(row.validTo), blob(row.cardLookup),
                              QVariant(text(row.cardLast4)), blob(row.qrLookup),
                              row.pinHash.isEmpty() ? QVariant() : QVariant(row.pinHash),
                              QVariant(text(row.visitorName)), QVariant(storedTime(row.issuedAt)),
                              QVariant(text(row.issuedBy))})
        q->addBindValue(v);
    if (auto s = exec(*q); !s) {
        if (s.error().code == QLatin1String("sql.unique"))
            return Error::make(Error::Kind::Conflict,
                               QCoreApplication::translate("cg::storage::CredentialRepository",
                                                           "This card or QR code already belongs to an active credential."),
                               QStringLiteral("credential.duplicate"));
        return s.error();
    }
    return q->lastInsertId().toLongLong();
}

core::Status CredentialRepository::setCardSealed(qint64 id, const QByteArray& sealed)
{
    auto q = prepare(m_database->connection(), QStringLiteral("UPDATE credentials SET card_sealed = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(sealed);
    q->addBindValue(id);
    return exec(*q);
}

Result<StoredCredential> CredentialRepository::byId(qint64 id) const
{
    auto q = prepare(m_database->connection(), QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE c.id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("cg::storage::CredentialRepository", "There is no credential %1.").arg(id));
    return readRow(*q);
}

Result<std::optional<StoredCredential>> CredentialRepository::findByCardLookup(const QByteArray& hash) const
{
    return findByLookup(m_database->connection(), QStringLiteral("card_lookup"), hash);
}

Result<std::optional<StoredCredential>> CredentialRepository::findByQrLookup(const QByteArray& hash) const
{
    return findByLookup(m_database->connection(), QStringLiteral("qr_lookup"), hash);
}

Result<QList<StoredCredential>> CredentialRepository::pinCredentialsOfUnits(const QList<qint64>& unitIds) const
{
    QList<StoredCredential> result;
    if (unitIds.isEmpty())
        return result;
    QStringList marks;
    for (int i = 0; i < unitIds.size(); ++i)
        marks << QStringLiteral("?");
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE c.type = 'pin' AND r.unit_id IN (")
                         + marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY c.id DESC LIMIT 20"));
    if (!q)
        return q.error();
    for (qint64 id : unitIds)
        q->addBindValue(id);
    if (auto s = exec(*q); !s)
        return s.error();
    while (q->next())
        result.append(readRow(*q));
    return result;
}

Result<QList<StoredCredential>> CredentialRepository::pinCredentialsOfResident(qint64 residentId) const
{
    auto q = prepare(m_database->connection(), QStringLiteral("SELECT ") + kColumns + kFrom
                                                   + QStringLiteral(" WHERE c.type = 'pin' AND c.resident_id = ? ORDER BY c.id DESC LIMIT 20"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<StoredCredential> result;
    while (q->next())
        result.append(readRow(*q));
    return result;
}

Result<QList<Credential>> CredentialRepository::list(const CredentialFilter& filter) const
{
    const Where w = buildWhere(filter);
    QString sql = QStringLiteral("SELECT ") + kColumns + kFrom;
    if (!w.clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.clauses.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.id DESC LIMIT %1").arg(std::max(1, filter.limit));
    auto q = prepare(m_database->connection(), sql);
    if (!q)
        return q.error();
    for (const QVariant& v : w.values)
        q->addBindValue(v);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<Credential> result;
    while (q->next())
        result.append(readRow(*q).credential);
    return result;
}

Result<int> CredentialRepository::count(const CredentialFilter& filter) const
{
    const Where w = buildWhere(filter);
    QString sql = QStringLiteral("SELECT count(*)") + kFrom;
    if (!w.clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.clauses.join(QStringLiteral(" AND "));
    auto q = prepare(m_database->connection(), sql);
    if (!q)
        return q.error();
    for (const QVariant& v : w.values)
        q->addBindValue(v);
    if (auto s = exec(*q); !s)
        return s.error();
    return q->next() ? q->value(0).toInt() : 0;
}

core::Status CredentialRepository::setStatus(qint64 id, int version, core::CredentialStatus status,
                                             const QString& reason, const QDateTime& at, qint64 replacedBy)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("UPDATE credentials SET status = ?, status_reason = ?, status_changed_at = ?,"
                                    " replaced_by = COALESCE(?, replaced_by), version = version + 1"
                                    " WHERE id = ? AND version = ?"));
    if (!q)
        return q.error();
    q->addBindValue(core::credentialStatusKey(status));
    q->addBindValue(text(reason));
    q->addBindValue(storedTime(at));
    q->addBindValue(replacedBy ? QVariant(replacedBy) : QVariant());
    q->addBindValue(id);
    q->addBindValue(version);
    if (auto s = exec(*q); !s) {
        if (s.error().code == QLatin1String("sql.unique"))
            return Error::make(Error::Kind::Conflict,
                               QCoreApplication::translate("cg::storage::CredentialRepository",
                                                           "This card or QR code already belongs to an active credential."),
                               QStringLiteral("credential.duplicate"));
        return s;
    }
    if (q->numRowsAffected() != 1)
        return Error::make(Error::Kind::Conflict,
                           QCoreApplication::translate("cg::storage::CredentialRepository",
                                                       "The credential was changed at another desk; reload and try again."),
                           QStringLiteral("credential.stale"));
    return {};
}

core::Status CredentialRepository::setFailedPinTries(qint64 id, int tries)
{
    auto q = prepare(m_database->connection(), QStringLiteral("UPDATE credentials SET failed_pin_tries = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(tries);
    q->addBindValue(id);
    return exec(*q);
}

Result<QList<qint64>> CredentialRepository::dueForExpiry(const QDateTime& at) const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT id FROM credentials WHERE status IN ('active', 'suspended')"
                                    " AND valid_to IS NOT NULL AND valid_to <= ? ORDER BY id"));
    if (!q)
        return q.error();
    q->addBindValue(storedTime(at));
    if (auto s = exec(*q); !s)
        return s.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<qint64> CredentialRepository::recordEvent(const CredentialEvent& e)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO credential_events (at, door_id, credential_id, resident_id, presented_kind,"
                                    " presented_masked, result, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const QVariant& v : {QVariant(storedTime(e.at)), e.doorId ? QVariant(e.doorId) : QVariant(),
                              e.credentialId ? QVariant(e.credentialId) : QVariant(),
                              e.residentId ? QVariant(e.residentId) : QVariant(), QVariant(text(e.presentedKind)),
                              QVariant(text(e.presentedMasked)),
                              QVariant(e.allowed ? QStringLiteral("allowed") : QStringLiteral("denied")),
                              QVariant(text(e.reason))})
        q->addBindValue(v);
    if (auto s = exec(*q); !s)
        return s.error();
    return q->lastInsertId().toLongLong();
}

Result<QList<CredentialEvent>> CredentialRepository::recentEvents(int limit, qint64 doorId) const
{
    QString sql = QStringLiteral(
        "SELECT e.id, e.at, e.door_id, d.name, e.credential_id, e.resident_id, r.name, e.presented_kind,"
        " e.presented_masked, e.result, e.reason FROM credential_events e LEFT JOIN doors d ON d.id = e.door_id"
        " LEFT JOIN residents r ON r.id = e.resident_id");
    if (doorId)
        sql += QStringLiteral(" WHERE e.door_id = ?");
    sql += QStringLiteral(" ORDER BY e.id DESC LIMIT %1").arg(std::max(1, limit));
    auto q = prepare(m_database->connection(), sql);
    if (!q)
        return q.error();
    if (doorId)
        q->addBindValue(doorId);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<CredentialEvent> list;
    while (q->next()) {
        CredentialEvent e;
        e.id = q->value(0).toLongLong();
        e.at = fromStoredTime(q->value(1));
        e.doorId = q->value(2).toLongLong();
        e.doorName = q->value(3).toString();
        e.credentialId = q->value(4).toLongLong();
        e.residentId = q->value(5).toLongLong();
        e.residentName = q->value(6).toString();
        e.presentedKind = q->value(7).toString();
        e.presentedMasked = q->value(8).toString();
        e.allowed = q->value(9).toString() == QLatin1String("allowed");
        e.reason = q->value(10).toString();
        list.append(e);
    }
    return list;
}

} // namespace cg::storage
