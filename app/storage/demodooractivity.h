#pragma once

#include "core/result.h"

namespace cg::storage::demo {

struct Context;

// Door events fill what is left of the event budget: credentials presented
// at the compound gates and at the entrance and lifts of the holder's
// building while the credential was valid, a few denied (wrong PIN, wrong
// door, an unknown card).
class DemoDoorActivity final
{
public:
    explicit DemoDoorActivity(Context& context) : m_c(context) {}
    core::Status write();

private:
    Context& m_c;
};

} // namespace cg::storage::demo
