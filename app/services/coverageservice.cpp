#include "services/coverageservice.h"

#include "core/clock.h"
#include "services/authorizer.h"

namespace cg::services {

using core::Permission;
using core::Result;

CoverageService::CoverageService(ServiceDeps deps)
    : m_deps(std::move(deps)), m_credentials(m_deps.database), m_access(m_deps.database)
{
}

Result<int> CoverageService::violationCount(const core::Actor& actor) const
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewCredentials); !s)
        return s.error();
    const QDateTime now = m_deps.clock->nowUtc();
    return m_access.countViolations(now, now.toLocalTime().date());
}

Result<QList<storage::CoverageViolation>> CoverageService::violations(const core::Actor& actor, int limit, int offset) const
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewCredentials); !s)
        return s.error();
    const QDateTime now = m_deps.clock->nowUtc();
    return m_access.violations(now, now.toLocalTime().date(), limit, offset);
}

Result<QList<core::Door>> CoverageService::uncoveredDoors(const core::Actor& actor, qint64 residentId) const
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewCredentials); !s)
        return s.error();
    return computeUncovered(residentId);
}

Result<bool> CoverageService::isCovered(qint64 residentId) const
{
    auto doors = computeUncovered(residentId);
    if (!doors)
        return doors.error();
    return doors->isEmpty();
}

Result<int> CoverageService::refreshAll()
{
    const QDateTime now = m_deps.clock->nowUtc();
    return m_access.refreshCoverageColumnForAll(now, now.toLocalTime().date());
}

Result<QList<core::Door>> CoverageService::computeUncovered(qint64 residentId) const
{
    const QDateTime now = m_deps.clock->nowUtc();
    auto holder = m_access.holder(residentId);
    if (!holder)
        return holder.error();
    if (!holder->livesHereOn(now.toLocalTime().date()))
        return QList<core::Door>();
    auto consent = m_access.hasActiveFaceConsent(residentId);
    if (!consent)
        return consent.error();
    auto doors = m_access.doorsOfCompound(holder->compoundId);
    if (!doors)
        return doors.error();
    auto exceptions = m_access.exceptions(residentId);
    if (!exceptions)
        return exceptions.error();
    // Granted doors may lie in another compound.
    QList<core::Door> candidates = doors.value();
    for (const core::EntitlementException& e : exceptions.value()) {
        if (!e.grant || std::any_of(candidates.begin(), candidates.end(), [&](const core::Door& d) { return d.id == e.doorId; }))
            continue;
        auto extra = m_access.door(e.doorId);
        if (!extra)
            return extra.error();
        if (extra->has_value())
            candidates.append(**extra);
    }
    storage::CredentialFilter filter;
    filter.residentId = residentId;
    filter.limit = 1000;
    auto credentials = m_credentials.list(filter);
    if (!credentials)
        return credentials.error();
    const QList<core::Door> entitled =
        core::access::entitledDoors(candidates, holder->compoundId, holder->buildingId, exceptions.value(), now);
    return core::access::uncoveredDoors(consent.value(), entitled, credentials.value(), now);
}

} // namespace cg::services
