#include "services/verificationservice.h"

#include "core/cardnumber.h"
#include "core/clock.h"
#include "core/qrtoken.h"
#include "security/keyring.h"
#include "security/passwordhasher.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace cg::services {

namespace {

using core::CredentialStatus;
using core::Error;
using core::Result;
using storage::StoredCredential;
using R = VerificationReason;

QString presentedKindKey(Presented::Kind kind)
{
    switch (kind) {
    case Presented::Kind::Card: return QStringLiteral("card");
    case Presented::Kind::Qr: return QStringLiteral("qr");
    case Presented::Kind::UnitPin: return QStringLiteral("unit_pin");
    case Presented::Kind::CardPin: return QStringLiteral("card_pin");
    }
    return {};
}

// What may be written about the presented value: never the value itself.
QString maskPresented(const Presented& p)
{
    switch (p.kind) {
    case Presented::Kind::Card:
    case Presented::Kind::CardPin: {
        auto card = core::CardNumber::parse(p.value);
        const QString masked = card ? QStringLiteral("•••• ") + card->last4() : QStringLiteral("(unreadable)");
        return p.kind == Presented::Kind::Card ? masked : masked + QStringLiteral(" + PIN");
    }
    case Presented::Kind::Qr: {
        auto token = core::QrToken::parse(p.value);
        return token ? QStringLiteral("QR …") + token->payload().right(4) : QStringLiteral("QR (unreadable)");
    }
    case Presented::Kind::UnitPin: return p.unit.trimmed().left(20) + QStringLiteral(" + PIN");
    }
    return {};
}

R reasonForStatus(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Active: return R::Allowed;
    case CredentialStatus::Suspended: return R::Suspended;
    case CredentialStatus::Revoked: return R::Revoked;
    case CredentialStatus::Lost: return R::Lost;
    case CredentialStatus::Expired: return R::Expired;
    }
    return R::Unknown;
}

bool isLive(const core::Credential& c)
{
    return c.status == CredentialStatus::Active || c.status == CredentialStatus::Suspended;
}

} // namespace

QString verificationReasonKey(VerificationReason reason)
{
    switch (reason) {
    case R::Allowed: return QStringLiteral("allowed");
    case R::Unknown: return QStringLiteral("unknown");
    case R::Revoked: return QStringLiteral("revoked");
    case R::Lost: return QStringLiteral("lost");
    case R::Suspended: return QStringLiteral("suspended");
    case R::Expired: return QStringLiteral("expired");
    case R::NotYetValid: return QStringLiteral("not_yet_valid");
    case R::WrongDoor: return QStringLiteral("wrong_door");
    case R::PinLocked: return QStringLiteral("pin_locked");
    case R::WrongPin: return QStringLiteral("wrong_pin");
    case R::MovedOut: return QStringLiteral("moved_out");
    }
    return {};
}

QString verificationReasonText(VerificationReason reason)
{
    switch (reason) {
    case R::Allowed: return QCoreApplication::translate("cg::services::VerificationService", "Allowed");
    case R::Unknown: return QCoreApplication::translate("cg::services::VerificationService", "Unknown credential");
    case R::Revoked: return QCoreApplication::translate("cg::services::VerificationService", "Credential revoked");
    case R::Lost: return QCoreApplication::translate("cg::services::VerificationService", "Credential reported lost");
    case R::Suspended: return QCoreApplication::translate("cg::services::VerificationService", "Credential suspended");
    case R::Expired: return QCoreApplication::translate("cg::services::VerificationService", "Credential expired");
    case R::NotYetValid: return QCoreApplication::translate("cg::services::VerificationService", "Credential not yet valid");
    case R::WrongDoor: return QCoreApplication::translate("cg::services::VerificationService", "Not valid for this door");
    case R::PinLocked: return QCoreApplication::translate("cg::services::VerificationService", "PIN locked after too many wrong tries");
    case R::WrongPin: return QCoreApplication::translate("cg::services::VerificationService", "Wrong PIN");
    case R::MovedOut: return QCoreApplication::translate("cg::services::VerificationService", "Holder has moved out");
    }
    return {};
}

VerificationService::VerificationService(ServiceDeps deps)
    : m_deps(std::move(deps)), m_credentials(m_deps.database), m_access(m_deps.database)
{
}

Result<std::optional<core::Door>> VerificationService::findDoor(const QString& idOrName) const
{
    return m_access.findDoor(idOrName);
}

Result<VerificationReason> VerificationService::judge(const StoredCredential& stored, const core::Door& door,
                                                      const QDateTime& at, storage::Holder* holder) const
{
    const core::Credential& c = stored.credential;
    if (const R r = reasonForStatus(c.status); r != R::Allowed)
        return r;
    if (c.validTo.isValid() && at >= c.validTo)
        return R::Expired;      // the clock is ahead of the expiry sweep
    if (c.validFrom.isValid() && at < c.validFrom)
        return R::NotYetValid;
    auto h = m_access.holder(c.residentId);
    if (!h)
        return h.error();
    *holder = h.value();
    if (!holder->livesHereOn(at.toLocalTime().date()))
        return R::MovedOut;
    auto exceptions = m_access.exceptions(c.residentId);
    if (!exceptions)
        return exceptions.error();
    if (!door.accepts(c.type)
        || !core::access::isEntitled(door, holder->compoundId, holder->buildingId, exceptions.value(), at))
        return R::WrongDoor;
    return R::Allowed;
}

Result<VerificationReason> VerificationService::checkPins(const QList<StoredCredential>& candidates, const QString& pin,
                                                          const StoredCredential** matched)
{
    *matched = nullptr;
    const QByteArray pepper = m_deps.keys->pinPepper();
    // Locked PINs are checked too, so their holder hears "locked" and the
    // neighbours' counters are not charged for it; they never open a door.
    for (const StoredCredential& c : candidates) {
        if (security::PasswordHasher::verifyPeppered(c.pinHash, pin, pepper)) {
            *matched = &c;
            if (c.credential.failedPinTries >= core::kPinMaxFailedTries)
                return R::PinLocked;
            if (c.credential.failedPinTries > 0) {
                if (auto s = m_credentials.setFailedPinTries(c.credential.id, 0); !s)
                    return s.error();
            }
            return R::Allowed;
        }
    }
    // No match: every live, unlocked PIN in scope takes a wrong try, because
    // we cannot know whose PIN was being guessed.
    bool anyUnlocked = false;
    for (const StoredCredential& c : candidates) {
        if (!isLive(c.credential) || c.credential.failedPinTries >= core::kPinMaxFailedTries)
            continue;
        anyUnlocked = true;
        if (auto s = m_credentials.setFailedPinTries(c.credential.id, c.credential.failedPinTries + 1); !s)
            return s.error();
    }
    bool anyLive = std::any_of(candidates.begin(), candidates.end(),
                               [](const StoredCredential& c) { return isLive(c.credential); });
    if (!anyLive)
        return R::Unknown;
    return anyUnlocked ? R::WrongPin : R::PinLocked;
}

Result<Verification> VerificationService::verify(const Presented& presented, qint64 doorId, const QDateTime& at)
{
    auto door = m_access.door(doorId);
    if (!door)
        return door.error();
    if (!door->has_value())
        return Error::invalid(QStringLiteral("door"), tr("There is no door %1.").arg(doorId));

    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();

    Verification v;
    v.door = **door;
    const StoredCredential* decided = nullptr;   // the credential the decision is about
    std::optional<StoredCredential> found;
    QList<StoredCredential> pins;
    storage::Holder holder;

    auto decide = [&](const StoredCredential& c) -> core::Status {
        decided = &c;
        auto r = judge(c, v.door, at, &holder);
        if (!r)
            return r.error();
        v.reason = r.value();
        return {};
    };

    switch (presented.kind) {
    case Presented::Kind::Card:
    case Presented::Kind::CardPin: {
        auto card = core::CardNumber::parse(presented.value);
        if (!card) {
            v.reason = R::Unknown;
            break;
        }
        auto hit = m_credentials.findByCardLookup(m_deps.keys->lookupHash("card", card->canonical().toLatin1()));
        if (!hit)
            return hit.error();
        found = hit.value();
        if (!found) {
            v.reason = R::Unknown;
            break;
        }
        if (auto s = decide(*found); !s)
            return s.error();
        if (presented.kind == Presented::Kind::CardPin && v.reason == R::Allowed) {
            auto list = m_credentials.pinCredentialsOfResident(found->credential.residentId);
            if (!list)
                return list.error();
            pins = list.value();
            const StoredCredential* matched = nullptr;
            auto r = checkPins(pins, presented.pin, &matched);
            if (!r)
                return r.error();
            if (r.value() != R::Allowed)
                v.reason = r.value() == R::Unknown ? R::WrongPin : r.value();
            else if (auto s = decide(*matched); !s)
                return s.error();
        }
        break;
    }
    case Presented::Kind::Qr: {
        auto token = core::QrToken::parse(presented.value);
        if (!token) {
            v.reason = R::Unknown;
            break;
        }
        auto hit = m_credentials.findByQrLookup(m_deps.keys->lookupHash("qr", token->bytes()));
        if (!hit)
            return hit.error();
        found = hit.value();
        if (!found) {
            v.reason = R::Unknown;
            break;
        }
        if (auto s = decide(*found); !s)
            return s.error();
        break;
    }
    case Presented::Kind::UnitPin: {
        auto units = m_access.unitsByLabel(v.door.compoundId, presented.unit);
        if (!units)
            return units.error();
        auto list = m_credentials.pinCredentialsOfUnits(units.value());
        if (!list)
            return list.error();
        pins = list.value();
        if (pins.isEmpty()) {
            v.reason = R::Unknown;
            break;
        }
        const StoredCredential* matched = nullptr;
        auto r = checkPins(pins, presented.pin, &matched);
        if (!r)
            return r.error();
        v.reason = r.value();
        if (matched && r.value() == R::Allowed) {
            if (auto s = decide(*matched); !s)
                return s.error();
        } else if (matched) {
            decided = matched;
        }
        break;
    }
    }

    if (decided) {
        v.credentialId = decided->credential.id;
        v.credentialType = decided->credential.type;
        v.residentId = decided->credential.residentId;
        v.residentName = decided->credential.residentName;
        v.unitLabel = decided->credential.unitLabel;
        v.visitorName = decided->credential.visitorName;
    }
    v.allowed = v.reason == R::Allowed;

    storage::CredentialEvent event;
    event.at = at;
    event.doorId = v.door.id;
    event.credentialId = v.credentialId;
    event.residentId = v.residentId;
    event.presentedKind = presentedKindKey(presented.kind);
    event.presentedMasked = maskPresented(presented);
    event.allowed = v.allowed;
    event.reason = verificationReasonKey(v.reason);
    auto eventId = m_credentials.recordEvent(event);
    if (!eventId)
        return eventId.error();
    v.eventId = eventId.value();
    if (auto s = tx.commit(); !s)
        return s.error();
    return v;
}

} // namespace cg::services
