#pragma once

#include "core/credential.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <memory>
#include <optional>

namespace cg::storage {

class Database;

// A credential row with the secrets' hashes (never the secrets themselves).
struct StoredCredential
{
    core::Credential credential;
    QByteArray cardLookup;
    QByteArray cardSealed;
    QByteArray qrLookup;
    QString pinHash;
    int version = 1;
};

// What a new credential row holds. Exactly one of cardLookup / pinHash /
// qrLookup is set, matching the type (the table checks it).
struct NewCredential
{
    qint64 residentId = 0;
    core::CredentialType type = core::CredentialType::Card;
    QDateTime validFrom;
    QDateTime validTo;
    QByteArray cardLookup;
    QString cardLast4;
    QByteArray qrLookup;
    QString pinHash;
    QString visitorName;
    QDateTime issuedAt;
    QString issuedBy;
};

struct CredentialFilter
{
    QString text;                                  // holder name or unit label (substring)
    std::optional<core::CredentialType> type;
    std::optional<core::CredentialStatus> status;
    qint64 residentId = 0;                         // 0 = any
    qint64 buildingId = 0;                         // 0 = any
    int limit = 500;
};

// One presentation at a door (the live view and the dashboard read these).
struct CredentialEvent
{
    qint64 id = 0;
    QDateTime at;
    qint64 doorId = 0;
    QString doorName;
    qint64 credentialId = 0;
    qint64 residentId = 0;
    QString residentName;
    QString presentedKind;      // "card", "qr", "unit_pin", "card_pin"
    QString presentedMasked;
    bool allowed = false;
    QString reason;             // VerificationReason key
};

// SQL for credentials and their events. Stateless apart from the database;
// joins the caller's transaction (services open one per use case).
// Thread-safety: use from the thread whose connection it takes.
class CredentialRepository final
{
public:
    explicit CredentialRepository(std::shared_ptr<Database> database);

    // Conflict error (code "credential.duplicate") when the card or QR token
    // is already held by a live credential.
    core::Result<qint64> insert(const NewCredential& row);
    core::Status setCardSealed(qint64 id, const QByteArray& sealed);
    core::Result<StoredCredential> byId(qint64 id) const;
    // The live credential with this hash, else the most recent dead one
    // (so a revoked card is reported as revoked, not unknown).
    core::Result<std::optional<StoredCredential>> findByCardLookup(const QByteArray& hash) const;
    core::Result<std::optional<StoredCredential>> findByQrLookup(const QByteArray& hash) const;
    // PIN credentials (most recent first, at most 20) of the residents of the units.
    core::Result<QList<StoredCredential>> pinCredentialsOfUnits(const QList<qint64>& unitIds) const;
    core::Result<QList<StoredCredential>> pinCredentialsOfResident(qint64 residentId) const;
    core::Result<QList<core::Credential>> list(const CredentialFilter& filter) const;
    core::Result<int> count(const CredentialFilter& filter) const;

    // Optimistic: fails with Conflict when the row changed since `version`.
    core::Status setStatus(qint64 id, int version, core::CredentialStatus status, const QString& reason,
                           const QDateTime& at, qint64 replacedBy = 0);
    core::Status setFailedPinTries(qint64 id, int tries);
    // Ids of active or suspended credentials whose window ended at or before `at`.
    core::Result<QList<qint64>> dueForExpiry(const QDateTime& at) const;

    core::Result<qint64> recordEvent(const CredentialEvent& event);
    core::Result<QList<CredentialEvent>> recentEvents(int limit, qint64 doorId = 0) const;

private:
    std::shared_ptr<Database> m_database;
};

// ISO-8601 UTC text as stored ("2026-11-26T09:00:00Z"); sorts as time does.
QString storedTime(const QDateTime& t);
QDateTime fromStoredTime(const QVariant& v);

} // namespace cg::storage
