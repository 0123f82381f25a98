#include "storage/auditrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace cg::storage {

namespace {

const QString kColumns = QStringLiteral("id, at, actor, actor_id, desk, action, record_type, record_id, details, mac");

// SQLite binds a null QString as NULL; the audit columns are NOT NULL text.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

core::AuditEntry readEntry(const QSqlQuery& q)
{
    core::AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.actor = q.value(2).toString();
    e.actorId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    e.desk = q.value(4).toString();
    e.action = q.value(5).toString();
    e.recordType = q.value(6).toString();
    e.recordId = q.value(7).toString();
    e.details = q.value(8).toString();
    e.mac = q.value(9).toByteArray();
    return e;
}

// The WHERE clause (without "WHERE") for a filter, with its bind values.
QString whereFor(const core::AuditFilter& filter, QVariantList& binds)
{
    QStringList parts;
    if (!filter.actor.isEmpty()) {
        parts << QStringLiteral("actor = ?");
        binds << filter.actor;
    }
    if (!filter.action.isEmpty()) {
        if (filter.action.endsWith(QLatin1Char('.'))) {
            // A prefix such as "signin." without LIKE's wildcard surprises.
            parts << QStringLiteral("substr(action, 1, ?) = ?");
            binds << filter.action.size() << filter.action;
        } else {
            parts << QStringLiteral("action = ?");
            binds << filter.action;
        }
    }
    if (!filter.recordType.isEmpty()) {
        parts << QStringLiteral("record_type = ?");
        binds << filter.recordType;
    }
    if (!filter.recordId.isEmpty()) {
        parts << QStringLiteral("record_id = ?");
        binds << filter.recordId;
    }
    if (filter.from.isValid()) {
        parts << QStringLiteral("at >= ?");
        binds << timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        parts << QStringLiteral("at < ?");
        binds << timestamp(filter.to);
    }
    return parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
}

core::Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds,
                            bool forwardOnly = true)
{
    QSqlQuery q(db);
    q.setForwardOnly(forwardOnly);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), QStringLiteral("audit_log"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("audit_log"));
    return q;
}

} // namespace

AuditRepository::AuditRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

core::Result<AuditRepository::Tail> AuditRepository::tail() const
{
    auto q = run(m_database->connection(), QStringLiteral("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1"), {});
    if (!q)
        return q.error();
    Tail t;
    if (q->next()) {
        t.id = q->value(0).toLongLong();
        t.mac = q->value(1).toByteArray();
    }
    return t;
}

core::Status AuditRepository::insert(const core::AuditEntry& e)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO audit_log (") + kColumns
                         + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const QVariant& v : {QVariant(e.id), QVariant(timestamp(e.at)), text(e.actor),
                              e.actorId == 0 ? QVariant() : QVariant(e.actorId), text(e.desk), text(e.action),
                              text(e.recordType), text(e.recordId), text(e.details), QVariant(e.mac)})
        q->addBindValue(v);
    return exec(*q);
}

core::Result<QList<core::AuditEntry>> AuditRepository::page(const core::AuditFilter& filter, qint64 beforeId,
                                                           int limit) const
{
    QVariantList binds;
    QString where = whereFor(filter, binds);
    if (beforeId > 0) {
        where += QStringLiteral(" AND id < ?");
        binds << beforeId;
    }
    binds << qMax(1, limit);
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log WHERE ") + where
                     + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                 binds);
    if (!q)
        return q.error();
    QList<core::AuditEntry> rows;
    while (q->next())
        rows.append(readEntry(*q));
    return rows;
}

core::Result<qint64> AuditRepository::count(const core::AuditFilter& filter) const
{
    QVariantList binds;
    const QString where = whereFor(filter, binds);
    auto q = run(m_database->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

core::Status AuditRepository::forEach(const core::AuditFilter& filter,
                                      const std::function<bool(const core::AuditEntry&)>& visit) const
{
    QVariantList binds;
    const QString where = whereFor(filter, binds);
    // One forward-only cursor: SQLite steps through the rows, nothing is cached.
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log WHERE ") + where
                     + QStringLiteral(" ORDER BY id ASC"),
                 binds);
    if (!q)
        return q.error();
    while (q->next()) {
        if (!visit(readEntry(*q)))
            break;
    }
    if (q->lastError().isValid())
        return sqlError(q->lastError(), QStringLiteral("audit_log"));
    return {};
}

core::Result<QStringList> AuditRepository::distinctActors() const
{
    auto q = run(m_database->connection(), QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"), {});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

core::Result<QStringList> AuditRepository::distinctActions() const
{
    auto q = run(m_database->connection(), QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"), {});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace cg::storage
