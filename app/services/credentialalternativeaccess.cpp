#include "services/credentialalternativeaccess.h"

#include "storage/credentialrepository.h"

namespace cg::services {

using core::CredentialType;
using core::Result;

CredentialAlternativeAccess::CredentialAlternativeAccess(ServiceDeps deps) : m_credentials(deps), m_coverage(deps) {}

Result<bool> CredentialAlternativeAccess::isCovered(qint64 residentId)
{
    return m_coverage.isCovered(residentId);
}

Result<AlternativeAccess::Outcome> CredentialAlternativeAccess::ensureFor(const core::Actor& actor, qint64 residentId)
{
    auto uncovered = m_coverage.uncoveredDoors(actor, residentId);
    if (!uncovered)
        return uncovered.error();
    Outcome outcome;
    if (uncovered->isEmpty()) {
        storage::CredentialFilter filter;
        filter.residentId = residentId;
        filter.status = core::CredentialStatus::Active;
        filter.limit = 20;
        auto held = m_credentials.list(actor, filter);
        if (!held)
            return held.error();
        for (const core::Credential& c : held.value()) {
            if (c.type == CredentialType::VisitorPass)
                continue;
            outcome.credentialId = c.id;
            outcome.kind = core::credentialTypeKey(c.type);
            outcome.description = tr("%1 %2 already opens every door and lift of this resident.")
                                      .arg(core::credentialTypeName(c.type), c.maskedValue());
            break;
        }
        return outcome;
    }
    bool allQr = true;
    bool allPin = true;
    for (const core::Door& d : uncovered.value()) {
        allQr = allQr && d.accepts(CredentialType::Qr);
        allPin = allPin && d.accepts(CredentialType::Pin);
    }
    IssueRequest request;
    request.residentId = residentId;
    request.type = allQr || !allPin ? CredentialType::Qr : CredentialType::Pin;
    auto issued = m_credentials.issue(actor, request);
    if (!issued)
        return issued.error();
    outcome.newlyIssued = true;
    outcome.credentialId = issued->credential.id;
    outcome.kind = core::credentialTypeKey(request.type);
    outcome.secretToShow = issued->secret;
    outcome.description = request.type == CredentialType::Qr
                              ? tr("New QR code No. %1 issued: print the badge and hand it over.").arg(issued->credential.id)
                              : tr("New PIN No. %1 issued: print the PIN slip and hand it over.").arg(issued->credential.id);
    return outcome;
}

} // namespace cg::services
