#pragma once

#include "core/result.h"

namespace cg::storage::demo {

struct Context;

// The demo's consent decisions over the window: most residents are asked
// soon after moving in; some change their mind later (a withdrawal deletes
// the face data at once and queues the gate terminals' copies, which the
// devices confirm later); a notice change near the end asks those who had
// agreed again. Writes consent events, deletion records and device copies,
// re-consent marks and each resident's derived status.
class DemoConsentActivity final
{
public:
    explicit DemoConsentActivity(Context& context) : m_c(context) {}

    // The ledger in memory (Context::ledger), sorted by time.
    void plan();
    // Writes the ledger in time order (ids grow with time).
    core::Status write();
    // Re-consent marks for those who had agreed before the notice change,
    // and the status each resident's newest decision gives.
    core::Status writeStatus();

private:
    Context& m_c;
};

} // namespace cg::storage::demo
