#pragma once

#include <QString>

#include <optional>

namespace cg::core {

enum class Role { Clerk, Manager, Administrator, Auditor };

QString roleKey(Role role);                       // stable key stored in the database
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role role);               // translated

// Who is acting: a signed-in operator, or the command line ("system:<os user>").
// Every service call takes the actor so permissions and the audit trail are
// decided in one place.
struct Actor
{
    qint64 userId = 0;           // 0 for the system actor
    QString name;                // user name, or "system:<os user>"
    Role role = Role::Clerk;
    QString desk;                // host name of the desk the action came from

    bool isSystem() const { return userId == 0; }
    static Actor system();       // the CLI actor: administrator rights, named after the OS user
};

} // namespace cg::core
