#pragma once

#include "core/permissions.h"
#include "core/result.h"

#include <memory>

namespace cg::storage {
class UserRepository;
}

namespace cg::services {

class AuditTrail;

// The one place permissions are checked. A refusal returns a PermissionDenied
// error and is written to the audit trail ("permission.denied"), even when
// the caller then rolls back its transaction.
// With a user repository, a signed-in actor is re-checked against the users
// table on every call: an account disabled or demoted by an administrator
// loses its rights at once, not at the next sign-in.
class Authorizer final
{
public:
    explicit Authorizer(std::shared_ptr<AuditTrail> audit);
    Authorizer(std::shared_ptr<AuditTrail> audit, std::shared_ptr<storage::UserRepository> users);

    core::Status require(const core::Actor& actor, core::Permission permission, const QString& recordType = {},
                         const QString& recordId = {});

private:
    core::Status deny(const core::Actor& actor, core::Permission permission, const QString& recordType,
                      const QString& recordId, const QString& reason);

    std::shared_ptr<AuditTrail> m_audit;
    std::shared_ptr<storage::UserRepository> m_users;
};

} // namespace cg::services
