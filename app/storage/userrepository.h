#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QList>

#include <memory>
#include <optional>

namespace cg::storage {

class Database;

// The SQL of table `users`. Permissions and rules live in services::UserService.
// Thread-safety: every call uses the calling thread's connection.
class UserRepository final
{
public:
    explicit UserRepository(std::shared_ptr<Database> database);

    core::Result<qint64> count() const;
    // Enabled administrators, not counting `excludingId`.
    core::Result<qint64> countActiveAdministrators(qint64 excludingId = 0) const;
    core::Result<std::optional<core::User>> byId(qint64 id) const;
    core::Result<std::optional<core::User>> byName(const QString& name) const;
    core::Result<QList<core::User>> all() const;   // a handful of operators: no paging needed
    core::Result<QString> passwordHash(qint64 id) const;

    core::Result<qint64> insert(const core::User& user, const QString& passwordHash);
    core::Status setDisabled(qint64 id, bool disabled);
    core::Status setRole(qint64 id, core::Role role);
    // Also clears a lockout: a reset is how an administrator lets someone in again.
    core::Status setPasswordHash(qint64 id, const QString& passwordHash);
    core::Status recordFailure(qint64 id, int attempts, const QDateTime& lockedUntil);
    core::Status recordSuccess(qint64 id, const QDateTime& at);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cg::storage
