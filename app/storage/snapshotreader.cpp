#include "storage/snapshotreader.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace cg::storage {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::storage::SnapshotReader)
};

std::atomic<int> g_counter{0};

core::Error problem(const QString& message, const QString& code)
{
    return core::Error::make(core::Error::Kind::Storage, message, code);
}

QDateTime timestamp(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QDate day(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

SnapshotReader::SnapshotReader(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
}

SnapshotReader::~SnapshotReader()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

core::Result<std::unique_ptr<SnapshotReader>> SnapshotReader::open(const QString& requested)
{
    const QString path = QFileInfo(requested).absoluteFilePath();
    if (!QFileInfo(path).isFile())
        return problem(Tr::tr("There is no database file at %1.").arg(path), QStringLiteral("snapshot.missing"));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArray("SQLite format 3\0", 16))
            return problem(Tr::tr("%1 is not a ConsentGate database (it is not an SQLite file).").arg(path),
                           QStringLiteral("snapshot.not_sqlite"));
    }
    const QString name = QStringLiteral("cg-snapshot-%1").arg(++g_counter);
    std::unique_ptr<SnapshotReader> reader(new SnapshotReader(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    const bool sideFiles = QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
    if (sideFiles) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!db.open())
        return problem(Tr::tr("Cannot read the database %1: %2").arg(path, db.lastError().text()),
                       QStringLiteral("snapshot.io"));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'uuid'")) || !q.next())
        return problem(Tr::tr("%1 is an SQLite file but not a ConsentGate database.").arg(path),
                       QStringLiteral("snapshot.foreign"));
    return reader;
}

core::Result<QString> SnapshotReader::integrityCheck() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(q.lastError(), QStringLiteral("integrity_check"));
    QStringList lines;
    while (q.next() && lines.size() < 5)
        lines << q.value(0).toString();
    return lines.join(QStringLiteral("; "));
}

core::Result<SnapshotFacts> SnapshotReader::facts() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    SnapshotFacts f;
    QSqlQuery q(db);
    const auto scalar = [&q](const QString& sql) -> std::optional<QVariant> {
        if (!q.exec(sql))
            return std::nullopt;
        return q.next() ? q.value(0) : QVariant();
    };
    const auto uuid = scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'uuid'"));
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!uuid || !version)
        return sqlError(q.lastError(), QStringLiteral("meta"));
    f.uuid = uuid->toString();
    const auto check = scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'key_check'"));
    f.keyCheck = check ? check->toString() : QString();
    f.schemaVersion = version->toInt();
    if (!q.exec(QStringLiteral("SELECT id, mac, at FROM audit_log ORDER BY id DESC LIMIT 1")))
        return sqlError(q.lastError(), QStringLiteral("audit_log"));
    if (q.next()) {
        f.auditTailId = q.value(0).toLongLong();
        f.auditTailMac = q.value(1).toByteArray();
        f.auditTailAt = timestamp(q.value(2));
    }
    struct Count
    {
        const char* sql;
        qint64* into;
    };
    const Count counts[] = {
        {"SELECT count(*) FROM audit_log", &f.auditEntries},
        {"SELECT count(*) FROM residents", &f.residents},
        {"SELECT count(*) FROM consent_events", &f.consentEvents},
        {"SELECT count(*) FROM credentials", &f.credentials},
        {"SELECT count(*) FROM face_enrolments", &f.faceEnrolments},
        {"SELECT coalesce(max(id), 0) FROM residents", &f.maxResidentId},
        {"SELECT coalesce(max(id), 0) FROM consent_events", &f.maxConsentEventId},
        {"SELECT coalesce(max(id), 0) FROM credentials", &f.maxCredentialId},
    };
    for (const Count& c : counts) {
        const auto value = scalar(QString::fromLatin1(c.sql));
        if (!value)
            return sqlError(q.lastError(), QString::fromLatin1(c.sql));
        *c.into = value->toLongLong();
    }
    return f;
}

core::Result<std::optional<QByteArray>> SnapshotReader::auditMacAt(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT mac FROM audit_log WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("audit_log"));
    if (!q.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value(0).toByteArray());
}

core::Result<QHash<qint64, SnapshotResident>> SnapshotReader::residents() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, unit_key, move_in, move_out, anonymised_at FROM residents")))
        return sqlError(q.lastError(), QStringLiteral("residents"));
    QHash<qint64, SnapshotResident> out;
    while (q.next()) {
        SnapshotResident r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.unitKey = q.value(2).toString();
        r.moveIn = day(q.value(3));
        r.moveOut = day(q.value(4));
        r.anonymised = !q.value(5).isNull();
        r.anonymisedAt = timestamp(q.value(5));
        out.insert(r.id, r);
    }
    return out;
}

core::Result<QHash<qint64, QList<qint64>>> SnapshotReader::enrolmentsByResident() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT resident_id, id FROM face_enrolments ORDER BY resident_id, id")))
        return sqlError(q.lastError(), QStringLiteral("face_enrolments"));
    QHash<qint64, QList<qint64>> out;
    while (q.next())
        out[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    return out;
}

core::Result<QHash<qint64, SnapshotConsent>> SnapshotReader::latestConsents() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.resident_id, e.id, e.kind, e.method, e.at, e.received_on FROM consent_events e"
                               " WHERE e.id = (SELECT max(x.id) FROM consent_events x WHERE x.resident_id = e.resident_id)")))
        return sqlError(q.lastError(), QStringLiteral("consent_events"));
    QHash<qint64, SnapshotConsent> out;
    while (q.next()) {
        SnapshotConsent c;
        c.eventId = q.value(1).toLongLong();
        c.kind = q.value(2).toString();
        c.method = q.value(3).toString();
        c.at = timestamp(q.value(4));
        c.receivedOn = day(q.value(5));
        out.insert(q.value(0).toLongLong(), c);
    }
    return out;
}

core::Result<QHash<qint64, SnapshotCredential>> SnapshotReader::credentials() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, resident_id, type, status, card_last4, status_changed_at, status_reason"
                               " FROM credentials")))
        return sqlError(q.lastError(), QStringLiteral("credentials"));
    QHash<qint64, SnapshotCredential> out;
    while (q.next()) {
        SnapshotCredential c;
        c.id = q.value(0).toLongLong();
        c.residentId = q.value(1).toLongLong();
        c.type = q.value(2).toString();
        c.status = q.value(3).toString();
        c.last4 = q.value(4).toString();
        c.statusChangedAt = timestamp(q.value(5));
        c.statusReason = q.value(6).toString();
        out.insert(c.id, c);
    }
    return out;
}

core::Result<QHash<qint64, SnapshotDeletion>> SnapshotReader::latestDeletions() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT d.resident_id, d.id, d.reason, d.at FROM deletion_records d"
                               " WHERE d.id = (SELECT max(x.id) FROM deletion_records x WHERE x.resident_id = d.resident_id)")))
        return sqlError(q.lastError(), QStringLiteral("deletion_records"));
    QHash<qint64, SnapshotDeletion> out;
    while (q.next()) {
        SnapshotDeletion d;
        d.id = q.value(1).toLongLong();
        d.reason = q.value(2).toString();
        d.at = timestamp(q.value(3));
        out.insert(q.value(0).toLongLong(), d);
    }
    return out;
}

} // namespace cg::storage
