#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "services/servicedeps.h"

#include <memory>

namespace cg::storage {
class UserRepository;
}

namespace cg::services {

// Signing in, unlocking the idle lock and signing out, all audited. After
// `freeAttempts` consecutive failures an account is locked for a delay that
// doubles with every further failure (30 s, 60 s, 2 min, ... up to 15 min);
// while locked even the right password is refused. The count lives in the
// database, so restarting the console does not reset it. Time comes from
// core::Clock (tests use a fake one).
class SignInService final
{
public:
    struct Policy
    {
        int freeAttempts = 3;
        int baseDelaySeconds = 30;
        int maxDelaySeconds = 15 * 60;
    };

    explicit SignInService(ServiceDeps deps);
    SignInService(ServiceDeps deps, Policy policy);
    ~SignInService();

    // The actor to pass to services, or: Invalid (wrong name or password),
    // PermissionDenied with code "signin.locked" (try later) or "signin.disabled".
    core::Result<core::Actor> signIn(const QString& name, const QString& password, const QString& desk);
    // The idle lock: the same user proves it is still them. Same lockout rules.
    core::Status unlock(const core::Actor& actor, const QString& password);
    void signOut(const core::Actor& actor, const QString& reason);   // "signout", "switch_user", "quit"
    void locked(const core::Actor& actor);                           // audited "session.lock"

    // Seconds of lockout after `failures` consecutive failures (0 below the threshold).
    int lockSeconds(int failures) const;
    const Policy& policy() const { return m_policy; }

private:
    core::Result<core::Actor> check(const QString& name, const QString& password, const QString& desk,
                                    const QString& successAction);

    ServiceDeps m_deps;
    Policy m_policy;
    std::shared_ptr<storage::UserRepository> m_users;
    QString m_dummyHash;   // verified against for unknown names, so timing does not reveal them
};

} // namespace cg::services
