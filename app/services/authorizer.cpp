#include "services/authorizer.h"

#include "services/audittrail.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cg::services {

Authorizer::Authorizer(std::shared_ptr<AuditTrail> audit) : m_audit(std::move(audit)) {}

Authorizer::Authorizer(std::shared_ptr<AuditTrail> audit, std::shared_ptr<storage::UserRepository> users)
    : m_audit(std::move(audit)), m_users(std::move(users))
{
}

core::Status Authorizer::require(const core::Actor& actor, core::Permission permission, const QString& recordType,
                                 const QString& recordId)
{
    core::Role role = actor.role;
    if (m_users && !actor.isSystem()) {
        auto user = m_users->byId(actor.userId);
        if (!user)
            return user.error();
        // Actors without a users row (built by hand in tests of other services) keep their role.
        if (user->has_value()) {
            if (user->value().disabled)
                return deny(actor, permission, recordType, recordId, QStringLiteral("disabled"));
            role = user->value().role;
        }
    }
    if (core::roleAllows(role, permission))
        return {};
    return deny(actor, permission, recordType, recordId, QStringLiteral("role"));
}

core::Status Authorizer::deny(const core::Actor& actor, core::Permission permission, const QString& recordType,
                              const QString& recordId, const QString& reason)
{
    // Detached: callers usually return (and roll back) right after a refusal,
    // and the refusal must stay on record anyway.
    m_audit->recordDetached(actor, QStringLiteral("permission.denied"), recordType, recordId,
                            QJsonObject{{QStringLiteral("permission"), core::permissionKey(permission)},
                                        {QStringLiteral("role"), core::roleKey(actor.role)},
                                        {QStringLiteral("reason"), reason}});
    if (reason == QLatin1String("disabled"))
        return core::Error::make(core::Error::Kind::PermissionDenied,
                                 QCoreApplication::translate("cg::services::Authorizer",
                                                             "The account %1 has been disabled.")
                                     .arg(actor.name),
                                 QStringLiteral("permission.disabled"));
    return core::Error::make(core::Error::Kind::PermissionDenied,
                             QCoreApplication::translate("cg::services::Authorizer",
                                                         "%1 (%2) may not do this (%3).")
                                 .arg(actor.name, core::roleDisplayName(actor.role), core::permissionKey(permission)),
                             QStringLiteral("permission.denied"));
}

} // namespace cg::services
