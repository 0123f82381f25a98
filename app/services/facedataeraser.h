#pragma once

#include "core/actor.h"
#include "services/servicedeps.h"
#include "storage/enrolmentrepository.h"

#include <QDateTime>

namespace cg::services {

// Deleting a resident's face data and following the copies on door devices
// (DOMAIN.md rule 4): every enrolment image and template goes at once, a
// deletion record says what, when and by whom, and each device holding a
// copy gets a queued deletion until someone confirms it. ConsentService
// calls it inside the transaction of the consent event that caused it.
// Thread-safety: use from one thread (the connection of the calling thread).
class FaceDataEraser final
{
public:
    explicit FaceDataEraser(ServiceDeps deps);

    // Deletes everything held for `residentId` and records it. `eventId` is
    // the consent event behind it (0: none); `requestedAt` when the
    // resident asked (invalid: now). Without `alwaysRecord`, nothing held
    // means nothing recorded (the returned record has id 0). No permission
    // check: the caller decided the deletion is due.
    core::Result<storage::DeletionRecord> erase(const core::Actor& actor, qint64 residentId, const QString& reason,
                                                qint64 eventId, const QDateTime& requestedAt, bool alwaysRecord);

    core::Result<QList<storage::DeletionRecord>> deletions(const core::Actor& actor, qint64 residentId);
    core::Result<QList<storage::DeviceDeletion>> pendingDeviceDeletions(const core::Actor& actor);
    core::Status confirmDeviceDeletion(const core::Actor& actor, qint64 queueId);

private:
    ServiceDeps m_deps;
    storage::EnrolmentRepository m_enrolments;
};

} // namespace cg::services
