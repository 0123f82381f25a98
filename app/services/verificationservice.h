#pragma once

#include "core/accessrules.h"
#include "core/credential.h"
#include "core/clock.h"
#include "core/result.h"
#include "services/servicedeps.h"
#include "storage/accessrepository.h"
#include "storage/credentialrepository.h"

#include <QCoreApplication>

namespace cg::services {

// Why a presentation was allowed or denied. Keys are stored in credential_events.
enum class VerificationReason {
    Allowed,
    Unknown,        // no such card / token / unit, or a PIN nobody in the unit has
    Revoked,
    Lost,           // reported lost (worth a look: someone holds a lost card)
    Suspended,
    Expired,
    NotYetValid,
    WrongDoor,      // valid, but not for this door or lift
    PinLocked,      // 5 wrong PINs: the desk must unlock or replace it
    WrongPin,
    MovedOut,
};
QString verificationReasonKey(VerificationReason reason);
QString verificationReasonText(VerificationReason reason);   // translated

// What was shown at the door. A PIN is never checked on its own: Argon2id at
// tens of milliseconds per hash makes "try every PIN hash" impossible, so it
// comes with the unit number (or after a card, which names the holder).
struct Presented
{
    enum class Kind { Card, Qr, UnitPin, CardPin };
    Kind kind = Kind::Card;
    QString value;      // card number (Card, CardPin) or QR payload (Qr)
    QString unit;       // unit label (UnitPin)
    QString pin;        // UnitPin, CardPin

    static Presented card(QString number) { return {Kind::Card, std::move(number), {}, {}}; }
    static Presented qr(QString payload) { return {Kind::Qr, std::move(payload), {}, {}}; }
    static Presented unitPin(QString unit, QString pin) { return {Kind::UnitPin, {}, std::move(unit), std::move(pin)}; }
    static Presented cardPin(QString number, QString pin) { return {Kind::CardPin, std::move(number), {}, std::move(pin)}; }
};

struct Verification
{
    bool allowed = false;
    VerificationReason reason = VerificationReason::Unknown;
    core::Door door;
    qint64 credentialId = 0;
    core::CredentialType credentialType = core::CredentialType::Card;
    qint64 residentId = 0;
    QString residentName;
    QString unitLabel;
    QString visitorName;        // visitor passes: who is let in
    qint64 eventId = 0;         // the credential_events row written for it
};

// Decides at a door whether a presented card, QR code or PIN opens it, and
// writes every decision to credential_events (the live view and dashboard
// read those — never faces). No actor: the door itself asks.
// Thread-safety: use from one thread (the one whose connection it uses).
class VerificationService final
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::VerificationService)
public:
    explicit VerificationService(ServiceDeps deps);

    // Errors only for storage problems or an unknown door; a denial is a
    // successful Verification with allowed == false.
    core::Result<Verification> verify(const Presented& presented, qint64 doorId, const QDateTime& at);
    core::Result<Verification> verify(const Presented& presented, qint64 doorId)
    {
        return verify(presented, doorId, m_deps.clock->nowUtc());
    }
    core::Result<std::optional<core::Door>> findDoor(const QString& idOrName) const;

private:
    core::Result<VerificationReason> judge(const storage::StoredCredential& stored, const core::Door& door,
                                           const QDateTime& at, storage::Holder* holder) const;
    core::Result<VerificationReason> checkPins(const QList<storage::StoredCredential>& candidates, const QString& pin,
                                               const storage::StoredCredential** matched);

    ServiceDeps m_deps;
    storage::CredentialRepository m_credentials;
    storage::AccessRepository m_access;
};

} // namespace cg::services
