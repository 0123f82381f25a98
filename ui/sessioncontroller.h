#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace cg::services {
class SignInService;
class UserService;
}

namespace cg::ui {

class MainWindow;
class Session;
class IdleWatcher;
class LockScreen;
class SignInDialog;

// Who may see the main window, and when: the sign-in dialog before the window
// (unless the first-run wizard has just signed its administrator in), the lock
// screen after the idle period (setting "security.idle_lock_minutes") or
// Ctrl+L, and "Switch user" for a change of shift. Adds Lock and Switch user
// to the File menu and keeps the status bar's user label current.
// All event-driven (no nested event loops). GUI thread; owned by main.cpp.
class SessionController final : public QObject
{
    Q_OBJECT
public:
    SessionController(MainWindow* window, Session* session, services::SignInService* signIn,
                      services::UserService* users, QString desk, QObject* parent = nullptr);
    ~SessionController() override;

    // Shows the sign-in dialog, or the main window straight away when the
    // session is already signed in (the first-run wizard's administrator);
    // the main window follows a successful sign-in. Quitting there quits the
    // application. A database without users never gets here (main.cpp runs
    // the first-run wizard first).
    void start();
    void lock();
    void switchUser();
    void setIdleTimeout(int milliseconds);   // tests; normally from the setting
    void reloadIdleSetting();

    SignInDialog* signInDialog() const;          // null when not shown
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    QAction* lockAction() const { return m_lockAction; }
    QAction* switchUserAction() const { return m_switchAction; }

private:
    void showSignIn();
    void onSignedIn();
    void unlocked();
    void retranslate();
    bool eventFilter(QObject* watched, QEvent* event) override;

    MainWindow* m_window = nullptr;
    Session* m_session = nullptr;
    services::SignInService* m_signIn = nullptr;
    services::UserService* m_users = nullptr;
    QString m_desk;
    IdleWatcher* m_idle = nullptr;
    QPointer<SignInDialog> m_signInDialog;
    LockScreen* m_lockScreen = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_switchAction = nullptr;
    bool m_idleOverridden = false;
};

} // namespace cg::ui
