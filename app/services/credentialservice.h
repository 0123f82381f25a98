#pragma once

#include "core/actor.h"
#include "core/cardnumber.h"
#include "core/credential.h"
#include "core/pinpolicy.h"
#include "core/result.h"
#include "services/servicedeps.h"
#include "storage/accessrepository.h"
#include "storage/credentialrepository.h"

#include <QCoreApplication>
#include <optional>

namespace cg::services {

// What the clerk asks for when issuing one credential.
struct IssueRequest
{
    qint64 residentId = 0;              // holder, or host of a visitor pass
    core::CredentialType type = core::CredentialType::Card;
    QString cardNumber;                 // cards: typed or read (any CardNumber format)
    bool fromReader = false;            // cards: came from a USB reader (recorded in the audit)
    int pinLength = core::PinPolicy::kDefaultLength;
    QString visitorName;                // visitor passes
    QDateTime validFrom;                // default: now
    QDateTime validTo;                  // default: end of the lease day for tenants, else open;
                                        // required for visitor passes (at most 30 days)
};

// The result of issuing. `secret` is the PIN digits or the QR payload: shown
// once (screen, slip, badge) and never retrievable again.
struct IssuedCredential
{
    core::Credential credential;
    storage::Holder holder;
    QString secret;
    std::optional<core::CardNumber> card;
};

// Issuing and the life cycle of cards, PINs, QR codes and visitor passes.
// Every change is permission-checked (IssueCredentials / ManageCredentials)
// and audited inside the same transaction as the change.
// Thread-safety: use from one thread (the one whose connection it uses).
class CredentialService final
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::CredentialService)
public:
    explicit CredentialService(ServiceDeps deps);

    core::Result<IssuedCredential> issue(const core::Actor& actor, const IssueRequest& request);
    // A QR credential for every resident living in the building (optionally
    // only those who hold no usable credential yet), all in one transaction.
    core::Result<QList<IssuedCredential>> issueQrForBuilding(const core::Actor& actor, qint64 buildingId,
                                                             const QDateTime& validTo, bool onlyUncovered);
    core::Status suspend(const core::Actor& actor, qint64 credentialId, const QString& reason);
    core::Status reactivate(const core::Actor& actor, qint64 credentialId);
    core::Status revoke(const core::Actor& actor, qint64 credentialId, const QString& reason);
    // Marks the credential lost and issues its replacement (same holder, type
    // and window unless the request says otherwise) in ONE transaction: either
    // both happen or neither. For a card, request.cardNumber is the new card.
    core::Result<IssuedCredential> reportLostAndReplace(const core::Actor& actor, qint64 credentialId,
                                                        IssueRequest replacement);
    core::Status resetPinTries(const core::Actor& actor, qint64 credentialId);
    // Marks every credential whose window has ended (by the clock) expired.
    core::Result<int> expireDue(const core::Actor& actor);

    core::Result<QList<core::Credential>> list(const core::Actor& actor, const storage::CredentialFilter& filter) const;
    core::Result<int> count(const core::Actor& actor, const storage::CredentialFilter& filter) const;
    core::Result<core::Credential> credential(const core::Actor& actor, qint64 id) const;
    core::Result<storage::Holder> holder(const core::Actor& actor, qint64 residentId) const;
    core::Result<QList<storage::BuildingRef>> buildings(const core::Actor& actor) const;
    // The card number in all formats: an audited read of a sealed value.
    core::Result<core::CardNumber> revealCardNumber(const core::Actor& actor, qint64 credentialId);

    core::Result<qint64> addEntitlementException(const core::Actor& actor, const core::EntitlementException& e);

private:
    core::Result<IssuedCredential> issueInTransaction(const core::Actor& actor, const IssueRequest& request,
                                                      const QString& auditAction);
    core::Status changeStatus(const core::Actor& actor, qint64 id, core::CredentialStatus to, const QString& reason,
                              const QString& action);

    ServiceDeps m_deps;
    storage::CredentialRepository m_credentials;
    storage::AccessRepository m_access;
};

} // namespace cg::services
