#include "services/consentroster.h"

#include "core/clock.h"

#include <algorithm>

namespace cg::services {

ConsentRoster::ConsentRoster(ServiceDeps deps, std::function<core::ConsentPolicy()> policy)
    : m_deps(std::move(deps)), m_policy(std::move(policy)), m_ledger(m_deps.database)
{
}

core::Result<QList<ReconsentEntry>> ConsentRoster::granted() const
{
    auto latest = m_ledger.latestEvents();
    if (!latest)
        return latest.error();
    QList<qint64> active;
    for (auto it = latest->cbegin(); it != latest->cend(); ++it) {
        if (it->kind == core::ConsentKind::Granted)
            active.append(it.key());
    }
    auto marks = m_ledger.allMarks();
    if (!marks)
        return marks.error();
    auto residents = m_ledger.residents(active);
    if (!residents)
        return residents.error();
    const core::ConsentPolicy p = m_policy();
    const QDateTime now = m_deps.clock->nowUtc();
    QList<ReconsentEntry> statuses;
    for (const storage::ConsentResident& r : residents.value())
        statuses.append({r, core::deriveConsentStatus({latest->value(r.id)}, marks->value(r.id), r.subject(), p, now)});
    return statuses;
}

core::Result<QList<ReconsentEntry>> ConsentRoster::needingReconsent() const
{
    auto statuses = granted();
    if (!statuses)
        return statuses.error();
    QList<ReconsentEntry> list;
    for (const ReconsentEntry& entry : statuses.value()) {
        if (entry.status.needsReconsent())
            list.append(entry);
    }
    std::stable_sort(list.begin(), list.end(), [](const ReconsentEntry& a, const ReconsentEntry& b) {
        return a.status.graceUntil < b.status.graceUntil;
    });
    return list;
}

} // namespace cg::services
