#include "ui/sessioncontroller.h"

#include "services/signinservice.h"
#include "services/userservice.h"
#include "ui/dialogs/signindialog.h"
#include "ui/icons.h"
#include "ui/idlewatcher.h"
#include "ui/lockscreen.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>

namespace cg::ui {

SessionController::SessionController(MainWindow* window, Session* session, services::SignInService* signIn,
                                     services::UserService* users, QString desk, QObject* parent)
    : QObject(parent), m_window(window), m_session(session), m_signIn(signIn), m_users(users), m_desk(std::move(desk))
{
    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &SessionController::lock);

    m_lockScreen = new LockScreen(m_session, m_signIn);
    connect(m_lockScreen, &LockScreen::unlocked, this, &SessionController::unlocked);
    connect(m_lockScreen, &LockScreen::switchUserRequested, this, &SessionController::switchUser);

    m_lockAction = new QAction(themedIcon(QStringLiteral("system-lock-screen")), QString(), m_window);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &SessionController::lock);
    m_switchAction = new QAction(themedIcon(QStringLiteral("system-switch-user")), QString(), m_window);
    m_switchAction->setObjectName(QStringLiteral("switchUserAction"));
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_switchAction, &QAction::triggered, this, &SessionController::switchUser);
    if (QMenu* file = m_window->fileMenu()) {
        QAction* first = file->actions().value(0);
        file->insertAction(first, m_lockAction);
        file->insertAction(first, m_switchAction);
        file->insertSeparator(first);
    }

    connect(m_session, &Session::changed, this, [this] { m_window->setUserLabel(m_session->summary()); });
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (m_session->isSignedIn())
            m_signIn->signOut(m_session->actor(), QStringLiteral("quit"));
    });
    m_window->installEventFilter(this);
    retranslate();
}

SessionController::~SessionController()
{
    delete m_lockScreen;
    delete m_signInDialog;
}

SignInDialog* SessionController::signInDialog() const
{
    return m_signInDialog.data();
}

void SessionController::start()
{
    // The first-run wizard has just signed its administrator in.
    if (m_session->isSignedIn()) {
        onSignedIn();
        return;
    }
    showSignIn();
}

void SessionController::showSignIn()
{
    auto* dialog = new SignInDialog(m_signIn, m_desk);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog = dialog;
    connect(dialog, &SignInDialog::signedIn, this, [this](const core::Actor& actor) {
        m_session->signIn(actor);
        onSignedIn();
    });
    connect(dialog, &QDialog::rejected, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    dialog->open();
}

void SessionController::onSignedIn()
{
    m_window->setUserLabel(m_session->summary());
    // Show the window before the dialog closes, so the application never
    // sees its last window go away.
    m_window->show();
    m_lockScreen->hide();
    reloadIdleSetting();
    m_idle->start();
}

void SessionController::reloadIdleSetting()
{
    if (!m_idleOverridden)
        m_idle->setTimeout(m_users->idleLockMinutes() * 60 * 1000);
}

void SessionController::setIdleTimeout(int milliseconds)
{
    m_idleOverridden = true;
    m_idle->setTimeout(milliseconds);
}

void SessionController::lock()
{
    if (!m_session->isSignedIn() || m_session->isLocked())
        return;
    m_idle->stop();
    m_signIn->locked(m_session->actor());
    m_session->setLocked(true);
    m_lockScreen->prepare();
    m_lockScreen->setGeometry(m_window->geometry());
    if (m_window->isMaximized() || m_window->isFullScreen())
        m_lockScreen->showMaximized();
    else
        m_lockScreen->show();
    m_lockScreen->activateWindow();
    m_window->hide();
}

void SessionController::unlocked()
{
    m_session->setLocked(false);
    m_window->show();
    m_window->activateWindow();
    m_lockScreen->hide();
    m_idle->start();
}

void SessionController::switchUser()
{
    if (m_session->isSignedIn()) {
        m_signIn->signOut(m_session->actor(), QStringLiteral("switch_user"));
        m_session->signOut();
    }
    m_idle->stop();
    showSignIn();
    m_window->hide();
    m_lockScreen->hide();
}

bool SessionController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SessionController::retranslate()
{
    m_lockAction->setText(tr("&Lock the console"));
    m_switchAction->setText(tr("S&witch user…"));
    m_window->setUserLabel(m_session->summary());
}

} // namespace cg::ui
