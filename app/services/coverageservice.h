#pragma once

#include "core/accessrules.h"
#include "core/actor.h"
#include "core/result.h"
#include "services/servicedeps.h"
#include "storage/accessrepository.h"
#include "storage/credentialrepository.h"

#include <QCoreApplication>

namespace cg::services {

// The coverage invariant (DOMAIN.md rule 3): every resident without active
// face consent holds at least one active non-biometric credential valid for
// every door and lift they are entitled to. The target is always zero.
// Face consent comes from the `face_consent_active` view, which the consent
// desk provides; until then nobody has it.
// Thread-safety: use from one thread (the one whose connection it uses).
class CoverageService final
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::CoverageService)
public:
    explicit CoverageService(ServiceDeps deps);

    core::Result<int> violationCount(const core::Actor& actor) const;
    core::Result<QList<storage::CoverageViolation>> violations(const core::Actor& actor, int limit, int offset = 0) const;

    // One resident, through the pure rule: the entitled doors none of their
    // usable credentials opens (empty = covered).
    core::Result<QList<core::Door>> uncoveredDoors(const core::Actor& actor, qint64 residentId) const;

    // For other services (no permission check, nothing sensitive): true when
    // the resident needs nothing more.
    core::Result<bool> isCovered(qint64 residentId) const;
    // Recomputes residents.credential_coverage for everyone (start-up, after
    // the clock passed credential end dates). Returns rows changed.
    core::Result<int> refreshAll();

private:
    core::Result<QList<core::Door>> computeUncovered(qint64 residentId) const;

    ServiceDeps m_deps;
    storage::CredentialRepository m_credentials;
    storage::AccessRepository m_access;
};

} // namespace cg::services
