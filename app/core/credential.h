#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cg::core {

// Non-biometric ways in (DOMAIN.md rule 3). A visitor pass belongs to a host
// resident but is carried by a visitor, so it never counts for the host's
// coverage. Fingerprints and other biometrics are deliberately not a type here.
enum class CredentialType { Card, Pin, Qr, VisitorPass };
enum class CredentialStatus { Active, Suspended, Revoked, Lost, Expired };

QString credentialTypeKey(CredentialType type);   // stable key stored in the database
std::optional<CredentialType> credentialTypeFromKey(const QString& key);
QString credentialTypeName(CredentialType type);  // translated
QString credentialStatusKey(CredentialStatus status);
std::optional<CredentialStatus> credentialStatusFromKey(const QString& key);
QString credentialStatusName(CredentialStatus status);  // translated
const QList<CredentialType>& allCredentialTypes();
const QList<CredentialStatus>& allCredentialStatuses();

// Which reader kinds a door has, as a bit mask stored with the door
// (doors.accepts_mask). A visitor pass is read by the QR reader.
enum AccessMethod : int { AcceptsCard = 1, AcceptsPin = 2, AcceptsQr = 4, AcceptsAll = 7 };
int accessMethodBit(CredentialType type);

// One credential as lists and rules see it. Secrets are never part of it: a
// card number is only its masked last four digits, a PIN or QR token nothing.
struct Credential
{
    qint64 id = 0;
    qint64 residentId = 0;          // the holder, or the host of a visitor pass
    CredentialType type = CredentialType::Card;
    CredentialStatus status = CredentialStatus::Active;
    QDateTime validFrom;            // UTC
    QDateTime validTo;              // UTC; invalid = open-ended
    QString cardLast4;              // cards: masked display "•••• 5678"
    int failedPinTries = 0;
    QString visitorName;            // visitor passes only
    qint64 replacedBy = 0;
    QDateTime issuedAt;
    QString issuedBy;
    QString statusReason;

    // Holder details joined in for lists (not part of the credential itself).
    QString residentName;
    QString unitLabel;
    QString buildingName;

    QString maskedValue() const;
    bool isBiometric() const { return false; }   // no credential type is biometric, by design
    // Usable at `at`: active, inside its window (validFrom inclusive, validTo exclusive).
    bool isUsableAt(const QDateTime& at) const;
};

inline constexpr int kPinMaxFailedTries = 5;

} // namespace cg::core
