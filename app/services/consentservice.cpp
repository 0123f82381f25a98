#include "services/consentservice.h"

#include "core/clock.h"
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "services/noticeservice.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>

#include <algorithm>

namespace cg::services {

namespace {


QByteArray signatureAd(qint64 eventId)
{
    return QByteArrayLiteral("consent_event:") + QByteArray::number(eventId) + QByteArrayLiteral(":signature");
}

QByteArray scanAd(qint64 eventId)
{
    return QByteArrayLiteral("consent_event:") + QByteArray::number(eventId) + QByteArrayLiteral(":scan");
}

bool isImage(const QByteArray& bytes)
{
    return !bytes.isEmpty() && !QImage::fromData(bytes).isNull();
}

} // namespace

ConsentService::ConsentService(ServiceDeps deps, std::shared_ptr<NoticeService> notices)
    : m_deps(std::move(deps)), m_notices(std::move(notices)), m_ledger(m_deps.database), m_eraser(m_deps),
      m_roster(m_deps, [this] { return policy(); })
{
}

core::ConsentPolicy ConsentService::policy() const
{
    core::ConsentPolicy p;
    p.expiryDays = m_deps.database->setting(QStringLiteral("consent.expiry_days"), QStringLiteral("0")).toInt();
    p.graceDays = m_deps.database->setting(QStringLiteral("consent.grace_days"), QStringLiteral("30")).toInt();
    return p;
}

core::Status ConsentService::setPolicy(const core::Actor& actor, const core::ConsentPolicy& p)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ManageSettings); !s)
        return s;
    if (p.expiryDays < 0 || p.expiryDays > 3650)
        return core::Error::invalid(QStringLiteral("expiry_days"),
                                    QCoreApplication::translate("cg::services::ConsentService", "Consent expiry must be between 0 (never) and 3650 days."));
    if (p.graceDays < 0 || p.graceDays > 365)
        return core::Error::invalid(QStringLiteral("grace_days"), QCoreApplication::translate("cg::services::ConsentService", "The grace period must be between 0 and 365 days."));
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    const core::ConsentPolicy before = policy();
    if (auto s = m_deps.database->setSetting(QStringLiteral("consent.expiry_days"), QString::number(p.expiryDays)); !s)
        return s;
    if (auto s = m_deps.database->setSetting(QStringLiteral("consent.grace_days"), QString::number(p.graceDays)); !s)
        return s;
    if (auto s = m_deps.audit->record(actor, QStringLiteral("consent.policy"), QStringLiteral("settings"), {},
                                      {{QStringLiteral("expiry_days_before"), before.expiryDays},
                                       {QStringLiteral("expiry_days"), p.expiryDays},
                                       {QStringLiteral("grace_days_before"), before.graceDays},
                                       {QStringLiteral("grace_days"), p.graceDays}});
        !s)
        return s;
    return tx.commit();
}

core::Result<storage::ConsentResident> ConsentService::requireResident(qint64 residentId)
{
    auto r = m_ledger.resident(residentId);
    if (!r)
        return r.error();
    if (!r->has_value() || (*r)->anonymised)
        return core::Error::make(core::Error::Kind::NotFound, QCoreApplication::translate("cg::services::ConsentService", "There is no resident with the number %1.").arg(residentId));
    return **r;
}

core::Result<storage::ConsentResident> ConsentService::resident(const core::Actor& actor, qint64 residentId)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewResidents); !s)
        return s.error();
    return requireResident(residentId);
}

core::Result<QList<storage::ConsentResident>> ConsentService::search(const core::Actor& actor, const QString& text,
                                                                     int limit)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewResidents); !s)
        return s.error();
    return m_ledger.search(text, limit);
}

core::Result<core::ConsentStatus> ConsentService::status(qint64 residentId)
{
    auto r = requireResident(residentId);
    if (!r)
        return r.error();
    auto events = m_ledger.events(residentId);
    if (!events)
        return events.error();
    auto marks = m_ledger.marks(residentId);
    if (!marks)
        return marks.error();
    return core::deriveConsentStatus(events.value(), marks.value(), r->subject(), policy(), m_deps.clock->nowUtc());
}

core::Result<QList<core::ConsentEvent>> ConsentService::history(const core::Actor& actor, qint64 residentId)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewResidents); !s)
        return s.error();
    return m_ledger.events(residentId);
}

core::Result<std::optional<AlternativeAccess::Outcome>> ConsentService::ensureAlternative(const core::Actor& actor,
                                                                                          qint64 residentId)
{
    if (!m_alternative)
        return core::Error::make(core::Error::Kind::Internal,
                                 QCoreApplication::translate("cg::services::ConsentService", "No credential service is available, so no card, PIN or QR code can be issued. "
                                    "Nothing was recorded."),
                                 QStringLiteral("consent.no_credentials"));
    auto outcome = m_alternative->ensureFor(actor, residentId);
    if (!outcome)
        return outcome.error();
    // The invariant is checked, not assumed: if the resident still cannot
    // open every door, the whole decision rolls back.
    auto covered = m_alternative->isCovered(residentId);
    if (!covered)
        return covered.error();
    if (!covered.value())
        return core::Error::make(core::Error::Kind::Conflict,
                                 QCoreApplication::translate("cg::services::ConsentService",
                                                             "A card, PIN or QR code was issued but still does not open every "
                                                             "door the resident may use. Nothing was recorded; check the door "
                                                             "entitlements."),
                                 QStringLiteral("consent.coverage"));
    return std::optional<AlternativeAccess::Outcome>(outcome.value());
}

core::Status ConsentService::appendEvent(core::ConsentEvent& event, const QByteArray& signaturePng,
                                        const QByteArray& scan)
{
    auto id = m_ledger.nextEventId();
    if (!id)
        return id.error();
    event.id = id.value();
    event.hasSignature = !signaturePng.isEmpty();
    event.hasScan = !scan.isEmpty();
    const QByteArray sealedSignature = signaturePng.isEmpty() ? QByteArray() : m_deps.keys->seal(signaturePng, signatureAd(event.id));
    const QByteArray sealedScan = scan.isEmpty() ? QByteArray() : m_deps.keys->seal(scan, scanAd(event.id));
    return m_ledger.insertEvent(event, sealedSignature, sealedScan);
}

core::Result<ConsentService::Outcome> ConsentService::recordDecision(const core::Actor& actor, const Decision& d)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::RunConsentDesk, QStringLiteral("resident"),
                                            QString::number(d.residentId));
        !s)
        return s.error();
    auto resident = requireResident(d.residentId);
    if (!resident)
        return resident.error();
    const QDate today = m_deps.clock->todayLocal();
    if (resident->moveOut.isValid() && resident->moveOut <= today)
        return core::Error::invalid(QStringLiteral("resident"), QCoreApplication::translate("cg::services::ConsentService", "%1 has moved out.").arg(resident->name));

    auto current = m_notices->current();
    if (!current)
        return current.error();
    if (!current->has_value())
        return core::Error::invalid(QStringLiteral("notice"), QCoreApplication::translate("cg::services::ConsentService", "No notice is published yet; an administrator must publish one."));
    if ((*current)->hash != d.noticeHash)
        return core::Error::invalid(QStringLiteral("notice"),
                                    QCoreApplication::translate("cg::services::ConsentService", "The resident was shown an old notice; show the current version %1 and ask again.")
                                        .arg((*current)->number));

    if (core::isMinor(resident->birthDate, today)) {
        if (!d.guardianId)
            return core::Error::invalid(QStringLiteral("guardian"),
                                        QCoreApplication::translate("cg::services::ConsentService", "%1 is under 14: their guardian must decide and sign.").arg(resident->name));
        if (!resident->guardianId || *resident->guardianId != *d.guardianId)
            return core::Error::invalid(QStringLiteral("guardian"),
                                        QCoreApplication::translate("cg::services::ConsentService", "Only the guardian linked to %1 may decide for them.").arg(resident->name));
        if (resident->guardianMoveOut.isValid() && resident->guardianMoveOut <= today)
            return core::Error::invalid(QStringLiteral("guardian"),
                                        QCoreApplication::translate("cg::services::ConsentService", "The linked guardian has moved out; link a new guardian first."));
    } else if (d.guardianId) {
        return core::Error::invalid(QStringLiteral("guardian"),
                                    QCoreApplication::translate("cg::services::ConsentService", "%1 is 14 or older and decides for themselves.").arg(resident->name));
    }

    switch (d.method) {
    case core::ConsentMethod::DeskSignature:
    case core::ConsentMethod::DeskTyped:
        if (!isImage(d.signaturePng))
            return core::Error::invalid(QStringLiteral("signature"), QCoreApplication::translate("cg::services::ConsentService", "The decision has not been signed."));
        break;
    case core::ConsentMethod::PaperScan:
        if (!isImage(d.scan))
            return core::Error::invalid(QStringLiteral("scan"), QCoreApplication::translate("cg::services::ConsentService", "Attach the scan of the signed paper form."));
        break;
    default:
        return core::Error::invalid(QStringLiteral("method"),
                                    QCoreApplication::translate("cg::services::ConsentService", "A decision on face recognition must be signed at the desk or on paper."));
    }

    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    core::ConsentEvent event;
    event.residentId = d.residentId;
    event.kind = d.agree ? core::ConsentKind::Granted : core::ConsentKind::Refused;
    event.noticeHash = d.noticeHash;
    event.guardianId = d.guardianId;
    event.clerkId = actor.userId;
    event.clerkName = actor.name;
    event.at = m_deps.clock->nowUtc();
    event.method = d.method;
    event.receivedOn = today;
    event.language = d.language;
    event.note = d.note;
    if (auto s = appendEvent(event, d.signaturePng, d.scan); !s)
        return s.error();

    Outcome outcome;
    outcome.event = event;
    if (!d.agree) {
        auto deletion = m_eraser.erase(actor, d.residentId, QStringLiteral("refused"), event.id, event.at, false);
        if (!deletion)
            return deletion.error();
        if (deletion->id)
            outcome.deletion = deletion.value();
        auto alternative = ensureAlternative(actor, d.residentId);
        if (!alternative)
            return alternative.error();
        outcome.alternative = alternative.value();
    }
    QJsonObject details{{QStringLiteral("event_id"), event.id},
                        {QStringLiteral("notice"), d.noticeHash},
                        {QStringLiteral("method"), core::consentMethodKey(d.method)},
                        {QStringLiteral("language"), d.language}};
    if (d.guardianId)
        details.insert(QStringLiteral("guardian_id"), *d.guardianId);
    if (outcome.alternative)
        details.insert(QStringLiteral("credential"),
                       QString(outcome.alternative->kind
                               + (outcome.alternative->newlyIssued ? QStringLiteral(" issued") : QStringLiteral(" confirmed"))));
    if (auto s = m_deps.audit->record(actor, QStringLiteral("consent.") + core::consentKindKey(event.kind),
                                      QStringLiteral("resident"), QString::number(d.residentId), details);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

core::Result<ConsentService::Outcome> ConsentService::endConsent(const core::Actor& actor, qint64 residentId,
                                                                 core::ConsentKind kind, core::ConsentMethod method,
                                                                 const QDate& receivedOn, const QByteArray& signaturePng,
                                                                 const QByteArray& scan, std::optional<qint64> guardianId,
                                                                 const QString& note, const QString& reason)
{
    auto st = status(residentId);
    if (!st)
        return st.error();
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    core::ConsentEvent event;
    event.residentId = residentId;
    event.kind = kind;
    event.noticeHash = st->last ? st->last->noticeHash : QString();
    event.guardianId = guardianId;
    event.clerkId = actor.userId;
    event.clerkName = actor.name;
    event.at = m_deps.clock->nowUtc();
    event.method = method;
    event.receivedOn = receivedOn;
    event.note = note;
    if (auto s = appendEvent(event, signaturePng, scan); !s)
        return s.error();

    Outcome outcome;
    outcome.event = event;
    const QDateTime requested = receivedOn.isValid() ? QDateTime(receivedOn, QTime(0, 0)).toUTC() : event.at;
    auto deletion = m_eraser.erase(actor, residentId, reason, event.id, std::min(requested, event.at), true);
    if (!deletion)
        return deletion.error();
    outcome.deletion = deletion.value();
    if (reason != QLatin1String("moved_out")) {
        auto alternative = ensureAlternative(actor, residentId);
        if (!alternative)
            return alternative.error();
        outcome.alternative = alternative.value();
    }
    QJsonObject details{{QStringLiteral("event_id"), event.id},
                        {QStringLiteral("method"), core::consentMethodKey(method)},
                        {QStringLiteral("reason"), reason}};
    if (receivedOn.isValid())
        details.insert(QStringLiteral("received_on"), receivedOn.toString(Qt::ISODate));
    if (auto s = m_deps.audit->record(actor, QStringLiteral("consent.") + core::consentKindKey(kind),
                                      QStringLiteral("resident"), QString::number(residentId), details);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

core::Result<ConsentService::Outcome> ConsentService::withdraw(const core::Actor& actor, const Withdrawal& w)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::RecordWithdrawal, QStringLiteral("resident"),
                                            QString::number(w.residentId));
        !s)
        return s.error();
    auto resident = requireResident(w.residentId);
    if (!resident)
        return resident.error();
    auto st = status(w.residentId);
    if (!st)
        return st.error();
    if (st->state != core::ConsentState::Active)
        return core::Error::invalid(QStringLiteral("resident"),
                                    QCoreApplication::translate("cg::services::ConsentService", "%1 has no active face consent to withdraw (%2).")
                                        .arg(resident->name, core::consentStateName(st->state)));
    const QDate today = m_deps.clock->todayLocal();
    const QDate received = w.receivedOn.isValid() ? w.receivedOn : today;
    if (received > today)
        return core::Error::invalid(QStringLiteral("received_on"), QCoreApplication::translate("cg::services::ConsentService", "The date received cannot be in the future."));
    if (received < st->last->at.toLocalTime().date())
        return core::Error::invalid(QStringLiteral("received_on"),
                                    QCoreApplication::translate("cg::services::ConsentService", "The date received is before the consent was given."));
    switch (w.method) {
    case core::ConsentMethod::DeskSignature:
    case core::ConsentMethod::DeskTyped:
        if (!isImage(w.signaturePng))
            return core::Error::invalid(QStringLiteral("signature"), QCoreApplication::translate("cg::services::ConsentService", "The withdrawal has not been signed."));
        break;
    case core::ConsentMethod::PaperScan:
        if (!isImage(w.scan))
            return core::Error::invalid(QStringLiteral("scan"), QCoreApplication::translate("cg::services::ConsentService", "Attach the scan of the letter or form."));
        break;
    case core::ConsentMethod::Phone:
    case core::ConsentMethod::Letter:
        if (!w.scan.isEmpty() && !isImage(w.scan))
            return core::Error::invalid(QStringLiteral("scan"), QCoreApplication::translate("cg::services::ConsentService", "The scan is not an image file ConsentGate can read."));
        break;
    case core::ConsentMethod::System:
        return core::Error::invalid(QStringLiteral("method"), QCoreApplication::translate("cg::services::ConsentService", "Choose how the withdrawal arrived."));
    }
    // Withdrawing is as easy as agreeing: the resident, or for a minor the
    // guardian, may withdraw; nothing else is checked.
    return endConsent(actor, w.residentId, core::ConsentKind::Withdrawn, w.method, received, w.signaturePng, w.scan,
                      w.guardianId, w.note, QStringLiteral("withdrawn"));
}

core::Status ConsentService::abandonSession(const core::Actor& actor, qint64 residentId, const QString& stage)
{
    return m_deps.audit->record(actor, QStringLiteral("consent.session_abandoned"), QStringLiteral("resident"),
                                QString::number(residentId), {{QStringLiteral("stage"), stage}});
}

core::Result<ConsentService::Outcome> ConsentService::reapplyEnd(const core::Actor& actor, qint64 residentId,
                                                                 core::ConsentKind kind, const QDate& receivedOn,
                                                                 const QString& note, const QString& reason)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::RecordWithdrawal, QStringLiteral("resident"),
                                            QString::number(residentId));
        !s)
        return s.error();
    auto st = status(residentId);
    if (!st)
        return st.error();
    if (st->last && st->last->kind == core::ConsentKind::Granted && kind != core::ConsentKind::Granted) {
        const QDate received = receivedOn.isValid() ? std::min(receivedOn, m_deps.clock->todayLocal()) : QDate();
        return endConsent(actor, residentId, kind, core::ConsentMethod::System, received, {}, {}, std::nullopt, note,
                          reason);
    }
    // No consent to end: only face data still held goes (in its own transaction).
    auto deletion = m_eraser.erase(actor, residentId, reason, 0, {}, false);
    if (!deletion)
        return deletion.error();
    Outcome outcome;
    if (deletion->id)
        outcome.deletion = deletion.value();
    return outcome;
}

core::Result<storage::DeletionRecord> ConsentService::purgeFaceData(const core::Actor& actor, qint64 residentId,
                                                                    const QString& reason)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::MoveOutResidents, QStringLiteral("resident"),
                                            QString::number(residentId));
        !s)
        return s.error();
    auto st = status(residentId);
    if (!st)
        return st.error();
    if (st->state == core::ConsentState::Active) {
        // The purpose has ended: close the consent in the ledger as well.
        auto ended = endConsent(actor, residentId, core::ConsentKind::Expired, core::ConsentMethod::System, {}, {}, {},
                                std::nullopt, reason, reason);
        if (!ended)
            return ended.error();
        return *ended->deletion;
    }
    return m_eraser.erase(actor, residentId, reason, 0, {}, true);
}

core::Result<int> ConsentService::runExpiry(const core::Actor& actor)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::RunRetention); !s)
        return s.error();
    auto statuses = m_roster.granted();
    if (!statuses)
        return statuses.error();
    const QDateTime now = m_deps.clock->nowUtc();
    int expired = 0;
    for (const ReconsentEntry& entry : statuses.value()) {
        const storage::ConsentResident& r = entry.resident;
        const core::ConsentStatus& st = entry.status;
        if (!st.deletionDue)
            continue;
        const bool graceEnded = st.graceUntil.isValid() && now >= st.graceUntil;
        auto ended = endConsent(actor, r.id, core::ConsentKind::Expired, core::ConsentMethod::System, {}, {}, {},
                                std::nullopt, {}, graceEnded ? QStringLiteral("grace_ended") : QStringLiteral("expired"));
        if (!ended)
            return ended.error();
        ++expired;
    }
    return expired;
}

core::Result<QList<ConsentService::ReconsentEntry>> ConsentService::reconsentList(const core::Actor& actor)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewResidents); !s)
        return s.error();
    return m_roster.needingReconsent();
}

core::Result<QByteArray> ConsentService::signaturePng(const core::Actor& actor, qint64 eventId)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ReadSignature, QStringLiteral("consent_event"),
                                            QString::number(eventId));
        !s)
        return s.error();
    auto sealed = m_ledger.sealedSignature(eventId);
    if (!sealed)
        return sealed.error();
    if (sealed->isEmpty())
        return core::Error::make(core::Error::Kind::NotFound, QCoreApplication::translate("cg::services::ConsentService", "This record has no signature."));
    auto opened = m_deps.keys->open(sealed.value(), signatureAd(eventId));
    if (!opened)
        return opened.error();
    if (auto s = m_deps.audit->record(actor, QStringLiteral("consent.read_signature"), QStringLiteral("consent_event"),
                                      QString::number(eventId));
        !s)
        return s.error();
    return opened;
}

core::Result<std::optional<core::ConsentEvent>> ConsentService::event(const core::Actor& actor, qint64 eventId)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewResidents); !s)
        return s.error();
    return m_ledger.event(eventId);
}

core::Result<QList<storage::DeletionRecord>> ConsentService::deletions(const core::Actor& actor, qint64 residentId)
{
    return m_eraser.deletions(actor, residentId);
}

core::Result<QList<storage::DeviceDeletion>> ConsentService::pendingDeviceDeletions(const core::Actor& actor)
{
    return m_eraser.pendingDeviceDeletions(actor);
}

core::Status ConsentService::confirmDeviceDeletion(const core::Actor& actor, qint64 queueId)
{
    return m_eraser.confirmDeviceDeletion(actor, queueId);
}

} // namespace cg::services
