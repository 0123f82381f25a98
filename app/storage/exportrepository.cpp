#include "storage/exportrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cg::storage {

using core::Result;

namespace {

bool tableExists(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

QString scope(const ComplianceFilter& f)
{
    if (f.buildingId > 0)
        return QStringLiteral(" AND u.building_id = %1").arg(f.buildingId);
    if (f.compoundId > 0)
        return QStringLiteral(" AND b.compound_id = %1").arg(f.compoundId);
    return {};
}

Result<qint64> stream(const QSqlDatabase& db, const QString& sql, const ComplianceFilter& f, int columns,
                      const ExportRepository::Sink& sink)
{
    auto q = prepare(db, sql);
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    q->bindValue(QStringLiteral(":from"), ComplianceRepository::lowerBound(f.from));
    q->bindValue(QStringLiteral(":to"), ComplianceRepository::upperBound(f.to));
    if (auto s = exec(*q); !s)
        return s.error();
    qint64 n = 0;
    QStringList fields;
    while (q->next()) {
        fields.clear();
        for (int c = 0; c < columns; ++c)
            fields << q->value(c).toString();
        sink(fields);
        ++n;
    }
    return n;
}

QDateTime fromStored(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

ExportRepository::ExportRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

QStringList ExportRepository::ledgerColumns()
{
    return {QStringLiteral("event_id"), QStringLiteral("time_utc"), QStringLiteral("resident_id"), QStringLiteral("resident"), QStringLiteral("building"), QStringLiteral("unit"),
            QStringLiteral("decision"), QStringLiteral("notice_hash"), QStringLiteral("method"), QStringLiteral("guardian_id"), QStringLiteral("clerk"), QStringLiteral("received_on"),
            QStringLiteral("language"), QStringLiteral("note")};
}

Result<qint64> ExportRepository::consentLedger(const ComplianceFilter& f, const Sink& sink) const
{
    const QSqlDatabase db = m_database->connection();
    if (!tableExists(db, QStringLiteral("consent_events")))
        return qint64(0);
    return stream(db,
                  QStringLiteral("SELECT e.id, e.at, e.resident_id, r.name, b.name, u.label, e.kind,"
                                 " COALESCE(e.notice_hash, ''), e.method, COALESCE(e.guardian_id, ''), e.clerk_name,"
                                 " COALESCE(e.received_on, ''), e.language, e.note"
                                 " FROM consent_events e JOIN residents r ON r.id = e.resident_id"
                                 " JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id"
                                 " WHERE e.at >= :from AND e.at < :to")
                      + scope(f) + QStringLiteral(" ORDER BY e.id"),
                  f, 14, sink);
}

QStringList ExportRepository::accessColumns()
{
    return {QStringLiteral("event_id"), QStringLiteral("time_utc"), QStringLiteral("door"), QStringLiteral("building"), QStringLiteral("resident_id"), QStringLiteral("resident"),
            QStringLiteral("credential_id"), QStringLiteral("credential_type"), QStringLiteral("presented"), QStringLiteral("result"), QStringLiteral("reason")};
}

Result<qint64> ExportRepository::accessEvents(const ComplianceFilter& f, const Sink& sink) const
{
    const QSqlDatabase db = m_database->connection();
    if (!tableExists(db, QStringLiteral("credential_events")))
        return qint64(0);
    // Events at a door are scoped by the door's building (compound gates by compound).
    QString where;
    if (f.buildingId > 0)
        where = QStringLiteral(" AND d.building_id = %1").arg(f.buildingId);
    else if (f.compoundId > 0)
        where = QStringLiteral(" AND d.compound_id = %1").arg(f.compoundId);
    return stream(db,
                  QStringLiteral("SELECT e.id, e.at, COALESCE(d.name, ''), COALESCE(b.name, ''),"
                                 " COALESCE(e.resident_id, ''), COALESCE(r.name, ''), COALESCE(e.credential_id, ''),"
                                 " COALESCE(c.type, ''), e.presented_kind || ' ' || e.presented_masked, e.result, e.reason"
                                 " FROM credential_events e LEFT JOIN doors d ON d.id = e.door_id"
                                 " LEFT JOIN buildings b ON b.id = d.building_id"
                                 " LEFT JOIN residents r ON r.id = e.resident_id"
                                 " LEFT JOIN credentials c ON c.id = e.credential_id"
                                 " WHERE e.at >= :from AND e.at < :to")
                      + where + QStringLiteral(" ORDER BY e.id"),
                  f, 11, sink);
}

Result<ExportRepository::ResidentInfo> ExportRepository::resident(qint64 residentId) const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT r.id, r.name, u.label, b.name, c.name, r.id_masked FROM residents r"
                                    " JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id"
                                    " JOIN compounds c ON c.id = b.compound_id WHERE r.id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return core::Error::make(core::Error::Kind::NotFound, tr("There is no resident with record number %1.").arg(residentId));
    return ResidentInfo{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toString(), q->value(5).toString()};
}

Result<QList<DeletionRow>> ExportRepository::deletionsOf(qint64 residentId) const
{
    const QSqlDatabase db = m_database->connection();
    QList<DeletionRow> list;
    if (!tableExists(db, QStringLiteral("deletion_records")))
        return list;
    auto q = prepare(db, QStringLiteral("SELECT id, reason, requested_at, at, actor, images_deleted, templates_deleted,"
                                        " devices_queued FROM deletion_records WHERE resident_id = ? ORDER BY at, id"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    while (q->next()) {
        DeletionRow d;
        d.id = q->value(0).toLongLong();
        d.residentId = residentId;
        d.reason = q->value(1).toString();
        d.requestedAt = fromStored(q->value(2));
        d.deletedAt = fromStored(q->value(3));
        d.actor = q->value(4).toString();
        d.images = q->value(5).toInt();
        d.templates = q->value(6).toInt();
        d.devicesQueued = q->value(7).toInt();
        list << d;
    }
    if (!tableExists(db, QStringLiteral("device_deletion_queue")))
        return list;
    for (DeletionRow& d : list) {
        auto c = prepare(db, QStringLiteral("SELECT device, queued_at, COALESCE(confirmed_at, ''), COALESCE(confirmed_by, '')"
                                            " FROM device_deletion_queue WHERE deletion_id = ? ORDER BY id"));
        if (!c)
            return c.error();
        c->addBindValue(d.id);
        if (auto s = exec(*c); !s)
            return s.error();
        while (c->next()) {
            d.pendingDevices << QStringList{c->value(0).toString(), c->value(1).toString(), c->value(2).toString(),
                                            c->value(3).toString()}
                                    .join(QLatin1Char('|'));
            if (c->value(2).toString().isEmpty())
                ++d.devicesPending;
        }
    }
    return list;
}

Result<QPair<int, int>> ExportRepository::heldFaceData(qint64 residentId) const
{
    const QSqlDatabase db = m_database->connection();
    QPair<int, int> held{0, 0};
    for (const auto& [table, where, slot] :
         {std::tuple{QStringLiteral("face_enrolments"), QString(), 0},
          std::tuple{QStringLiteral("device_deletion_queue"), QStringLiteral(" AND confirmed_at IS NULL"), 1}}) {
        if (!tableExists(db, table))
            continue;
        auto q = prepare(db, QStringLiteral("SELECT count(*) FROM %1 WHERE resident_id = ?").arg(table) + where);
        if (!q)
            return q.error();
        q->addBindValue(residentId);
        if (auto s = exec(*q); !s)
            return s.error();
        const int n = q->next() ? q->value(0).toInt() : 0;
        (slot == 0 ? held.first : held.second) = n;
    }
    return held;
}

Result<ExportRepository::Configuration> ExportRepository::configuration(const QDate& today) const
{
    const QSqlDatabase db = m_database->connection();
    Configuration c;
    auto scalar = [&](const QString& sql) -> Result<int> {
        auto q = prepare(db, sql);
        if (!q)
            return q.error();
        q->bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
        q->bindValue(QStringLiteral(":minor"), today.addYears(-14).toString(Qt::ISODate));
        if (auto s = exec(*q); !s)
            return s.error();
        return q->next() ? q->value(0).toInt() : 0;
    };
    const QString living = QStringLiteral(" WHERE anonymised_at IS NULL AND (move_out IS NULL OR move_out > :today)");
    for (const auto& [target, sql] :
         {std::pair{&c.compounds, QStringLiteral("SELECT count(*) FROM compounds")},
          std::pair{&c.buildings, QStringLiteral("SELECT count(*) FROM buildings")},
          std::pair{&c.units, QStringLiteral("SELECT count(*) FROM units")},
          std::pair{&c.residents, QString(QStringLiteral("SELECT count(*) FROM residents") + living)},
          std::pair{&c.minors, QString(QStringLiteral("SELECT count(*) FROM residents") + living
                                       + QStringLiteral(" AND birth_date > :minor"))}}) {
        auto n = scalar(sql);
        if (!n)
            return n.error();
        *target = *n;
    }
    auto grouped = [&](const QString& sql, QHash<QString, int>& out) -> core::Status {
        auto q = prepare(db, sql);
        if (!q)
            return q.error();
        if (auto s = exec(*q); !s)
            return s;
        while (q->next())
            out.insert(q->value(0).toString(), q->value(1).toInt());
        return {};
    };
    if (auto s = grouped(QStringLiteral("SELECT role, count(*) FROM users WHERE disabled = 0 GROUP BY role"), c.usersByRole); !s)
        return s.error();
    if (auto s = grouped(QStringLiteral("SELECT kind, count(*) FROM doors GROUP BY kind"), c.doorsByKind); !s)
        return s.error();
    ComplianceRepository compliance(m_database);
    auto lint = compliance.doorLint({});
    if (!lint)
        return lint.error();
    c.doorsWithoutReader = int(lint->size());
    {
        auto q = prepare(db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'retention.%'"
                                            " OR key LIKE 'consent.%' OR key LIKE 'filing.%' OR key LIKE 'processor.%'"));
        if (!q)
            return q.error();
        if (auto s = exec(*q); !s)
            return s.error();
        while (q->next())
            c.settings.insert(q->value(0).toString(), q->value(1).toString());
    }
    if (tableExists(db, QStringLiteral("notice_versions"))) {
        auto q = prepare(db, QStringLiteral("SELECT content, text_hash, published_at, (SELECT count(*) FROM notice_versions)"
                                            " FROM notice_versions ORDER BY number DESC LIMIT 1"));
        if (!q)
            return q.error();
        if (auto s = exec(*q); !s)
            return s.error();
        if (q->next()) {
            c.latestNoticeJson = q->value(0).toString();
            c.latestNoticeHash = q->value(1).toString();
            c.latestNoticePublished = fromStored(q->value(2));
            c.noticeVersions = q->value(3).toInt();
        }
    }
    return c;
}

} // namespace cg::storage
