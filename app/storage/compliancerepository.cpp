// Set-based SQL for the compliance dashboard and reports. Consent status is
// derived from the newest consent event per resident (the ledger is
// append-only); a re-consent mark newer than that event, or an expired
// consent, means "re-consent needed".
#include "storage/compliancerepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace cg::storage {

using core::Result;

namespace {

QDateTime fromStored(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantHash& binds = {})
{
    auto q = prepare(db, sql);
    if (!q)
        return q.error();
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        if (sql.contains(it.key()))
            q->bindValue(it.key(), it.value());
    q->setForwardOnly(true);
    if (auto s = exec(*q); !s)
        return s.error();
    return std::move(q.value());
}

} // namespace

ComplianceRepository::ComplianceRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

bool ComplianceRepository::has(const QString& table) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

QString ComplianceRepository::lowerBound(const QDate& from)
{
    return from.isValid() ? utc(from.startOfDay()) : QStringLiteral("0000");
}

QString ComplianceRepository::upperBound(const QDate& to)
{
    return to.isValid() ? utc(to.addDays(1).startOfDay()) : QStringLiteral("9999");
}

QString ComplianceRepository::scopeSql(const ComplianceFilter& f, const QString& buildingColumn) const
{
    if (f.buildingId > 0)
        return QStringLiteral(" AND %1 = %2").arg(buildingColumn).arg(f.buildingId);
    if (f.compoundId > 0)
        return QStringLiteral(" AND %1 IN (SELECT id FROM buildings WHERE compound_id = %2)")
            .arg(buildingColumn)
            .arg(f.compoundId);
    return {};
}

ComplianceRepository::ResidentScope ComplianceRepository::residentScope(const ComplianceFilter& f,
                                                                        const QString& alias) const
{
    ResidentScope scope;
    scope.where = scopeSql(f, QStringLiteral("u.building_id"));
    // Unscoped counts read the event table alone (no join over a million rows).
    if (!scope.where.isEmpty())
        scope.join = QStringLiteral(" JOIN residents r ON r.id = %1.resident_id JOIN units u ON u.id = r.unit_id").arg(alias);
    return scope;
}

QString ComplianceRepository::eventsInPeriodSql(const QString& table, const ComplianceFilter& f) const
{
    const ResidentScope scope = residentScope(f, QStringLiteral("e"));
    return QStringLiteral(" FROM %1 e").arg(table) + scope.join + QStringLiteral(" WHERE e.at >= :from AND e.at < :to")
           + scope.where;
}

QVariantHash ComplianceRepository::periodBinds(const ComplianceFilter& f)
{
    return {{QStringLiteral(":from"), lowerBound(f.from)}, {QStringLiteral(":to"), upperBound(f.to)}};
}

QString ComplianceRepository::livingSql(const QString& a) const
{
    return QStringLiteral(" %1.anonymised_at IS NULL AND (%1.move_out IS NULL OR %1.move_out > :today)").arg(a);
}

Result<QList<ScopeRef>> ComplianceRepository::compounds() const
{
    auto q = run(m_database->connection(), QStringLiteral("SELECT id, name FROM compounds ORDER BY name"));
    if (!q)
        return q.error();
    QList<ScopeRef> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), 0, q->value(1).toString()});
    return list;
}

Result<QList<ScopeRef>> ComplianceRepository::buildings() const
{
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT id, compound_id, name FROM buildings ORDER BY compound_id, length(name), name"));
    if (!q)
        return q.error();
    QList<ScopeRef> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString()});
    return list;
}

Result<QSet<qint64>> ComplianceRepository::inScope(const ComplianceFilter& f, const QList<qint64>& residentIds) const
{
    QSet<qint64> out;
    // Ids are numbers from our own query; chunks keep the statement small.
    for (qsizetype at = 0; at < residentIds.size(); at += 500) {
        QStringList ids;
        for (qint64 id : residentIds.mid(at, 500))
            ids << QString::number(id);
        auto q = run(m_database->connection(),
                     QStringLiteral("SELECT r.id FROM residents r JOIN units u ON u.id = r.unit_id WHERE r.id IN (%1)")
                             .arg(ids.join(QLatin1Char(',')))
                         + scopeSql(f, QStringLiteral("u.building_id")));
        if (!q)
            return q.error();
        while (q->next())
            out.insert(q->value(0).toLongLong());
    }
    return out;
}

Result<int> ComplianceRepository::residentsInScope(const ComplianceFilter& f, const QDate& today) const
{
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT count(*) FROM residents r JOIN units u ON u.id = r.unit_id WHERE")
                     + livingSql(QStringLiteral("r")) + scopeSql(f, QStringLiteral("u.building_id")),
                 {{QStringLiteral(":today"), today.toString(Qt::ISODate)}});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

namespace {
// One row per living resident in scope: rid, bid, status, since, event id.
QString statusSql(bool consent, bool marks, const QString& living, const QString& scope)
{
    if (!consent)
        return QStringLiteral("SELECT r.id AS rid, u.building_id AS bid, 'never' AS status, NULL AS since, 0 AS eid"
                              " FROM residents r JOIN units u ON u.id = r.unit_id WHERE")
               + living + scope;
    const QString mark = marks ? QStringLiteral(" WHEN e.kind = 'granted' AND EXISTS (SELECT 1 FROM reconsent_marks m"
                                                " WHERE m.resident_id = r.id AND m.after_event_id >= e.id) THEN 'reconsent'")
                               : QString();
    return QStringLiteral("SELECT r.id AS rid, u.building_id AS bid,"
                          " CASE WHEN e.kind IS NULL THEN 'never' WHEN e.kind = 'expired' THEN 'reconsent'")
           + mark
           + QStringLiteral(" ELSE e.kind END AS status, e.at AS since, COALESCE(e.id, 0) AS eid"
                            " FROM residents r JOIN units u ON u.id = r.unit_id"
                            " LEFT JOIN consent_events e ON e.id ="
                            " (SELECT max(id) FROM consent_events x WHERE x.resident_id = r.id) WHERE")
           + living + scope;
}
} // namespace

Result<QList<BuildingConsent>> ComplianceRepository::consentByBuilding(const ComplianceFilter& f,
                                                                      const QDate& today) const
{
    const QString status = statusSql(has(QStringLiteral("consent_events")), has(QStringLiteral("reconsent_marks")),
                                     livingSql(QStringLiteral("r")), scopeSql(f, QStringLiteral("u.building_id")));
    const QString sql = QStringLiteral("SELECT b.id, b.name, c.name, s.status, count(*) FROM (") + status
                        + QStringLiteral(") s JOIN buildings b ON b.id = s.bid JOIN compounds c ON c.id = b.compound_id"
                                         " GROUP BY b.id, s.status ORDER BY c.name, length(b.name), b.name");
    auto q = run(m_database->connection(), sql, {{QStringLiteral(":today"), today.toString(Qt::ISODate)}});
    if (!q)
        return q.error();
    QList<BuildingConsent> list;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (list.isEmpty() || list.last().buildingId != id)
            list.append({id, q->value(1).toString(), q->value(2).toString()});
        BuildingConsent& b = list.last();
        const QString s = q->value(3).toString();
        const int n = q->value(4).toInt();
        if (s == QLatin1String("granted"))
            b.agreed += n;
        else if (s == QLatin1String("refused"))
            b.refused += n;
        else if (s == QLatin1String("withdrawn"))
            b.withdrawn += n;
        else if (s == QLatin1String("reconsent"))
            b.reconsentNeeded += n;
        else
            b.neverAsked += n;
    }
    return list;
}

Result<QList<MonthTrend>> ComplianceRepository::trendByMonth(const ComplianceFilter& f) const
{
    if (!has(QStringLiteral("consent_events")))
        return QList<MonthTrend>{};
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT substr(e.at, 1, 7) AS month, e.kind, count(*)")
                     + eventsInPeriodSql(QStringLiteral("consent_events"), f)
                     + QStringLiteral(" GROUP BY month, e.kind ORDER BY month"),
                 periodBinds(f));
    if (!q)
        return q.error();
    QList<MonthTrend> list;
    while (q->next()) {
        const QString month = q->value(0).toString();
        if (list.isEmpty() || list.last().month != month)
            list.append({month});
        const QString kind = q->value(1).toString();
        const int n = q->value(2).toInt();
        if (kind == QLatin1String("granted"))
            list.last().granted += n;
        else if (kind == QLatin1String("refused"))
            list.last().refused += n;
        else if (kind == QLatin1String("withdrawn") || kind == QLatin1String("expired"))
            list.last().withdrawn += n;
    }
    return list;
}

Result<QHash<QString, int>> ComplianceRepository::credentialMix(const ComplianceFilter& f, const QDateTime& now) const
{
    QHash<QString, int> mix;
    if (!has(QStringLiteral("credentials")))
        return mix;
    const ResidentScope scope = residentScope(f, QStringLiteral("c"));
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT c.type, count(*) FROM credentials c") + scope.join
                     + QStringLiteral(" WHERE c.status = 'active' AND c.valid_from <= :now"
                                      " AND (c.valid_to IS NULL OR c.valid_to > :now)")
                     + scope.where + QStringLiteral(" GROUP BY c.type"),
                 {{QStringLiteral(":now"), utc(now)}});
    if (!q)
        return q.error();
    while (q->next())
        mix.insert(q->value(0).toString(), q->value(1).toInt());
    return mix;
}

Result<int> ComplianceRepository::deletionCount(const ComplianceFilter& f) const
{
    if (!has(QStringLiteral("deletion_records")))
        return 0;
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT count(*) FROM deletion_records d JOIN residents r ON r.id = d.resident_id"
                                " JOIN units u ON u.id = r.unit_id WHERE d.at >= :from AND d.at < :to")
                     + scopeSql(f, QStringLiteral("u.building_id")),
                 periodBinds(f));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<DeletionRow>> ComplianceRepository::deletions(const ComplianceFilter& f, int limit) const
{
    if (!has(QStringLiteral("deletion_records")))
        return QList<DeletionRow>{};
    const bool queue = has(QStringLiteral("device_deletion_queue"));
    const QString pending = queue ? QStringLiteral("(SELECT group_concat(device, ', ') FROM device_deletion_queue q"
                                                   " WHERE q.deletion_id = d.id AND q.confirmed_at IS NULL)")
                                  : QStringLiteral("NULL");
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT d.id, d.resident_id, r.name, u.label, b.name, d.reason, d.requested_at, d.at,"
                                " d.actor, d.images_deleted, d.templates_deleted, d.devices_queued, ")
                     + pending
                     + QStringLiteral(" FROM deletion_records d JOIN residents r ON r.id = d.resident_id"
                                      " JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id"
                                      " WHERE d.at >= :from AND d.at < :to")
                     + scopeSql(f, QStringLiteral("u.building_id"))
                     + QStringLiteral(" ORDER BY d.at DESC, d.id DESC LIMIT %1").arg(std::max(1, limit)),
                 periodBinds(f));
    if (!q)
        return q.error();
    QList<DeletionRow> list;
    while (q->next()) {
        DeletionRow d;
        d.id = q->value(0).toLongLong();
        d.residentId = q->value(1).toLongLong();
        d.name = q->value(2).toString();
        d.unit = q->value(3).toString();
        d.building = q->value(4).toString();
        d.reason = q->value(5).toString();
        d.requestedAt = fromStored(q->value(6));
        d.deletedAt = fromStored(q->value(7));
        d.actor = q->value(8).toString();
        d.images = q->value(9).toInt();
        d.templates = q->value(10).toInt();
        d.devicesQueued = q->value(11).toInt();
        if (!q->value(12).isNull())
            d.pendingDevices = q->value(12).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
        d.devicesPending = int(d.pendingDevices.size());
        list.append(d);
    }
    return list;
}

Result<qint64> ComplianceRepository::faceDataPeople() const
{
    QStringList parts;
    if (has(QStringLiteral("face_enrolments")))
        parts << QStringLiteral("SELECT resident_id FROM face_enrolments");
    if (has(QStringLiteral("device_deletion_queue")))
        parts << QStringLiteral("SELECT resident_id FROM device_deletion_queue WHERE confirmed_at IS NULL");
    if (parts.isEmpty())
        return qint64(0);
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT count(*) FROM (") + parts.join(QStringLiteral(" UNION ")) + QLatin1Char(')'));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<ResidentLine>> ComplianceRepository::optedOut(const ComplianceFilter& f, const QDate& today,
                                                           const QDateTime& now, int limit) const
{
    if (!has(QStringLiteral("consent_events")))
        return QList<ResidentLine>{};
    const QString status = statusSql(true, has(QStringLiteral("reconsent_marks")), livingSql(QStringLiteral("r")),
                                     scopeSql(f, QStringLiteral("u.building_id")));
    const QString creds = has(QStringLiteral("credentials"))
                              ? QStringLiteral("(SELECT group_concat(c.type || ':' || c.card_last4, ';') FROM credentials c"
                                               " WHERE c.resident_id = s.rid AND c.status = 'active' AND c.type <> 'visitor'"
                                               " AND c.valid_from <= :now AND (c.valid_to IS NULL OR c.valid_to > :now))")
                              : QStringLiteral("''");
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT s.rid, r.name, u.label, b.name, s.status, s.since, ") + creds
                     + QStringLiteral(" FROM (") + status
                     + QStringLiteral(") s JOIN residents r ON r.id = s.rid JOIN units u ON u.id = r.unit_id"
                                      " JOIN buildings b ON b.id = u.building_id"
                                      " WHERE s.status IN ('refused', 'withdrawn')"
                                      " ORDER BY length(b.name), b.name, u.label, r.name LIMIT %1")
                           .arg(std::max(1, limit)),
                 {{QStringLiteral(":today"), today.toString(Qt::ISODate)}, {QStringLiteral(":now"), utc(now)}});
    if (!q)
        return q.error();
    QList<ResidentLine> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(6).toString(), fromStored(q->value(5))});
    return list;
}

Result<QList<ResidentLine>> ComplianceRepository::reconsentBacklog(const ComplianceFilter& f, const QDate& today,
                                                                   int limit) const
{
    if (!has(QStringLiteral("consent_events")))
        return QList<ResidentLine>{};
    const bool marks = has(QStringLiteral("reconsent_marks"));
    const QString status = statusSql(true, marks, livingSql(QStringLiteral("r")),
                                     scopeSql(f, QStringLiteral("u.building_id")));
    const QString grace = marks ? QStringLiteral("(SELECT max(m.grace_until) FROM reconsent_marks m"
                                                 " WHERE m.resident_id = s.rid AND m.after_event_id >= s.eid)")
                                : QStringLiteral("''");
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT s.rid, r.name, u.label, b.name, s.status, s.since, ") + grace
                     + QStringLiteral(" AS grace FROM (") + status
                     + QStringLiteral(") s JOIN residents r ON r.id = s.rid JOIN units u ON u.id = r.unit_id"
                                      " JOIN buildings b ON b.id = u.building_id WHERE s.status = 'reconsent'"
                                      " ORDER BY grace, length(b.name), b.name, u.label LIMIT %1")
                           .arg(std::max(1, limit)),
                 {{QStringLiteral(":today"), today.toString(Qt::ISODate)}});
    if (!q)
        return q.error();
    QList<ResidentLine> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(6).toString(), fromStored(q->value(5))});
    return list;
}

Result<QHash<qint64, qint64>> ComplianceRepository::doorCompounds() const
{
    auto q = run(m_database->connection(), QStringLiteral("SELECT id, compound_id FROM doors"));
    if (!q)
        return q.error();
    QHash<qint64, qint64> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    return out;
}

Result<QList<DoorLint>> ComplianceRepository::doorLint(const ComplianceFilter& f) const
{
    QList<DoorLint> list;
    QSqlQuery columns(m_database->connection());
    bool hasMask = false;
    if (columns.exec(QStringLiteral("PRAGMA table_info(doors)")))
        while (columns.next())
            hasMask = hasMask || columns.value(1).toString() == QLatin1String("accepts_mask");
    if (!hasMask)
        return list;
    QString scope;
    if (f.buildingId > 0)
        scope = QStringLiteral(" AND (d.building_id = %1 OR (d.building_id IS NULL AND d.compound_id ="
                               " (SELECT compound_id FROM buildings WHERE id = %1)))")
                    .arg(f.buildingId);
    else if (f.compoundId > 0)
        scope = QStringLiteral(" AND d.compound_id = %1").arg(f.compoundId);
    // A door reading no card, PIN or QR makes face recognition the only way
    // in (SPC provisions Art. 10; CAC Measures): it fails the lint.
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT d.id, d.name, COALESCE(b.name, ''), d.kind, d.accepts_mask FROM doors d"
                                " LEFT JOIN buildings b ON b.id = d.building_id WHERE (d.accepts_mask & 7) = 0")
                     + scope + QStringLiteral(" ORDER BY d.compound_id, d.name"));
    if (!q)
        return q.error();
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     QStringLiteral("no_reader")});
    return list;
}

Result<QHash<QString, int>> ComplianceRepository::accessEventCounts(const ComplianceFilter& f) const
{
    QHash<QString, int> counts;
    if (!has(QStringLiteral("credential_events")))
        return counts;
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT e.result, count(*)") + eventsInPeriodSql(QStringLiteral("credential_events"), f)
                     + QStringLiteral(" GROUP BY e.result"),
                 periodBinds(f));
    if (!q)
        return q.error();
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toInt());
    return counts;
}

Result<AuditTail> ComplianceRepository::auditTail() const
{
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT (SELECT count(*) FROM audit_log), id, at, action, mac FROM audit_log"
                                " ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    AuditTail tail;
    if (q->next())
        tail = {q->value(0).toLongLong(), q->value(1).toLongLong(), fromStored(q->value(2)), q->value(3).toString(),
                q->value(4).toByteArray()};
    return tail;
}

} // namespace cg::storage
