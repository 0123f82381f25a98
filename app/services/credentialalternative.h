#pragma once

#include "services/alternativeaccess.h"

#include <memory>

namespace cg::services {

class CredentialService;
class CoverageService;

// AlternativeAccess over the credentials library: when a resident refuses or
// withdraws, the coverage rule is asked which entitled doors no usable
// credential opens; if any, a QR credential (open-ended, covering the
// resident's building and the compound gates) is issued — no card or
// appointment needed, printed as a badge on the spot. Otherwise the covering
// credential is confirmed.
class CredentialAlternative final : public AlternativeAccess
{
public:
    CredentialAlternative(std::shared_ptr<CredentialService> credentials, std::shared_ptr<CoverageService> coverage);

    core::Result<Outcome> ensureFor(const core::Actor& actor, qint64 residentId) override;
    core::Result<bool> isCovered(const core::Actor& actor, qint64 residentId) override;

private:
    std::shared_ptr<CredentialService> m_credentials;
    std::shared_ptr<CoverageService> m_coverage;
};

} // namespace cg::services
