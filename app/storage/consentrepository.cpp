#include "storage/consentrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace cg::storage {

namespace {

const QString kEventColumns = QStringLiteral(
    "e.id, e.resident_id, e.kind, e.notice_hash, e.guardian_id, g.name, e.clerk_id, e.clerk_name, e.at, e.method,"
    " e.received_on, e.language, e.signature_sealed IS NOT NULL, e.scan_sealed IS NOT NULL, e.note");
const QString kEventFrom = QStringLiteral(" FROM consent_events e LEFT JOIN residents g ON g.id = e.guardian_id ");

core::ConsentEvent readEvent(const QSqlQuery& q)
{
    core::ConsentEvent e;
    e.id = q.value(0).toLongLong();
    e.residentId = q.value(1).toLongLong();
    e.kind = core::consentKindFromKey(q.value(2).toString()).value_or(core::ConsentKind::Refused);
    e.noticeHash = q.value(3).toString();
    if (!q.value(4).isNull())
        e.guardianId = q.value(4).toLongLong();
    e.guardianName = q.value(5).toString();
    e.clerkId = q.value(6).toLongLong();
    e.clerkName = q.value(7).toString();
    e.at = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    e.method = core::consentMethodFromKey(q.value(9).toString()).value_or(core::ConsentMethod::System);
    e.receivedOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    e.language = q.value(11).toString();
    e.hasSignature = q.value(12).toBool();
    e.hasScan = q.value(13).toBool();
    e.note = q.value(14).toString();
    return e;
}

core::ReconsentMark readMark(const QSqlQuery& q)
{
    core::ReconsentMark m;
    m.id = q.value(0).toLongLong();
    m.residentId = q.value(1).toLongLong();
    m.noticeHash = q.value(2).toString();
    m.markedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    m.graceUntil = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    m.afterEventId = q.value(5).toLongLong();
    return m;
}

const QString kResidentSelect = QStringLiteral(
    "SELECT r.id, r.name, u.label, b.name, r.birth_date, r.guardian_id, g.name, g.move_out, r.language,"
    " r.accessibility, r.move_out, r.anonymised_at IS NOT NULL"
    " FROM residents r JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id"
    " LEFT JOIN residents g ON g.id = r.guardian_id ");

ConsentResident readResident(const QSqlQuery& q)
{
    ConsentResident r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.unitLabel = q.value(2).toString();
    r.buildingName = q.value(3).toString();
    r.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    if (!q.value(5).isNull())
        r.guardianId = q.value(5).toLongLong();
    r.guardianName = q.value(6).toString();
    r.guardianMoveOut = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.language = q.value(8).toString();
    r.accessibility = q.value(9).toString();
    r.moveOut = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    r.anonymised = q.value(11).toBool();
    return r;
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

ConsentRepository::ConsentRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

core::Result<qint64> ConsentRepository::maxEventId() const
{
    auto q = prepare(m_database->connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM consent_events"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    q->next();
    return q->value(0).toLongLong();
}

core::Result<qint64> ConsentRepository::nextEventId() const
{
    auto max = maxEventId();
    if (!max)
        return max.error();
    return max.value() + 1;
}

core::Status ConsentRepository::insertEvent(const core::ConsentEvent& e, const QByteArray& signatureSealed,
                                            const QByteArray& scanSealed)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO consent_events (id, resident_id, kind, notice_hash, guardian_id, clerk_id,"
                                    " clerk_name, at, method, received_on, language, signature_sealed, scan_sealed, note)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(e.id);
    q->addBindValue(e.residentId);
    q->addBindValue(core::consentKindKey(e.kind));
    q->addBindValue(textOrNull(e.noticeHash));
    q->addBindValue(e.guardianId ? QVariant(*e.guardianId) : QVariant(QMetaType(QMetaType::LongLong)));
    q->addBindValue(e.clerkId ? QVariant(e.clerkId) : QVariant(QMetaType(QMetaType::LongLong)));
    q->addBindValue(e.clerkName);
    q->addBindValue(e.at.toUTC().toString(Qt::ISODateWithMs));
    q->addBindValue(core::consentMethodKey(e.method));
    q->addBindValue(e.receivedOn.isValid() ? QVariant(e.receivedOn.toString(Qt::ISODate))
                                           : QVariant(QMetaType(QMetaType::QString)));
    q->addBindValue(e.language.isNull() ? QStringLiteral("") : e.language);
    q->addBindValue(signatureSealed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(signatureSealed));
    q->addBindValue(scanSealed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(scanSealed));
    q->addBindValue(e.note.isNull() ? QStringLiteral("") : e.note);
    if (auto s = exec(*q); !s)
        return s;
    // The residents table shows and filters the status without joining the
    // ledger; the ledger stays the source of truth.
    static const QHash<core::ConsentKind, QString> kStatus{{core::ConsentKind::Granted, QStringLiteral("active")},
                                                          {core::ConsentKind::Refused, QStringLiteral("refused")},
                                                          {core::ConsentKind::Withdrawn, QStringLiteral("withdrawn")},
                                                          {core::ConsentKind::Expired, QStringLiteral("expired")}};
    auto status = prepare(m_database->connection(), QStringLiteral("UPDATE residents SET consent_status = ? WHERE id = ?"));
    if (!status)
        return status.error();
    status->addBindValue(kStatus.value(e.kind));
    status->addBindValue(e.residentId);
    return exec(*status);
}

core::Result<QList<core::ConsentEvent>> ConsentRepository::events(qint64 residentId) const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT ") + kEventColumns + kEventFrom + QStringLiteral("WHERE e.resident_id = ? ORDER BY e.id"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<core::ConsentEvent> list;
    while (q->next())
        list.append(readEvent(*q));
    return list;
}

core::Result<std::optional<core::ConsentEvent>> ConsentRepository::event(qint64 eventId) const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT ") + kEventColumns + kEventFrom + QStringLiteral("WHERE e.id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(eventId);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return std::optional<core::ConsentEvent>();
    return std::optional<core::ConsentEvent>(readEvent(*q));
}

core::Result<QByteArray> ConsentRepository::sealedSignature(qint64 eventId) const
{
    auto q = prepare(m_database->connection(), QStringLiteral("SELECT signature_sealed FROM consent_events WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(eventId);
    if (auto s = exec(*q); !s)
        return s.error();
    return q->next() ? q->value(0).toByteArray() : QByteArray();
}

core::Result<QByteArray> ConsentRepository::sealedScan(qint64 eventId) const
{
    auto q = prepare(m_database->connection(), QStringLiteral("SELECT scan_sealed FROM consent_events WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(eventId);
    if (auto s = exec(*q); !s)
        return s.error();
    return q->next() ? q->value(0).toByteArray() : QByteArray();
}

core::Result<QHash<qint64, core::ConsentEvent>> ConsentRepository::latestEvents() const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT ") + kEventColumns + kEventFrom
                         + QStringLiteral("WHERE e.id IN (SELECT MAX(id) FROM consent_events GROUP BY resident_id)"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    QHash<qint64, core::ConsentEvent> map;
    while (q->next()) {
        core::ConsentEvent e = readEvent(*q);
        map.insert(e.residentId, e);
    }
    return map;
}

core::Status ConsentRepository::insertMark(const core::ReconsentMark& m)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO reconsent_marks (resident_id, notice_hash, marked_at, grace_until,"
                                    " after_event_id) VALUES (?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(m.residentId);
    q->addBindValue(m.noticeHash);
    q->addBindValue(m.markedAt.toUTC().toString(Qt::ISODateWithMs));
    q->addBindValue(m.graceUntil.toUTC().toString(Qt::ISODateWithMs));
    q->addBindValue(m.afterEventId);
    return exec(*q);
}

core::Result<int> ConsentRepository::markActiveConsenters(const QString& noticeHash, const QDateTime& markedAt,
                                                         const QDateTime& graceUntil, qint64 afterEventId)
{
    // One statement: a compound of 100,000 residents is marked in one pass.
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO reconsent_marks (resident_id, notice_hash, marked_at, grace_until, after_event_id)"
                                    " SELECT resident_id, ?, ?, ?, ? FROM consent_events WHERE id IN"
                                    " (SELECT MAX(id) FROM consent_events GROUP BY resident_id) AND kind = 'granted'"));
    if (!q)
        return q.error();
    q->addBindValue(noticeHash);
    q->addBindValue(markedAt.toUTC().toString(Qt::ISODateWithMs));
    q->addBindValue(graceUntil.toUTC().toString(Qt::ISODateWithMs));
    q->addBindValue(afterEventId);
    if (auto s = exec(*q); !s)
        return s.error();
    return q->numRowsAffected();
}

core::Result<int> ConsentRepository::countActiveConsenters() const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT COUNT(*) FROM consent_events WHERE id IN"
                                    " (SELECT MAX(id) FROM consent_events GROUP BY resident_id) AND kind = 'granted'"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    return q->next() ? q->value(0).toInt() : 0;
}

core::Result<QList<core::ReconsentMark>> ConsentRepository::marks(qint64 residentId) const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT id, resident_id, notice_hash, marked_at, grace_until, after_event_id"
                                    " FROM reconsent_marks WHERE resident_id = ? ORDER BY id"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<core::ReconsentMark> list;
    while (q->next())
        list.append(readMark(*q));
    return list;
}

core::Result<QHash<qint64, QList<core::ReconsentMark>>> ConsentRepository::allMarks() const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT id, resident_id, notice_hash, marked_at, grace_until, after_event_id"
                                    " FROM reconsent_marks ORDER BY id"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    QHash<qint64, QList<core::ReconsentMark>> map;
    while (q->next()) {
        core::ReconsentMark m = readMark(*q);
        map[m.residentId].append(m);
    }
    return map;
}

core::Result<std::optional<ConsentResident>> ConsentRepository::resident(qint64 residentId) const
{
    auto q = prepare(m_database->connection(), kResidentSelect + QStringLiteral("WHERE r.id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return std::optional<ConsentResident>();
    return std::optional<ConsentResident>(readResident(*q));
}

core::Result<QList<ConsentResident>> ConsentRepository::residents(const QList<qint64>& ids) const
{
    QList<ConsentResident> list;
    // Chunks keep the bound-parameter count below SQLite's limit.
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QList<qint64> chunk = ids.mid(from, 500);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        auto q = prepare(m_database->connection(),
                         kResidentSelect + QStringLiteral("WHERE r.id IN (") + marks.join(QLatin1Char(','))
                             + QStringLiteral(") ORDER BY b.name, u.label, r.name"));
        if (!q)
            return q.error();
        for (qint64 id : chunk)
            q->addBindValue(id);
        if (auto s = exec(*q); !s)
            return s.error();
        while (q->next())
            list.append(readResident(*q));
    }
    return list;
}

core::Result<QList<ConsentResident>> ConsentRepository::search(const QString& text, int limit) const
{
    auto q = prepare(m_database->connection(),
                     kResidentSelect
                         + QStringLiteral("WHERE r.anonymised_at IS NULL AND (r.name LIKE ? ESCAPE '\\' OR u.label LIKE ? ESCAPE '\\'"
                                          " OR (b.name || '-' || u.label) LIKE ? ESCAPE '\\' OR r.phone LIKE ? ESCAPE '\\')"
                                          " ORDER BY r.move_out IS NOT NULL, b.name, u.label, r.name LIMIT ?"));
    if (!q)
        return q.error();
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
    for (int i = 0; i < 4; ++i)
        q->addBindValue(pattern);
    q->addBindValue(limit);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<ConsentResident> list;
    while (q->next())
        list.append(readResident(*q));
    return list;
}

core::Result<QList<qint64>> ConsentRepository::residentsWithGuardianConsent() const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT resident_id FROM consent_events WHERE id IN"
                                    " (SELECT MAX(id) FROM consent_events GROUP BY resident_id)"
                                    " AND kind = 'granted' AND guardian_id IS NOT NULL"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

} // namespace cg::storage
