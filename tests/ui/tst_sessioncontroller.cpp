// Sign-in before the main window, the idle lock and "Switch user", driven
// through the real widgets under the offscreen platform.
#include "../services/fixture.h"
#include "services/signinservice.h"
#include "services/userservice.h"
#include "ui/dialogs/signindialog.h"
#include "ui/idlewatcher.h"
#include "ui/lockscreen.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/sessioncontroller.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace cg;

namespace {

template <typename W>
W* child(QWidget* parent, const char* name)
{
    W* w = parent->findChild<W*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QString statusText(ui::MainWindow& window)
{
    QStringList texts;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}

} // namespace

class tst_SessionController : public QObject
{
    Q_OBJECT

    struct Setup
    {
        test::ServiceFixture f;
        services::UserService users{f.deps};
        services::SignInService signIn{f.deps};
        ui::Session session;
        ui::MainWindow window{nullptr};
        ui::SessionController controller{&window, &session, &signIn, &users, QStringLiteral("desk-7")};

        void addUsers()
        {
            if (!users.createFirstAdministrator(core::Actor::system(), QStringLiteral("chief"), QStringLiteral("王经理"),
                                                QStringLiteral("chief-password")))
                qFatal("admin");
            if (!users.create(core::Actor::system(), QStringLiteral("lina"), QStringLiteral("李娜"), core::Role::Clerk,
                              QStringLiteral("clerk-password")))
                qFatal("clerk");
        }
    };

    static void signInThrough(ui::SignInDialog* dialog, const QString& name, const QString& password)
    {
        child<QLineEdit>(dialog, "userName")->setText(name);
        child<QLineEdit>(dialog, "password")->setText(password);
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    }

private Q_SLOTS:
    void signInBeforeTheMainWindow()
    {
        Setup s;
        s.addUsers();
        s.controller.start();
        QTRY_VERIFY(s.controller.signInDialog() && s.controller.signInDialog()->isVisible());
        QVERIFY(!s.window.isVisible());

        signInThrough(s.controller.signInDialog(), QStringLiteral("chief"), QStringLiteral("not-the-password"));
        QTRY_VERIFY(!s.controller.signInDialog()->message().isEmpty());
        QVERIFY(!s.window.isVisible());
        QVERIFY(!s.session.isSignedIn());
        QVERIFY(child<QLineEdit>(s.controller.signInDialog(), "password")->text().isEmpty());

        signInThrough(s.controller.signInDialog(), QStringLiteral("chief"), QStringLiteral("chief-password"));
        QTRY_VERIFY(s.window.isVisible());
        QVERIFY(s.session.isSignedIn());
        QCOMPARE(s.session.actor().role, core::Role::Administrator);
        QCOMPARE(s.session.actor().desk, QStringLiteral("desk-7"));
        QTRY_VERIFY(!s.controller.signInDialog());   // closed and deleted
        QVERIFY(statusText(s.window).contains(QStringLiteral("chief")));
        QVERIFY(statusText(s.window).contains(QStringLiteral("Administrator")));
        QCOMPARE(s.f.actions(2), (QStringList{QStringLiteral("signin"), QStringLiteral("signin.failed")}));
        // Lock and Switch user sit in the File menu.
        QVERIFY(s.window.fileMenu()->actions().contains(s.controller.lockAction()));
        QVERIFY(s.window.fileMenu()->actions().contains(s.controller.switchUserAction()));
    }

    void idleLockAndUnlock()
    {
        Setup s;
        s.addUsers();
        s.controller.setIdleTimeout(150);
        s.controller.start();
        QTRY_VERIFY(s.controller.signInDialog());
        signInThrough(s.controller.signInDialog(), QStringLiteral("lina"), QStringLiteral("clerk-password"));
        QTRY_VERIFY(s.window.isVisible());

        // Nobody touches the console: it locks by itself.
        QTRY_VERIFY(s.controller.lockScreen()->isVisible());
        QVERIFY(!s.window.isVisible());
        QVERIFY(s.session.isLocked());
        QVERIFY(child<QLabel>(s.controller.lockScreen(), "who")->text().contains(QStringLiteral("lina")));

        child<QLineEdit>(s.controller.lockScreen(), "password")->setText(QStringLiteral("wrong-password"));
        QTest::mouseClick(child<QPushButton>(s.controller.lockScreen(), "unlockButton"), Qt::LeftButton);
        QTRY_VERIFY(!s.controller.lockScreen()->message().isEmpty());
        QVERIFY(s.controller.lockScreen()->isVisible());
        QVERIFY(!s.window.isVisible());

        child<QLineEdit>(s.controller.lockScreen(), "password")->setText(QStringLiteral("clerk-password"));
        QTest::mouseClick(child<QPushButton>(s.controller.lockScreen(), "unlockButton"), Qt::LeftButton);
        QTRY_VERIFY(s.window.isVisible());
        QVERIFY(!s.controller.lockScreen()->isVisible());
        QVERIFY(!s.session.isLocked());
        QVERIFY(s.controller.idleWatcher()->isActive());
        QCOMPARE(s.f.actions(4), (QStringList{QStringLiteral("session.unlock"), QStringLiteral("signin.failed"),
                                              QStringLiteral("session.lock"), QStringLiteral("signin")}));
    }

    void inputKeepsTheConsoleOpen()
    {
        Setup s;
        s.addUsers();
        s.controller.setIdleTimeout(60'000);
        s.controller.start();
        QTRY_VERIFY(s.controller.signInDialog());
        signInThrough(s.controller.signInDialog(), QStringLiteral("lina"), QStringLiteral("clerk-password"));
        QTRY_VERIFY(s.window.isVisible());
        ui::IdleWatcher* idle = s.controller.idleWatcher();
        QVERIFY(idle->isActive());
        QTRY_VERIFY(idle->remainingTime() < 59'800);
        // A key press anywhere restarts the idle period.
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QApplication::sendEvent(s.window.centralWidget(), &key);
        QVERIFY(idle->remainingTime() > 59'800);
        QTRY_VERIFY(idle->remainingTime() < 59'800);
        QMouseEvent click(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QApplication::sendEvent(s.window.centralWidget(), &click);
        QVERIFY(idle->remainingTime() > 59'800);
        QVERIFY(!s.session.isLocked());
    }

    void lockActionAndSwitchUser()
    {
        Setup s;
        s.addUsers();
        s.controller.start();
        QTRY_VERIFY(s.controller.signInDialog());
        signInThrough(s.controller.signInDialog(), QStringLiteral("chief"), QStringLiteral("chief-password"));
        QTRY_VERIFY(s.window.isVisible());

        s.controller.lockAction()->trigger();
        QTRY_VERIFY(s.controller.lockScreen()->isVisible());
        QTest::mouseClick(child<QPushButton>(s.controller.lockScreen(), "switchUserButton"), Qt::LeftButton);
        QTRY_VERIFY(s.controller.signInDialog() && s.controller.signInDialog()->isVisible());
        QVERIFY(!s.session.isSignedIn());
        QVERIFY(!s.window.isVisible());
        QVERIFY(!s.controller.lockScreen()->isVisible());

        signInThrough(s.controller.signInDialog(), QStringLiteral("lina"), QStringLiteral("clerk-password"));
        QTRY_VERIFY(s.window.isVisible());
        QCOMPARE(s.session.actor().name, QStringLiteral("lina"));
        QCOMPARE(s.session.actor().role, core::Role::Clerk);
        QVERIFY(statusText(s.window).contains(QStringLiteral("Clerk")));
        QCOMPARE(s.f.actions(4), (QStringList{QStringLiteral("signin"), QStringLiteral("signout"),
                                              QStringLiteral("session.lock"), QStringLiteral("signin")}));

        // Switch user straight from the File menu.
        s.controller.switchUserAction()->trigger();
        QTRY_VERIFY(s.controller.signInDialog() && s.controller.signInDialog()->isVisible());
        QVERIFY(!s.window.isVisible());
        QVERIFY(s.f.deps.audit->verify().value().intact);
    }

    void alreadySignedInShowsTheWindowAtOnce()
    {
        // The first-run wizard signs its new administrator in before start().
        Setup s;
        s.addUsers();
        auto actor = s.signIn.signIn(QStringLiteral("chief"), QStringLiteral("chief-password"), QStringLiteral("desk-7"));
        QVERIFY(actor);
        s.session.signIn(actor.value());
        s.controller.start();
        QTRY_VERIFY(s.window.isVisible());
        QVERIFY(!s.controller.signInDialog());
        QVERIFY(statusText(s.window).contains(QStringLiteral("chief")));
        QVERIFY(s.controller.idleWatcher());
    }
};

QTEST_MAIN(tst_SessionController)
#include "tst_sessioncontroller.moc"
