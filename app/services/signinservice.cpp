#include "services/signinservice.h"

#include "core/clock.h"
#include "security/passwordhasher.h"
#include "services/audittrail.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cg::services {

namespace {

using core::Error;

// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller, which breaks easily).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::SignInService)
};

const QString kUser = QStringLiteral("user");

core::Actor actorFor(const core::User& user, const QString& desk)
{
    core::Actor a;
    a.userId = user.id;
    a.name = user.name;
    a.role = user.role;
    a.desk = desk;
    return a;
}

} // namespace

SignInService::SignInService(ServiceDeps deps) : SignInService(std::move(deps), Policy{}) {}

SignInService::SignInService(ServiceDeps deps, Policy policy)
    : m_deps(std::move(deps)), m_policy(policy), m_users(std::make_shared<storage::UserRepository>(m_deps.database))
{
}

SignInService::~SignInService() = default;

int SignInService::lockSeconds(int failures) const
{
    if (failures < m_policy.freeAttempts)
        return 0;
    const int doublings = qMin(failures - m_policy.freeAttempts, 20);
    const qint64 delay = qint64(m_policy.baseDelaySeconds) << doublings;
    return int(qMin<qint64>(delay, m_policy.maxDelaySeconds));
}

core::Result<core::Actor> SignInService::signIn(const QString& name, const QString& password, const QString& desk)
{
    return check(name.trimmed(), password, desk, QStringLiteral("signin"));
}

core::Status SignInService::unlock(const core::Actor& actor, const QString& password)
{
    auto result = check(actor.name, password, actor.desk, QStringLiteral("session.unlock"));
    if (!result)
        return result.error();
    if (result->userId != actor.userId)
        return Error::make(Error::Kind::PermissionDenied, Tr::tr("Only the signed-in user can unlock."));
    return {};
}

core::Result<core::Actor> SignInService::check(const QString& name, const QString& password, const QString& desk,
                                               const QString& successAction)
{
    const auto wrong = [] {
        return Error::invalid(QStringLiteral("password"), Tr::tr("The user name or the password is wrong."));
    };
    auto found = m_users->byName(name);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        if (m_dummyHash.isEmpty())
            m_dummyHash = security::PasswordHasher::hash(QStringLiteral("not a real account"));
        (void)security::PasswordHasher::verify(m_dummyHash, password);
        // The typed name is not recorded: people type passwords into it.
        core::Actor unknown;
        unknown.name = Tr::tr("(unknown user)");
        unknown.desk = desk;
        m_deps.audit->recordDetached(unknown, QStringLiteral("signin.failed"), kUser, {},
                                     QJsonObject{{QStringLiteral("reason"), QStringLiteral("unknown_user")}});
        return wrong();
    }
    const core::User user = found->value();
    const core::Actor actor = actorFor(user, desk);
    const QDateTime now = m_deps.clock->nowUtc();

    if (user.lockedUntil.isValid() && user.lockedUntil > now) {
        const int seconds = int(qMax<qint64>(1, (now.msecsTo(user.lockedUntil) + 999) / 1000));
        m_deps.audit->recordDetached(actor, QStringLiteral("signin.locked"), kUser, QString::number(user.id),
                                     QJsonObject{{QStringLiteral("seconds_left"), seconds}});
        return Error::make(Error::Kind::PermissionDenied,
                           QCoreApplication::translate("cg::services::SignInService", "Too many wrong passwords. Try again in %n second(s).", nullptr, seconds),
                           QStringLiteral("signin.locked"));
    }

    auto stored = m_users->passwordHash(user.id);
    if (!stored)
        return stored.error();
    if (!security::PasswordHasher::verify(stored.value(), password)) {
        const int failures = user.failedAttempts + 1;
        const int lock = lockSeconds(failures);
        const QDateTime until = lock > 0 ? now.addSecs(lock) : QDateTime();
        if (auto status = m_users->recordFailure(user.id, failures, until); !status)
            return status.error();
        m_deps.audit->recordDetached(actor, QStringLiteral("signin.failed"), kUser, QString::number(user.id),
                                     QJsonObject{{QStringLiteral("attempt"), failures},
                                                 {QStringLiteral("locked_seconds"), lock}});
        if (lock > 0)
            return Error::make(Error::Kind::PermissionDenied,
                               QCoreApplication::translate("cg::services::SignInService",
                                                           "The password is wrong. After repeated failures this "
                                                           "account is locked for %n second(s).",
                                                           nullptr, lock),
                               QStringLiteral("signin.locked"));
        return wrong();
    }
    if (user.disabled) {
        m_deps.audit->recordDetached(actor, QStringLiteral("signin.refused"), kUser, QString::number(user.id),
                                     QJsonObject{{QStringLiteral("reason"), QStringLiteral("disabled")}});
        return Error::make(Error::Kind::PermissionDenied,
                           Tr::tr("This account is disabled. Ask an administrator."), QStringLiteral("signin.disabled"));
    }

    // Parameters raised since this hash was made: rehash now that we know the password.
    const QString rehash = security::PasswordHasher::needsRehash(stored.value()) ? security::PasswordHasher::hash(password)
                                                                                 : QString();
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto status = m_users->recordSuccess(user.id, now); !status)
        return status.error();
    if (!rehash.isEmpty()) {
        if (auto status = m_users->setPasswordHash(user.id, rehash); !status)
            return status.error();
    }
    if (auto status = m_deps.audit->record(actor, successAction, kUser, QString::number(user.id)); !status)
        return status.error();
    if (auto status = tx.commit(); !status)
        return status.error();
    return actor;
}

void SignInService::signOut(const core::Actor& actor, const QString& reason)
{
    m_deps.audit->recordDetached(actor, QStringLiteral("signout"), kUser, QString::number(actor.userId),
                                 QJsonObject{{QStringLiteral("reason"), reason}});
}

void SignInService::locked(const core::Actor& actor)
{
    m_deps.audit->recordDetached(actor, QStringLiteral("session.lock"), kUser, QString::number(actor.userId));
}

} // namespace cg::services
