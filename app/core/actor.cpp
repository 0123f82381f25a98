#include "core/actor.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace cg::core {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Administrator: return QStringLiteral("administrator");
    case Role::Auditor: return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : {Role::Clerk, Role::Manager, Role::Administrator, Role::Auditor}) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Clerk: return QCoreApplication::translate("cg::core::Role", "Clerk");
    case Role::Manager: return QCoreApplication::translate("cg::core::Role", "Building manager");
    case Role::Administrator: return QCoreApplication::translate("cg::core::Role", "Administrator");
    case Role::Auditor: return QCoreApplication::translate("cg::core::Role", "Auditor");
    }
    return {};
}

Actor Actor::system()
{
    QString osUser = qEnvironmentVariable("USER");
    if (osUser.isEmpty())
        osUser = qEnvironmentVariable("LOGNAME", QStringLiteral("unknown"));
    Actor a;
    a.userId = 0;
    a.name = QStringLiteral("system:") + osUser;
    a.role = Role::Administrator;
    a.desk = QSysInfo::machineHostName();
    return a;
}

} // namespace cg::core
