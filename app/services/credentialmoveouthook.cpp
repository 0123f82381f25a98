#include "services/credentialmoveouthook.h"

namespace cg::services {

CredentialMoveOutHook::CredentialMoveOutHook(ServiceDeps deps) : m_credentials(deps), m_repository(deps.database) {}

QList<core::Credential> CredentialMoveOutHook::live(qint64 residentId) const
{
    QList<core::Credential> result;
    storage::CredentialFilter filter;
    filter.residentId = residentId;
    filter.limit = 1000;
    if (auto all = m_repository.list(filter)) {
        for (const core::Credential& c : all.value()) {
            if (c.status == core::CredentialStatus::Active || c.status == core::CredentialStatus::Suspended)
                result.append(c);
        }
    }
    return result;
}

QStringList CredentialMoveOutHook::plannedActions(const core::Resident& resident)
{
    QStringList actions;
    for (const core::Credential& c : live(resident.id))
        actions << tr("Revoke %1 %2").arg(core::credentialTypeName(c.type), c.maskedValue());
    return actions;
}

core::Result<QStringList> CredentialMoveOutHook::revokeAll(const core::Actor& actor, qint64 residentId, const QString& reason)
{
    QStringList done;
    for (const core::Credential& c : live(residentId)) {
        if (auto s = m_credentials.revoke(actor, c.id, reason); !s)
            return s.error();
        done << tr("Revoked %1 %2").arg(core::credentialTypeName(c.type), c.maskedValue());
    }
    return done;
}

core::Result<QStringList> CredentialMoveOutHook::residentMovedOut(const core::Actor& actor, const core::Resident& resident,
                                                                  const QDate& moveOutDate)
{
    return revokeAll(actor, resident.id, tr("Moved out on %1").arg(moveOutDate.toString(Qt::ISODate)));
}

core::Result<QStringList> CredentialMoveOutHook::residentAnonymising(const core::Actor& actor, const core::Resident& resident)
{
    return revokeAll(actor, resident.id, tr("Personal data anonymised"));
}

} // namespace cg::services
