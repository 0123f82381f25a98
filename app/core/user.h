#pragma once

#include "core/actor.h"

#include <QDateTime>
#include <QString>

namespace cg::core {

// An operator of the console (clerk, manager, administrator, auditor). The
// password hash stays in storage; it is never part of this value.
struct User
{
    qint64 id = 0;
    QString name;            // sign-in name, unique
    QString displayName;     // shown in the status bar and reports
    Role role = Role::Clerk;
    bool disabled = false;
    int failedAttempts = 0;  // consecutive failed sign-ins
    QDateTime lockedUntil;   // UTC; invalid when not locked
    QDateTime createdAt;     // UTC
    QDateTime lastSignInAt;  // UTC; invalid before the first sign-in
    int version = 1;

    QString shownName() const { return displayName.isEmpty() ? name : displayName; }
};

} // namespace cg::core
