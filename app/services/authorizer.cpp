#include "services/authorizer.h"

#include "services/audittrail.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cg::services {

Authorizer::Authorizer(std::shared_ptr<AuditTrail> audit) : m_audit(std::move(audit)) {}

core::Status Authorizer::require(const core::Actor& actor, core::Permission permission, const QString& recordType,
                                 const QString& recordId)
{
    if (core::roleAllows(actor.role, permission))
        return {};
    // Detached: callers usually return (and roll back) right after a refusal,
    // and the refusal must stay on record anyway.
    m_audit->recordDetached(actor, QStringLiteral("permission.denied"), recordType, recordId,
                          QJsonObject{{QStringLiteral("permission"), core::permissionKey(permission)},
                                      {QStringLiteral("role"), core::roleKey(actor.role)}});
    return core::Error::make(core::Error::Kind::PermissionDenied,
                             QCoreApplication::translate("cg::services::Authorizer",
                                                         "%1 (%2) may not do this (%3).")
                                 .arg(actor.name, core::roleDisplayName(actor.role), core::permissionKey(permission)),
                             QStringLiteral("permission.denied"));
}

} // namespace cg::services
