#pragma once

#include "core/consent.h"
#include "services/servicedeps.h"
#include "storage/consentrepository.h"

#include <functional>

namespace cg::services {

// A resident with an active grant and what the consent policy makes of it now.
struct ReconsentEntry
{
    storage::ConsentResident resident;
    core::ConsentStatus status;
};

// Everyone whose latest consent event is a grant, with the status the policy
// derives for them now: the residents to ask again (new notice scope, turned
// 14, guardian moved out) and, for the expiry sweep, whose period or grace
// has ended. Read-only; permissions are ConsentService's.
// Thread-safety: use from one thread (the connection of the calling thread).
class ConsentRoster final
{
public:
    ConsentRoster(ServiceDeps deps, std::function<core::ConsentPolicy()> policy);

    core::Result<QList<ReconsentEntry>> granted() const;
    // Those who must be asked again, soonest end of grace first.
    core::Result<QList<ReconsentEntry>> needingReconsent() const;

private:
    ServiceDeps m_deps;
    std::function<core::ConsentPolicy()> m_policy;
    storage::ConsentRepository m_ledger;
};

} // namespace cg::services
