#pragma once

#include "core/result.h"

#include <QString>

#include <memory>
#include <optional>

namespace cg::storage {

class Database;

// The database's own facts in table `meta` (identity, key check value), as
// opposed to user-editable `settings`. Thread-safety: calling thread's connection.
class MetaStore final
{
public:
    explicit MetaStore(std::shared_ptr<Database> database);

    core::Result<std::optional<QString>> value(const QString& key) const;
    // Inserts `key` only when it is absent; true when this call inserted it.
    core::Result<bool> insertIfAbsent(const QString& key, const QString& value);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cg::storage
