#pragma once

#include "core/consent.h"
#include "services/alternativeaccess.h"
#include "services/consentroster.h"
#include "services/facedataeraser.h"
#include "services/servicedeps.h"
#include "storage/consentrepository.h"
#include "storage/enrolmentrepository.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace cg::services {

class NoticeService;

// The consent ledger and everything that follows from a decision: recording
// grants, refusals and withdrawals (append-only), deleting face data in the
// same transaction as a refusal, withdrawal, expiry or move-out, queueing the
// deletion for devices holding a copy, and issuing or confirming a
// non-biometric credential so the coverage invariant holds.
// Thread-safety: use from one thread (the connection of the calling thread).
class ConsentService final
{
public:
    ConsentService(ServiceDeps deps, std::shared_ptr<NoticeService> notices);
    // Not copyable: the roster asks this object for the policy.
    ConsentService(const ConsentService&) = delete;
    ConsentService& operator=(const ConsentService&) = delete;

    // The credentials library's adapter; required for refusals and withdrawals.
    void setAlternativeAccess(std::shared_ptr<AlternativeAccess> access) { m_alternative = std::move(access); }
    AlternativeAccess* alternativeAccess() const { return m_alternative.get(); }

    // Settings: "consent.expiry_days" (0 = never) and "consent.grace_days".
    core::ConsentPolicy policy() const;
    core::Status setPolicy(const core::Actor& actor, const core::ConsentPolicy& policy);

    core::Result<storage::ConsentResident> resident(const core::Actor& actor, qint64 residentId);
    core::Result<QList<storage::ConsentResident>> search(const core::Actor& actor, const QString& text, int limit = 50);
    core::Result<core::ConsentStatus> status(qint64 residentId);
    core::Result<QList<core::ConsentEvent>> history(const core::Actor& actor, qint64 residentId);

    // What the resident decided at the desk (or on paper).
    struct Decision
    {
        qint64 residentId = 0;
        QString noticeHash;                   // must be the current version
        bool agree = false;
        std::optional<qint64> guardianId;     // required for a minor under 14
        QByteArray signaturePng;              // required for a desk signature
        QByteArray scan;                      // required for a paper scan
        QString language;                     // language the notice was read in
        core::ConsentMethod method = core::ConsentMethod::DeskSignature;
        QString note;
    };
    struct Outcome
    {
        core::ConsentEvent event;
        std::optional<storage::DeletionRecord> deletion;
        std::optional<AlternativeAccess::Outcome> alternative;
    };
    core::Result<Outcome> recordDecision(const core::Actor& actor, const Decision& decision);

    // Withdrawal in person (signature), by phone or by letter (date received, optional scan).
    struct Withdrawal
    {
        qint64 residentId = 0;
        core::ConsentMethod method = core::ConsentMethod::DeskSignature;
        QDate receivedOn;                     // phone/letter: when it arrived; defaults to today
        QByteArray signaturePng;
        QByteArray scan;
        std::optional<qint64> guardianId;     // a guardian withdrawing for a minor
        QString note;
    };
    core::Result<Outcome> withdraw(const core::Actor& actor, const Withdrawal& withdrawal);

    // The clerk or resident cancelled the desk session: nothing is recorded
    // but this audit entry.
    core::Status abandonSession(const core::Actor& actor, qint64 residentId, const QString& stage);

    // Move-out (the residents library's hook) and other purposes ending:
    // deletes face data, records the deletion, queues device deletions.
    core::Result<storage::DeletionRecord> purgeFaceData(const core::Actor& actor, qint64 residentId,
                                                        const QString& reason);

    // Restoring a backup: a consent that ended after the backup was taken
    // (withdrawn, refused, expired) is ended again in the restored ledger as
    // a system event carrying the original date received and `note`, with
    // the same deletion of face data and device queueing. Without an active
    // consent it only deletes face data still held. Permission::RecordWithdrawal.
    core::Result<Outcome> reapplyEnd(const core::Actor& actor, qint64 residentId, core::ConsentKind kind,
                                     const QDate& receivedOn, const QString& note, const QString& reason);

    // Consents whose period or re-consent grace has ended become "expired"
    // and their face data is deleted as on withdrawal. Returns how many.
    core::Result<int> runExpiry(const core::Actor& actor);

    using ReconsentEntry = services::ReconsentEntry;
    core::Result<QList<ReconsentEntry>> reconsentList(const core::Actor& actor);

    // The signature image of an event; an audited read.
    core::Result<QByteArray> signaturePng(const core::Actor& actor, qint64 eventId);
    core::Result<std::optional<core::ConsentEvent>> event(const core::Actor& actor, qint64 eventId);

    core::Result<QList<storage::DeletionRecord>> deletions(const core::Actor& actor, qint64 residentId);
    core::Result<QList<storage::DeviceDeletion>> pendingDeviceDeletions(const core::Actor& actor);
    core::Status confirmDeviceDeletion(const core::Actor& actor, qint64 queueId);

private:
    core::Result<storage::ConsentResident> requireResident(qint64 residentId);
    // Gives `event` the next id, seals its signature and scan (bound to that
    // id) and appends it to the ledger.
    core::Status appendEvent(core::ConsentEvent& event, const QByteArray& signaturePng, const QByteArray& scan);
    core::Result<std::optional<AlternativeAccess::Outcome>> ensureAlternative(const core::Actor& actor,
                                                                              qint64 residentId);
    core::Result<Outcome> endConsent(const core::Actor& actor, qint64 residentId, core::ConsentKind kind,
                                     core::ConsentMethod method, const QDate& receivedOn,
                                     const QByteArray& signaturePng, const QByteArray& scan,
                                     std::optional<qint64> guardianId, const QString& note, const QString& reason);

    ServiceDeps m_deps;
    std::shared_ptr<NoticeService> m_notices;
    std::shared_ptr<AlternativeAccess> m_alternative;
    storage::ConsentRepository m_ledger;
    FaceDataEraser m_eraser;
    ConsentRoster m_roster;
};

} // namespace cg::services
