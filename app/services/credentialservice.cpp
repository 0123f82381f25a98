#include "services/credentialservice.h"

#include "core/clock.h"
#include "core/pinpolicy.h"
#include "core/qrtoken.h"
#include "security/keyring.h"
#include "security/passwordhasher.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cg::services {

namespace {

using core::CredentialStatus;
using core::CredentialType;
using core::Error;
using core::Permission;
using core::Result;

constexpr int kMaxVisitorDays = 30;

QString recordId(qint64 id)
{
    return QString::number(id);
}

QByteArray cardAssociatedData(qint64 id)
{
    return QByteArrayLiteral("credential:") + QByteArray::number(id) + QByteArrayLiteral(":card");
}

// Tenants' credentials end with the lease: midnight after the lease's last day.
QDateTime leaseEndMoment(const QDate& leaseEnd)
{
    return QDateTime(leaseEnd.addDays(1), QTime(0, 0)).toUTC();
}

} // namespace

CredentialService::CredentialService(ServiceDeps deps)
    : m_deps(std::move(deps)), m_credentials(m_deps.database), m_access(m_deps.database)
{
}

Result<IssuedCredential> CredentialService::issue(const core::Actor& actor, const IssueRequest& request)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::IssueCredentials, QStringLiteral("resident"),
                                            recordId(request.residentId));
        !s)
        return s.error();
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto issued = issueInTransaction(actor, request, QStringLiteral("credential.issue"));
    if (!issued)
        return issued.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return issued;
}

Result<IssuedCredential> CredentialService::issueInTransaction(const core::Actor& actor, const IssueRequest& request,
                                                               const QString& auditAction)
{
    const QDateTime now = m_deps.clock->nowUtc();
    auto holder = m_access.holder(request.residentId);
    if (!holder)
        return Error::invalid(QStringLiteral("resident"), tr("Choose the resident who receives the credential."));
    if (!holder->livesHereOn(now.toLocalTime().date()))
        return Error::invalid(QStringLiteral("resident"),
                              tr("%1 has moved out; credentials are only issued to current residents.").arg(holder->name));

    storage::NewCredential row;
    row.residentId = request.residentId;
    row.type = request.type;
    row.issuedAt = now;
    row.issuedBy = actor.name;
    row.validFrom = request.validFrom.isValid() ? request.validFrom.toUTC() : now;
    row.validTo = request.validTo.isValid() ? request.validTo.toUTC() : QDateTime();
    if (!row.validTo.isValid() && holder->role == QLatin1String("tenant") && holder->leaseEnd.isValid())
        row.validTo = leaseEndMoment(holder->leaseEnd);
    if (row.validTo.isValid() && row.validTo <= row.validFrom)
        return Error::invalid(QStringLiteral("valid_to"), tr("The end of validity must be after its start."));
    if (row.validTo.isValid() && row.validTo <= now)
        return Error::invalid(QStringLiteral("valid_to"), tr("The end of validity is already in the past."));

    IssuedCredential result;
    result.holder = holder.value();
    switch (request.type) {
    case CredentialType::Card: {
        auto card = core::CardNumber::parse(request.cardNumber);
        if (!card)
            return card.error();
        row.cardLookup = m_deps.keys->lookupHash("card", card->canonical().toLatin1());
        row.cardLast4 = card->last4();
        result.card = card.value();
        break;
    }
    case CredentialType::Pin: {
        const QString pin = core::PinPolicy::generate(request.pinLength, holder->birthDate);
        row.pinHash = security::PasswordHasher::hashPeppered(pin, m_deps.keys->pinPepper());
        result.secret = pin;
        break;
    }
    case CredentialType::VisitorPass:
        if (request.visitorName.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("visitor_name"), tr("Enter the visitor's name."));
        if (!row.validTo.isValid() || !request.validTo.isValid())
            return Error::invalid(QStringLiteral("valid_to"), tr("A visitor pass needs an end of validity."));
        if (row.validFrom.daysTo(row.validTo) > kMaxVisitorDays)
            return Error::invalid(QStringLiteral("valid_to"),
                                  tr("A visitor pass is valid for at most %1 days.").arg(kMaxVisitorDays));
        row.visitorName = request.visitorName.trimmed();
        [[fallthrough]];
    case CredentialType::Qr: {
        const core::QrToken token = core::QrToken::generate();
        row.qrLookup = m_deps.keys->lookupHash("qr", token.bytes());
        result.secret = token.payload();
        break;
    }
    }

    auto id = m_credentials.insert(row);
    if (!id)
        return id.error();
    if (result.card) {
        const QByteArray sealed = m_deps.keys->seal(result.card->canonical().toLatin1(), cardAssociatedData(id.value()));
        if (auto s = m_credentials.setCardSealed(id.value(), sealed); !s)
            return s.error();
    }
    auto stored = m_credentials.byId(id.value());
    if (!stored)
        return stored.error();
    result.credential = stored->credential;

    QJsonObject details{{QStringLiteral("type"), core::credentialTypeKey(request.type)},
                        {QStringLiteral("resident_id"), request.residentId},
                        {QStringLiteral("valid_from"), storage::storedTime(row.validFrom)},
                        {QStringLiteral("valid_to"), row.validTo.isValid() ? storage::storedTime(row.validTo) : QString()}};
    if (request.type == CredentialType::Card) {
        details.insert(QStringLiteral("card_last4"), row.cardLast4);
        details.insert(QStringLiteral("from_reader"), request.fromReader);
    }
    if (request.type == CredentialType::VisitorPass)
        details.insert(QStringLiteral("visitor"), row.visitorName);
    if (auto s = m_deps.audit->record(actor, auditAction, QStringLiteral("credential"), recordId(id.value()), details); !s)
        return s.error();
    if (auto s = m_access.refreshCoverageColumn(request.residentId, now, now.toLocalTime().date()); !s)
        return s.error();
    return result;
}

Result<QList<IssuedCredential>> CredentialService::issueQrForBuilding(const core::Actor& actor, qint64 buildingId,
                                                                      const QDateTime& validTo, bool onlyUncovered)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::IssueCredentials, QStringLiteral("building"),
                                            recordId(buildingId));
        !s)
        return s.error();
    const QDateTime now = m_deps.clock->nowUtc();
    auto holders = m_access.holdersInBuilding(buildingId, now.toLocalTime().date());
    if (!holders)
        return holders.error();
    if (holders->isEmpty())
        return Error::invalid(QStringLiteral("building"), tr("Nobody lives in this building."));
    QSet<qint64> uncovered;
    if (onlyUncovered) {
        auto violations = m_access.violations(now, now.toLocalTime().date(), 1'000'000);
        if (!violations)
            return violations.error();
        for (const auto& v : violations.value())
            uncovered.insert(v.residentId);
    }
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    QList<IssuedCredential> issued;
    for (const storage::Holder& h : holders.value()) {
        if (onlyUncovered && !uncovered.contains(h.residentId))
            continue;
        IssueRequest request;
        request.residentId = h.residentId;
        request.type = CredentialType::Qr;
        request.validTo = validTo;
        auto one = issueInTransaction(actor, request, QStringLiteral("credential.issue"));
        if (!one)
            return one.error();
        issued.append(one.value());
    }
    if (auto s = m_deps.audit->record(actor, QStringLiteral("credential.batch_issue"), QStringLiteral("building"),
                                      recordId(buildingId),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("qr")},
                                                  {QStringLiteral("count"), int(issued.size())}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return issued;
}

core::Status CredentialService::changeStatus(const core::Actor& actor, qint64 id, CredentialStatus to,
                                             const QString& reason, const QString& action)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ManageCredentials, QStringLiteral("credential"), recordId(id)); !s)
        return s;
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto stored = m_credentials.byId(id);
    if (!stored)
        return stored.error();
    const CredentialStatus from = stored->credential.status;
    const bool allowed = (to == CredentialStatus::Suspended && from == CredentialStatus::Active)
                         || (to == CredentialStatus::Active && from == CredentialStatus::Suspended)
                         || (to == CredentialStatus::Revoked
                             && (from == CredentialStatus::Active || from == CredentialStatus::Suspended));
    if (!allowed)
        return Error::make(Error::Kind::Conflict,
                           tr("This credential is %1; it cannot be changed to %2.")
                               .arg(core::credentialStatusName(from), core::credentialStatusName(to)),
                           QStringLiteral("credential.status"));
    if (to == CredentialStatus::Active && stored->credential.validTo.isValid()
        && stored->credential.validTo <= m_deps.clock->nowUtc())
        return Error::make(Error::Kind::Conflict, tr("This credential has expired; issue a new one."),
                           QStringLiteral("credential.expired"));
    if (auto s = m_credentials.setStatus(id, stored->version, to, reason, m_deps.clock->nowUtc()); !s)
        return s;
    if (auto s = m_deps.audit->record(actor, action, QStringLiteral("credential"), recordId(id),
                                      QJsonObject{{QStringLiteral("from"), core::credentialStatusKey(from)},
                                                  {QStringLiteral("to"), core::credentialStatusKey(to)},
                                                  {QStringLiteral("reason"), reason},
                                                  {QStringLiteral("resident_id"), stored->credential.residentId}});
        !s)
        return s;
    const QDateTime now = m_deps.clock->nowUtc();
    if (auto s = m_access.refreshCoverageColumn(stored->credential.residentId, now, now.toLocalTime().date()); !s)
        return s;
    return tx.commit();
}

core::Status CredentialService::suspend(const core::Actor& actor, qint64 id, const QString& reason)
{
    return changeStatus(actor, id, CredentialStatus::Suspended, reason, QStringLiteral("credential.suspend"));
}

core::Status CredentialService::reactivate(const core::Actor& actor, qint64 id)
{
    return changeStatus(actor, id, CredentialStatus::Active, {}, QStringLiteral("credential.reactivate"));
}

core::Status CredentialService::revoke(const core::Actor& actor, qint64 id, const QString& reason)
{
    return changeStatus(actor, id, CredentialStatus::Revoked, reason, QStringLiteral("credential.revoke"));
}

Result<IssuedCredential> CredentialService::reportLostAndReplace(const core::Actor& actor, qint64 id,
                                                                 IssueRequest replacement)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ManageCredentials, QStringLiteral("credential"), recordId(id)); !s)
        return s.error();
    if (auto s = m_deps.authorizer->require(actor, Permission::IssueCredentials, QStringLiteral("credential"), recordId(id)); !s)
        return s.error();
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto old = m_credentials.byId(id);
    if (!old)
        return old.error();
    const core::Credential& c = old->credential;
    if (c.status != CredentialStatus::Active && c.status != CredentialStatus::Suspended)
        return Error::make(Error::Kind::Conflict,
                           tr("This credential is %1; only a live credential can be reported lost.")
                               .arg(core::credentialStatusName(c.status)),
                           QStringLiteral("credential.status"));
    const QDateTime now = m_deps.clock->nowUtc();
    // Revoke first: the lost card must stop opening doors even if the
    // replacement fails — and then the whole transaction rolls back.
    if (auto s = m_credentials.setStatus(id, old->version, CredentialStatus::Lost, tr("Reported lost"), now); !s)
        return s.error();
    replacement.residentId = c.residentId;
    replacement.type = c.type;
    if (!replacement.validTo.isValid() && c.validTo.isValid())
        replacement.validTo = c.validTo;
    if (c.type == CredentialType::VisitorPass && replacement.visitorName.isEmpty())
        replacement.visitorName = c.visitorName;
    auto issued = issueInTransaction(actor, replacement, QStringLiteral("credential.replace"));
    if (!issued)
        return issued.error();
    auto reloaded = m_credentials.byId(id);
    if (!reloaded)
        return reloaded.error();
    if (auto s = m_credentials.setStatus(id, reloaded->version, CredentialStatus::Lost, tr("Reported lost"), now,
                                         issued->credential.id);
        !s)
        return s.error();
    if (auto s = m_deps.audit->record(actor, QStringLiteral("credential.lost"), QStringLiteral("credential"), recordId(id),
                                      QJsonObject{{QStringLiteral("replaced_by"), issued->credential.id},
                                                  {QStringLiteral("resident_id"), c.residentId}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return issued;
}

core::Status CredentialService::resetPinTries(const core::Actor& actor, qint64 id)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ManageCredentials, QStringLiteral("credential"), recordId(id)); !s)
        return s;
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto stored = m_credentials.byId(id);
    if (!stored)
        return stored.error();
    if (stored->credential.type != CredentialType::Pin)
        return Error::invalid(QStringLiteral("credential"), tr("Only a PIN has failed tries to reset."));
    if (auto s = m_credentials.setFailedPinTries(id, 0); !s)
        return s;
    if (auto s = m_deps.audit->record(actor, QStringLiteral("credential.pin_unlock"), QStringLiteral("credential"), recordId(id),
                                      QJsonObject{{QStringLiteral("failed_tries"), stored->credential.failedPinTries}});
        !s)
        return s;
    return tx.commit();
}

Result<int> CredentialService::expireDue(const core::Actor& actor)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ManageCredentials); !s)
        return s.error();
    const QDateTime now = m_deps.clock->nowUtc();
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto due = m_credentials.dueForExpiry(now);
    if (!due)
        return due.error();
    for (qint64 id : due.value()) {
        auto stored = m_credentials.byId(id);
        if (!stored)
            return stored.error();
        if (auto s = m_credentials.setStatus(id, stored->version, CredentialStatus::Expired, tr("Validity ended"), now); !s)
            return s.error();
        if (auto s = m_deps.audit->record(actor, QStringLiteral("credential.expire"), QStringLiteral("credential"),
                                          recordId(id),
                                          QJsonObject{{QStringLiteral("valid_to"), storage::storedTime(stored->credential.validTo)},
                                                      {QStringLiteral("resident_id"), stored->credential.residentId}});
            !s)
            return s.error();
        if (auto s = m_access.refreshCoverageColumn(stored->credential.residentId, now, now.toLocalTime().date()); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(due->size());
}

Result<QList<core::Credential>> CredentialService::list(const core::Actor& actor, const storage::CredentialFilter& filter) const
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewCredentials); !s)
        return s.error();
    return m_credentials.list(filter);
}

Result<int> CredentialService::count(const core::Actor& actor, const storage::CredentialFilter& filter) const
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewCredentials); !s)
        return s.error();
    return m_credentials.count(filter);
}

Result<core::Credential> CredentialService::credential(const core::Actor& actor, qint64 id) const
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewCredentials); !s)
        return s.error();
    auto stored = m_credentials.byId(id);
    if (!stored)
        return stored.error();
    return stored->credential;
}

Result<storage::Holder> CredentialService::holder(const core::Actor& actor, qint64 residentId) const
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewCredentials); !s)
        return s.error();
    return m_access.holder(residentId);
}

Result<QList<storage::BuildingRef>> CredentialService::buildings(const core::Actor& actor) const
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewCredentials); !s)
        return s.error();
    return m_access.buildings();
}

Result<core::CardNumber> CredentialService::revealCardNumber(const core::Actor& actor, qint64 id)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ManageCredentials, QStringLiteral("credential"), recordId(id)); !s)
        return s.error();
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto stored = m_credentials.byId(id);
    if (!stored)
        return stored.error();
    if (stored->cardSealed.isEmpty())
        return Error::invalid(QStringLiteral("credential"), tr("This credential is not a card."));
    auto plain = m_deps.keys->open(stored->cardSealed, cardAssociatedData(id));
    if (!plain)
        return plain.error();
    auto card = core::CardNumber::parse(QString::fromLatin1(plain.value()));
    if (!card)
        return card.error();
    if (auto s = m_deps.audit->record(actor, QStringLiteral("credential.read_card"), QStringLiteral("credential"), recordId(id)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return card;
}

Result<qint64> CredentialService::addEntitlementException(const core::Actor& actor, const core::EntitlementException& e)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ManageCredentials, QStringLiteral("resident"),
                                            recordId(e.residentId));
        !s)
        return s.error();
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto door = m_access.door(e.doorId);
    if (!door)
        return door.error();
    if (!door->has_value())
        return Error::invalid(QStringLiteral("door"), tr("Choose an existing door."));
    auto id = m_access.addException(e, m_deps.clock->nowUtc(), actor.name);
    if (!id)
        return id.error();
    if (auto s = m_deps.audit->record(actor, QStringLiteral("entitlement.exception"), QStringLiteral("resident"),
                                      recordId(e.residentId),
                                      QJsonObject{{QStringLiteral("door_id"), e.doorId},
                                                  {QStringLiteral("effect"), e.grant ? QStringLiteral("grant") : QStringLiteral("deny")},
                                                  {QStringLiteral("reason"), e.reason}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace cg::services
