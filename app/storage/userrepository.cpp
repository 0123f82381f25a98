#include "storage/userrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>
#include <QVariantList>

namespace cg::storage {

namespace {

const QString kSelect = QStringLiteral("SELECT id, name, display_name, role, disabled, failed_attempts, locked_until,"
                                       " created_at, last_sign_in_at, version FROM users");

QVariant utc(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime readUtc(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

core::User readUser(const QSqlQuery& q)
{
    core::User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = core::roleFromKey(q.value(3).toString()).value_or(core::Role::Clerk);
    u.disabled = q.value(4).toBool();
    u.failedAttempts = q.value(5).toInt();
    u.lockedUntil = readUtc(q.value(6));
    u.createdAt = readUtc(q.value(7));
    u.lastSignInAt = readUtc(q.value(8));
    u.version = q.value(9).toInt();
    return u;
}

core::Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    auto q = prepare(db, sql);
    if (!q)
        return q.error();
    for (const QVariant& v : binds)
        q->addBindValue(v);
    if (auto status = exec(*q); !status)
        return status.error();
    return q;
}

core::Status change(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    auto q = run(db, sql, binds);
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return core::Error::make(core::Error::Kind::NotFound, QStringLiteral("user not found"), QStringLiteral("user.missing"));
    return {};
}

core::Result<std::optional<core::User>> one(const QSqlDatabase& db, const QString& where, const QVariant& value)
{
    auto q = run(db, kSelect + QStringLiteral(" WHERE ") + where, {value});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<core::User>();
    return std::optional<core::User>(readUser(*q));
}

} // namespace

UserRepository::UserRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

core::Result<qint64> UserRepository::count() const
{
    auto q = run(m_database->connection(), QStringLiteral("SELECT count(*) FROM users"), {});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

core::Result<qint64> UserRepository::countActiveAdministrators(qint64 excludingId) const
{
    auto q = run(m_database->connection(),
                 QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator' AND disabled = 0 AND id <> ?"),
                 {excludingId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

core::Result<std::optional<core::User>> UserRepository::byId(qint64 id) const
{
    return one(m_database->connection(), QStringLiteral("id = ?"), id);
}

core::Result<std::optional<core::User>> UserRepository::byName(const QString& name) const
{
    return one(m_database->connection(), QStringLiteral("name = ?"), name);
}

core::Result<QList<core::User>> UserRepository::all() const
{
    auto q = run(m_database->connection(), kSelect + QStringLiteral(" ORDER BY name"), {});
    if (!q)
        return q.error();
    QList<core::User> users;
    while (q->next())
        users.append(readUser(*q));
    return users;
}

core::Result<QString> UserRepository::passwordHash(qint64 id) const
{
    auto q = run(m_database->connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

core::Result<qint64> UserRepository::insert(const core::User& user, const QString& passwordHash)
{
    auto q = run(m_database->connection(),
                 QStringLiteral("INSERT INTO users (name, display_name, role, password_hash, disabled, created_at)"
                                " VALUES (?, ?, ?, ?, ?, ?)"),
                 {user.name, user.displayName.isNull() ? QStringLiteral("") : user.displayName,
                  core::roleKey(user.role), passwordHash, user.disabled ? 1 : 0, utc(user.createdAt)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

core::Status UserRepository::setDisabled(qint64 id, bool disabled)
{
    return change(m_database->connection(),
                  QStringLiteral("UPDATE users SET disabled = ?, version = version + 1 WHERE id = ?"),
                  {disabled ? 1 : 0, id});
}

core::Status UserRepository::setRole(qint64 id, core::Role role)
{
    return change(m_database->connection(), QStringLiteral("UPDATE users SET role = ?, version = version + 1 WHERE id = ?"),
                  {core::roleKey(role), id});
}

core::Status UserRepository::setPasswordHash(qint64 id, const QString& passwordHash)
{
    return change(m_database->connection(),
                  QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL,"
                                 " version = version + 1 WHERE id = ?"),
                  {passwordHash, id});
}

core::Status UserRepository::recordFailure(qint64 id, int attempts, const QDateTime& lockedUntil)
{
    return change(m_database->connection(),
                  QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                  {attempts, utc(lockedUntil), id});
}

core::Status UserRepository::recordSuccess(qint64 id, const QDateTime& at)
{
    return change(m_database->connection(),
                  QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ?"
                                 " WHERE id = ?"),
                  {utc(at), id});
}

} // namespace cg::storage
