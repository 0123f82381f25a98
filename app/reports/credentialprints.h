#pragma once

#include "core/credential.h"
#include "reports/badgesheet.h"
#include "reports/pinslip.h"

namespace cg::reports {

// What goes on paper for a freshly issued credential (the console and the
// CLI print the same). `secret` is the QR payload or the PIN, known only now.
Badge credentialBadge(const core::Credential& credential, const QString& secret, const QString& compoundName);
PinSlip credentialPinSlip(const core::Credential& credential, const QString& pin, const QString& compoundName);
// "Valid until 2027-06-30", "Valid 2026-11-26 09:00 – 2026-11-26 18:00" or "No end date".
QString validityText(const core::Credential& credential, bool withTime = false);

} // namespace cg::reports
