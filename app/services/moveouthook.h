#pragma once

#include "core/actor.h"
#include "core/resident.h"
#include "core/result.h"

#include <QStringList>

namespace cg::services {

// What other parts of ConsentGate do when a resident moves out or is
// anonymised: the credential service revokes cards, PINs and QR codes; the
// consent service deletes face templates and enrolment images and queues
// their deletion on devices. Implementations are registered with
// MoveOutService::registerHook() in main.cpp.
//
// Both calls run inside the move-out (or retention) transaction on the
// calling thread's connection: write through Database::connection() and your
// changes commit or roll back together with the move-out. Return one short,
// translated sentence per thing done ("Revoked access card …1234"); they are
// shown in the wizard and written to the audit entry. An error cancels the
// whole move-out, so nothing is half done.
class MoveOutHook
{
public:
    virtual ~MoveOutHook() = default;

    // Stable key for the audit trail, e.g. "credentials", "face_data".
    virtual QString key() const = 0;

    // What would be done, for the wizard's summary page (no changes).
    virtual QStringList plannedActions(const core::Resident& resident) { Q_UNUSED(resident); return {}; }

    virtual core::Result<QStringList> residentMovedOut(const core::Actor& actor, const core::Resident& resident,
                                                       const QDate& moveOutDate) = 0;

    // Called before retention anonymises a former resident.
    virtual core::Result<QStringList> residentAnonymising(const core::Actor& actor, const core::Resident& resident)
    {
        Q_UNUSED(actor);
        Q_UNUSED(resident);
        return QStringList();
    }
};

} // namespace cg::services
