#pragma once

#include "core/permissions.h"
#include "core/result.h"

#include <memory>

namespace cg::services {

class AuditTrail;

// The one place permissions are checked. A refusal returns a PermissionDenied
// error and is written to the audit trail ("permission.denied").
class Authorizer final
{
public:
    explicit Authorizer(std::shared_ptr<AuditTrail> audit);

    core::Status require(const core::Actor& actor, core::Permission permission, const QString& recordType = {},
                         const QString& recordId = {});

private:
    std::shared_ptr<AuditTrail> m_audit;
};

} // namespace cg::services
