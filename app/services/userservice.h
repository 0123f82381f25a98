#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "core/user.h"
#include "services/servicedeps.h"

#include <QList>

#include <memory>

namespace cg::storage {
class UserRepository;
}

namespace cg::services {

// Operators and their roles. Every change needs Permission::ManageUsers, is
// audited in the same transaction, and keeps at least one enabled
// administrator: the last one cannot be disabled or demoted.
// Thread-safety: call from one thread at a time per connection.
class UserService final
{
public:
    static constexpr int kMinimumPasswordLength = 8;

    explicit UserService(ServiceDeps deps);
    ~UserService();

    core::Result<bool> hasUsers() const;

    // The very first administrator (`consentgate init --admin`, or the console
    // on a database without users). Refused (Conflict) once any user exists.
    core::Result<core::User> createFirstAdministrator(const core::Actor& creator, const QString& name,
                                                      const QString& displayName, const QString& password);

    core::Result<QList<core::User>> list(const core::Actor& actor) const;
    core::Result<core::User> create(const core::Actor& actor, const QString& name, const QString& displayName,
                                    core::Role role, const QString& password);
    core::Status setDisabled(const core::Actor& actor, qint64 userId, bool disabled);
    // Sets a new password and lifts a lockout.
    core::Status resetPassword(const core::Actor& actor, qint64 userId, const QString& newPassword);
    core::Status changeRole(const core::Actor& actor, qint64 userId, core::Role role);
    // Any signed-in user, for their own account; needs the current password.
    core::Status changeOwnPassword(const core::Actor& actor, const QString& currentPassword,
                                   const QString& newPassword);

    // Minutes of inactivity after which the console locks (setting
    // "security.idle_lock_minutes", default 10). Changing it needs
    // Permission::ManageSettings and is audited.
    static constexpr int kDefaultIdleLockMinutes = 10;
    int idleLockMinutes() const;
    core::Status setIdleLockMinutes(const core::Actor& actor, int minutes);

    // Input rules, shared with the dialogs so they can say what is wrong early.
    static core::Status validateName(const QString& name);
    static core::Status validatePassword(const QString& password, const QString& name);

private:
    core::Result<core::User> insertUser(const core::Actor& actor, const QString& name, const QString& displayName,
                                        core::Role role, const QString& password, const QString& action,
                                        bool onlyIfEmpty);
    core::Result<core::User> existing(qint64 userId) const;

    ServiceDeps m_deps;
    std::shared_ptr<storage::UserRepository> m_users;
};

} // namespace cg::services
