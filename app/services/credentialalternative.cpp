#include "services/credentialalternative.h"

#include "services/coverageservice.h"
#include "services/credentialservice.h"

#include <QLocale>

namespace cg::services {

namespace {

QString describe(const core::Credential& c)
{
    QString text = core::credentialTypeName(c.type);
    if (c.type == core::CredentialType::Card && !c.cardLast4.isEmpty())
        text += QLatin1Char(' ') + c.maskedValue();
    if (c.validTo.isValid())
        text += QLatin1Char(' ')
                + QCoreApplication::translate("cg::services::CredentialAlternative", "(valid until %1)")
                      .arg(c.validTo.toLocalTime().date().toString(Qt::ISODate));
    return text;
}

} // namespace

CredentialAlternative::CredentialAlternative(std::shared_ptr<CredentialService> credentials,
                                             std::shared_ptr<CoverageService> coverage)
    : m_credentials(std::move(credentials)), m_coverage(std::move(coverage))
{
}

core::Result<bool> CredentialAlternative::isCovered(const core::Actor& actor, qint64 residentId)
{
    auto uncovered = m_coverage->uncoveredDoors(actor, residentId);
    if (!uncovered)
        return uncovered.error();
    return uncovered->isEmpty();
}

core::Result<AlternativeAccess::Outcome> CredentialAlternative::ensureFor(const core::Actor& actor, qint64 residentId)
{
    auto covered = isCovered(actor, residentId);
    if (!covered)
        return covered.error();
    Outcome outcome;
    if (covered.value()) {
        storage::CredentialFilter filter;
        filter.residentId = residentId;
        filter.status = core::CredentialStatus::Active;
        auto held = m_credentials->list(actor, filter);
        if (!held)
            return held.error();
        for (const core::Credential& c : held.value()) {
            if (c.type == core::CredentialType::VisitorPass)
                continue;
            outcome.credentialId = c.id;
            outcome.kind = core::credentialTypeKey(c.type);
            outcome.description = describe(c);
            break;
        }
        return outcome;
    }
    IssueRequest request;
    request.residentId = residentId;
    request.type = core::CredentialType::Qr;
    auto issued = m_credentials->issue(actor, request);
    if (!issued)
        return issued.error();
    // Issuing must have closed the gap; if the rule still finds a door, the
    // decision is rolled back rather than leaving the resident without a way in.
    auto after = isCovered(actor, residentId);
    if (!after)
        return after.error();
    if (!after.value())
        return core::Error::make(core::Error::Kind::Conflict,
                                 QCoreApplication::translate("cg::services::CredentialAlternative",
                                                             "A QR code was issued but still does not open every door the "
                                                             "resident may use. Nothing was recorded; check the door "
                                                             "entitlements."),
                                 QStringLiteral("consent.coverage"));
    outcome.newlyIssued = true;
    outcome.credentialId = issued->credential.id;
    outcome.kind = core::credentialTypeKey(issued->credential.type);
    outcome.description = describe(issued->credential);
    outcome.secretToShow = issued->secret;
    return outcome;
}

} // namespace cg::services
