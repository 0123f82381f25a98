#pragma once

#include "core/actor.h"
#include "core/permissions.h"

#include <QObject>

namespace cg::ui {

// Who is signed in at this desk. Pages get a pointer (owned by main.cpp) and
// ask it for the actor to pass to services, and use can() only to hide what a
// role may not do — services enforce the rules. Lives on the GUI thread.
class Session final : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);

    bool isSignedIn() const { return m_signedIn; }
    const core::Actor& actor() const { return m_actor; }
    bool can(core::Permission permission) const;
    bool isLocked() const { return m_locked; }

    // "李娜 · Clerk": for the status bar and the lock screen.
    QString summary() const;

    void signIn(const core::Actor& actor);
    void signOut();
    void setLocked(bool locked);

Q_SIGNALS:
    // A different user (or nobody) is now signed in: refresh what you show.
    void changed();
    void lockedChanged(bool locked);

private:
    core::Actor m_actor;
    bool m_signedIn = false;
    bool m_locked = false;
};

} // namespace cg::ui
