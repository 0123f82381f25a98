#include "services/userservice.h"

#include "core/clock.h"
#include "core/permissions.h"
#include "security/passwordhasher.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
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
    Q_DECLARE_TR_FUNCTIONS(cg::services::UserService)
};

QString userId(qint64 id)
{
    return QString::number(id);
}

const QString kUser = QStringLiteral("user");

} // namespace

UserService::UserService(ServiceDeps deps)
    : m_deps(std::move(deps)), m_users(std::make_shared<storage::UserRepository>(m_deps.database))
{
}

UserService::~UserService() = default;

core::Status UserService::validateName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(QStringLiteral("name"), Tr::tr("Enter a user name."));
    if (trimmed.size() > 40)
        return Error::invalid(QStringLiteral("name"), Tr::tr("The user name is too long (at most 40 characters)."));
    for (const QChar c : trimmed) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char(':'))
            return Error::invalid(QStringLiteral("name"),
                                  Tr::tr("The user name may not contain spaces, colons or control characters."));
    }
    return {};
}

core::Status UserService::validatePassword(const QString& password, const QString& name)
{
    if (password.size() < kMinimumPasswordLength)
        return Error::invalid(QStringLiteral("password"),
                              Tr::tr("The password must have at least %1 characters.").arg(kMinimumPasswordLength));
    if (password.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
        return Error::invalid(QStringLiteral("password"), Tr::tr("The password may not be the user name."));
    return {};
}

core::Result<bool> UserService::hasUsers() const
{
    auto n = m_users->count();
    if (!n)
        return n.error();
    return n.value() > 0;
}

core::Result<core::User> UserService::createFirstAdministrator(const core::Actor& creator, const QString& name,
                                                               const QString& displayName, const QString& password)
{
    return insertUser(creator, name, displayName, core::Role::Administrator, password, QStringLiteral("user.create_first"),
                      true);
}

core::Result<core::User> UserService::create(const core::Actor& actor, const QString& name, const QString& displayName,
                                             core::Role role, const QString& password)
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::ManageUsers, kUser); !allowed)
        return allowed.error();
    return insertUser(actor, name, displayName, role, password, QStringLiteral("user.create"), false);
}

core::Result<core::User> UserService::insertUser(const core::Actor& actor, const QString& name,
                                                 const QString& displayName, core::Role role, const QString& password,
                                                 const QString& action, bool onlyIfEmpty)
{
    if (auto valid = validateName(name); !valid)
        return valid.error();
    if (auto valid = validatePassword(password, name); !valid)
        return valid.error();
    // Argon2id takes a while: hash before taking the write lock.
    const QString hash = security::PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error::make(Error::Kind::Internal, Tr::tr("The password could not be hashed (out of memory)."));

    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    if (onlyIfEmpty) {
        auto n = m_users->count();
        if (!n)
            return n.error();
        if (n.value() > 0)
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("This database already has users; an administrator creates further accounts."),
                               QStringLiteral("user.not_first"));
    }
    auto clash = m_users->byName(name.trimmed());
    if (!clash)
        return clash.error();
    if (clash->has_value())
        return Error::invalid(QStringLiteral("name"), Tr::tr("The user name “%1” is taken.").arg(name.trimmed()));

    core::User user;
    user.name = name.trimmed();
    user.displayName = displayName.trimmed();
    user.role = role;
    user.createdAt = m_deps.clock->nowUtc();
    auto id = m_users->insert(user, hash);
    if (!id)
        return id.error();
    user.id = id.value();
    if (auto status = m_deps.audit->record(actor, action, kUser, userId(user.id),
                                           QJsonObject{{QStringLiteral("name"), user.name},
                                                       {QStringLiteral("role"), core::roleKey(role)}});
        !status)
        return status.error();
    if (auto status = tx.commit(); !status)
        return status.error();
    return user;
}

int UserService::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_deps.database->setting(QStringLiteral("security.idle_lock_minutes")).toInt(&ok);
    return ok && minutes >= 1 ? minutes : kDefaultIdleLockMinutes;
}

core::Status UserService::setIdleLockMinutes(const core::Actor& actor, int minutes)
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::ManageSettings, QStringLiteral("setting"),
                                                  QStringLiteral("security.idle_lock_minutes"));
        !allowed)
        return allowed;
    if (minutes < 1 || minutes > 240)
        return Error::invalid(QStringLiteral("idle_lock_minutes"),
                              Tr::tr("The idle lock must be between 1 and 240 minutes."));
    const int before = idleLockMinutes();
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto status = m_deps.database->setSetting(QStringLiteral("security.idle_lock_minutes"), QString::number(minutes));
        !status)
        return status;
    if (auto status = m_deps.audit->record(actor, QStringLiteral("settings.change"), QStringLiteral("setting"),
                                           QStringLiteral("security.idle_lock_minutes"),
                                           QJsonObject{{QStringLiteral("from"), before}, {QStringLiteral("to"), minutes}});
        !status)
        return status;
    return tx.commit();
}

core::Result<QList<core::User>> UserService::list(const core::Actor& actor) const
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::ManageUsers, kUser); !allowed)
        return allowed.error();
    return m_users->all();
}

core::Result<core::User> UserService::existing(qint64 id) const
{
    auto user = m_users->byId(id);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error::make(Error::Kind::NotFound, Tr::tr("There is no user with number %1.").arg(id), QStringLiteral("user.missing"));
    return user->value();
}

core::Status UserService::setDisabled(const core::Actor& actor, qint64 id, bool disabled)
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::ManageUsers, kUser, userId(id)); !allowed)
        return allowed;
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto user = existing(id);
    if (!user)
        return user.error();
    if (user->disabled == disabled)
        return {};
    if (disabled && user->role == core::Role::Administrator) {
        auto others = m_users->countActiveAdministrators(id);
        if (!others)
            return others.error();
        if (others.value() == 0)
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("%1 is the last active administrator and cannot be disabled. Make another user an "
                                  "administrator first.")
                                   .arg(user->name),
                               QStringLiteral("user.last_admin"));
    }
    if (auto status = m_users->setDisabled(id, disabled); !status)
        return status;
    if (auto status = m_deps.audit->record(actor, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                                           kUser, userId(id), QJsonObject{{QStringLiteral("name"), user->name}});
        !status)
        return status;
    return tx.commit();
}

core::Status UserService::resetPassword(const core::Actor& actor, qint64 id, const QString& newPassword)
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::ManageUsers, kUser, userId(id)); !allowed)
        return allowed;
    auto user = existing(id);
    if (!user)
        return user.error();
    if (auto valid = validatePassword(newPassword, user->name); !valid)
        return valid;
    const QString hash = security::PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return Error::make(Error::Kind::Internal, Tr::tr("The password could not be hashed (out of memory)."));
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto status = m_users->setPasswordHash(id, hash); !status)
        return status;
    if (auto status = m_deps.audit->record(actor, QStringLiteral("user.reset_password"), kUser, userId(id),
                                           QJsonObject{{QStringLiteral("name"), user->name}});
        !status)
        return status;
    return tx.commit();
}

core::Status UserService::changeRole(const core::Actor& actor, qint64 id, core::Role role)
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::ManageUsers, kUser, userId(id)); !allowed)
        return allowed;
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto user = existing(id);
    if (!user)
        return user.error();
    if (user->role == role)
        return {};
    if (user->role == core::Role::Administrator && !user->disabled) {
        auto others = m_users->countActiveAdministrators(id);
        if (!others)
            return others.error();
        if (others.value() == 0)
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("%1 is the last active administrator and must keep that role. Make another user an "
                                  "administrator first.")
                                   .arg(user->name),
                               QStringLiteral("user.last_admin"));
    }
    if (auto status = m_users->setRole(id, role); !status)
        return status;
    if (auto status = m_deps.audit->record(actor, QStringLiteral("user.change_role"), kUser, userId(id),
                                           QJsonObject{{QStringLiteral("name"), user->name},
                                                       {QStringLiteral("from"), core::roleKey(user->role)},
                                                       {QStringLiteral("to"), core::roleKey(role)}});
        !status)
        return status;
    return tx.commit();
}

core::Status UserService::changeOwnPassword(const core::Actor& actor, const QString& currentPassword,
                                            const QString& newPassword)
{
    if (actor.isSystem())
        return Error::make(Error::Kind::Invalid, Tr::tr("Only a signed-in user can change their own password."));
    auto user = existing(actor.userId);
    if (!user)
        return user.error();
    auto stored = m_users->passwordHash(actor.userId);
    if (!stored)
        return stored.error();
    if (!security::PasswordHasher::verify(stored.value(), currentPassword)) {
        m_deps.audit->recordDetached(actor, QStringLiteral("user.change_password_failed"), kUser, userId(actor.userId));
        return Error::invalid(QStringLiteral("current_password"), Tr::tr("The current password is wrong."));
    }
    if (auto valid = validatePassword(newPassword, user->name); !valid)
        return valid;
    const QString hash = security::PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return Error::make(Error::Kind::Internal, Tr::tr("The password could not be hashed (out of memory)."));
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto status = m_users->setPasswordHash(actor.userId, hash); !status)
        return status;
    if (auto status = m_deps.audit->record(actor, QStringLiteral("user.change_password"), kUser, userId(actor.userId));
        !status)
        return status;
    return tx.commit();
}

} // namespace cg::services
