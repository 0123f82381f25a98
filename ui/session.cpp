#include "ui/session.h"

namespace cg::ui {

Session::Session(QObject* parent) : QObject(parent) {}

bool Session::can(core::Permission permission) const
{
    return m_signedIn && core::roleAllows(m_actor.role, permission);
}

QString Session::summary() const
{
    if (!m_signedIn)
        return tr("Not signed in");
    return tr("%1 · %2").arg(m_actor.name, core::roleDisplayName(m_actor.role));
}

void Session::signIn(const core::Actor& actor)
{
    m_actor = actor;
    m_signedIn = true;
    m_locked = false;
    Q_EMIT changed();
}

void Session::signOut()
{
    if (!m_signedIn)
        return;
    m_actor = core::Actor{};
    m_signedIn = false;
    m_locked = false;
    Q_EMIT changed();
}

void Session::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    Q_EMIT lockedChanged(locked);
}

} // namespace cg::ui
