#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QString>

namespace cg::services {

// What the consent desk needs from the credentials library: refusing or
// withdrawing face consent must leave the resident with a non-biometric way
// through every door they may use (DOMAIN.md rule 3, the coverage invariant).
// main.cpp hands in an adapter over CredentialService.
class AlternativeAccess
{
public:
    virtual ~AlternativeAccess() = default;

    struct Outcome
    {
        bool newlyIssued = false;   // false: an active credential already covered every door
        qint64 credentialId = 0;
        QString kind;               // "card", "pin", "qr"
        QString description;        // translated, for the clerk and the receipt
        QString secretToShow;       // a new PIN or QR token, shown once; never stored here
    };

    // Issues a credential covering every door and lift of the resident, or
    // confirms that an active one does. Called inside the caller's write
    // transaction, so a failure rolls the whole decision back.
    virtual core::Result<Outcome> ensureFor(const core::Actor& actor, qint64 residentId) = 0;
    // True when the resident holds an active credential covering every door.
    virtual core::Result<bool> isCovered(qint64 residentId) = 0;
};

} // namespace cg::services
