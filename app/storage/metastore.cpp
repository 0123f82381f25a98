#include "storage/metastore.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace cg::storage {

MetaStore::MetaStore(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

core::Result<std::optional<QString>> MetaStore::value(const QString& key) const
{
    auto q = prepare(m_database->connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!q)
        return q.error();
    q->addBindValue(key);
    if (auto status = exec(*q); !status)
        return status.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

core::Result<bool> MetaStore::insertIfAbsent(const QString& key, const QString& value)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"));
    if (!q)
        return q.error();
    q->addBindValue(key);
    q->addBindValue(value);
    if (auto status = exec(*q); !status)
        return status.error();
    return q->numRowsAffected() > 0;
}

} // namespace cg::storage
