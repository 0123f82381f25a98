#pragma once

#include "services/alternativeaccess.h"
#include "services/coverageservice.h"
#include "services/credentialservice.h"

#include <QCoreApplication>
#include <memory>

namespace cg::services {

// The consent desk's way to keep the coverage invariant: when a resident
// refuses or withdraws face consent, confirm the credential they already hold
// or issue one that every entitled door reads. A QR code is preferred (no
// hardware needed, printable at once); a PIN when some door has only a keypad.
// Runs inside the caller's transaction (CredentialService nests as a savepoint).
class CredentialAlternativeAccess final : public AlternativeAccess
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::CredentialAlternativeAccess)
public:
    explicit CredentialAlternativeAccess(ServiceDeps deps);

    core::Result<Outcome> ensureFor(const core::Actor& actor, qint64 residentId) override;
    core::Result<bool> isCovered(qint64 residentId) override;

private:
    CredentialService m_credentials;
    CoverageService m_coverage;
};

} // namespace cg::services
