#pragma once

#include "core/result.h"

namespace cg::storage::demo {

struct Context;

// Non-biometric credentials: refusing costs nothing, so each refusal or
// withdrawal comes with a card, PIN or QR code (minors mostly QR); some who
// agree keep a card as well; a few cards are lost and replaced the same week
// (rarely never: the coverage violations the dashboard must show); visitor
// passes hosted by residents. Fills Context::creds and Context::last4 for
// the door events.
class DemoCredentialActivity final
{
public:
    explicit DemoCredentialActivity(Context& context) : m_c(context) {}

    void plan();
    core::Status write();

private:
    Context& m_c;
};

} // namespace cg::storage::demo
