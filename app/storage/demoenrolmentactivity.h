#pragma once

#include "core/result.h"

namespace cg::storage::demo {

struct Context;

// Face enrolments of the residents whose newest decision is a grant (one
// sealed placeholder crop each, taken at the desk minutes after the first
// grant) and their copies on the gate terminals of their compound.
class DemoEnrolmentActivity final
{
public:
    explicit DemoEnrolmentActivity(Context& context) : m_c(context) {}
    core::Status write();

private:
    Context& m_c;
};

} // namespace cg::storage::demo
