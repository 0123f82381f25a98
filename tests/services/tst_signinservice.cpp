#include "fixture.h"
#include "services/signinservice.h"
#include "services/userservice.h"

#include <QTest>

using namespace cg;

class tst_SignInService : public QObject
{
    Q_OBJECT

    struct Setup
    {
        test::ServiceFixture f;
        services::UserService users{f.deps};
        services::SignInService signIn{f.deps};
        Setup()
        {
            if (!users.createFirstAdministrator(core::Actor::system(), QStringLiteral("admin"), {},
                                                QStringLiteral("right-password")))
                qFatal("admin");
        }
        core::Result<core::Actor> attempt(const QString& password)
        {
            return signIn.signIn(QStringLiteral("admin"), password, QStringLiteral("desk-2"));
        }
    };

private Q_SLOTS:
    void successIsAudited()
    {
        Setup s;
        auto actor = s.attempt(QStringLiteral("right-password"));
        QVERIFY(actor);
        QCOMPARE(actor->name, QStringLiteral("admin"));
        QCOMPARE(actor->role, core::Role::Administrator);
        QCOMPARE(actor->desk, QStringLiteral("desk-2"));
        QVERIFY(actor->userId > 0);
        QCOMPARE(s.f.audit(1).first().action, QStringLiteral("signin"));
        QCOMPARE(s.f.audit(1).first().desk, QStringLiteral("desk-2"));
        s.signIn.signOut(actor.value(), QStringLiteral("switch_user"));
        QCOMPARE(s.f.audit(1).first().action, QStringLiteral("signout"));
    }

    void wrongNameAndPassword()
    {
        Setup s;
        auto unknown = s.signIn.signIn(QStringLiteral("nobody"), QStringLiteral("whatever-pw"), QStringLiteral("d"));
        QVERIFY(!unknown);
        auto wrong = s.attempt(QStringLiteral("wrong-password"));
        QVERIFY(!wrong);
        // The same words for both: the message does not reveal which names exist.
        QCOMPARE(unknown.error().message, wrong.error().message);
        const auto entries = s.f.audit(2);
        QCOMPARE(entries.at(0).action, QStringLiteral("signin.failed"));
        QCOMPARE(entries.at(0).actor, QStringLiteral("admin"));
        QCOMPARE(entries.at(1).action, QStringLiteral("signin.failed"));
        QVERIFY(!entries.at(1).actor.contains(QStringLiteral("nobody")));   // typed names are not logged
    }

    void lockoutGrowsAndExpires()
    {
        Setup s;
        QCOMPARE(s.signIn.lockSeconds(2), 0);
        QCOMPARE(s.signIn.lockSeconds(3), 30);
        QCOMPARE(s.signIn.lockSeconds(4), 60);
        QCOMPARE(s.signIn.lockSeconds(5), 120);
        QCOMPARE(s.signIn.lockSeconds(40), 900);

        QCOMPARE(s.attempt(QStringLiteral("x1-wrong")).error().kind, core::Error::Kind::Invalid);
        QCOMPARE(s.attempt(QStringLiteral("x2-wrong")).error().kind, core::Error::Kind::Invalid);
        auto third = s.attempt(QStringLiteral("x3-wrong"));
        QCOMPARE(third.error().code, QStringLiteral("signin.locked"));
        QVERIFY(third.error().message.contains(QStringLiteral("30")));

        // Locked: even the right password is refused, and that is audited.
        s.f.clock->advance(29'000);
        auto early = s.attempt(QStringLiteral("right-password"));
        QVERIFY(!early);
        QCOMPARE(early.error().code, QStringLiteral("signin.locked"));
        QVERIFY(early.error().message.contains(QStringLiteral("1 second")));
        QCOMPARE(s.f.audit(1).first().action, QStringLiteral("signin.locked"));

        // Another failure after the lock ends doubles the delay.
        s.f.clock->advance(1'000);
        QCOMPARE(s.attempt(QStringLiteral("x4-wrong")).error().code, QStringLiteral("signin.locked"));
        s.f.clock->advance(59'000);
        QVERIFY(!s.attempt(QStringLiteral("right-password")));
        s.f.clock->advance(1'000);
        QCOMPARE(s.attempt(QStringLiteral("x5-wrong")).error().code, QStringLiteral("signin.locked"));
        s.f.clock->advance(120'000);
        QVERIFY(s.attempt(QStringLiteral("right-password")));

        // Success resets the count: two more mistakes do not lock.
        QVERIFY(!s.attempt(QStringLiteral("y1-wrong")));
        QVERIFY(!s.attempt(QStringLiteral("y2-wrong")));
        QVERIFY(s.attempt(QStringLiteral("right-password")));
        QVERIFY(s.f.deps.audit->verify().value().intact);
    }

    void lockoutSurvivesRestart()
    {
        Setup s;
        for (int i = 0; i < 3; ++i)
            (void)s.attempt(QStringLiteral("wrong-%1").arg(i));
        services::SignInService freshConsole(s.f.deps);
        auto r = freshConsole.signIn(QStringLiteral("admin"), QStringLiteral("right-password"), QStringLiteral("d"));
        QCOMPARE(r.error().code, QStringLiteral("signin.locked"));
    }

    void adminResetLiftsLockout()
    {
        Setup s;
        auto clerk = s.users.create(core::Actor::system(), QStringLiteral("lina"), {}, core::Role::Clerk,
                                    QStringLiteral("clerk-password"));
        for (int i = 0; i < 3; ++i)
            (void)s.signIn.signIn(QStringLiteral("lina"), QStringLiteral("nope-%1").arg(i), QStringLiteral("d"));
        QVERIFY(s.users.resetPassword(core::Actor::system(), clerk->id, QStringLiteral("fresh-password")));
        QVERIFY(s.signIn.signIn(QStringLiteral("lina"), QStringLiteral("fresh-password"), QStringLiteral("d")));
    }

    void disabledAccount()
    {
        Setup s;
        auto clerk = s.users.create(core::Actor::system(), QStringLiteral("lina"), {}, core::Role::Clerk,
                                    QStringLiteral("clerk-password"));
        QVERIFY(s.users.setDisabled(core::Actor::system(), clerk->id, true));
        auto r = s.signIn.signIn(QStringLiteral("lina"), QStringLiteral("clerk-password"), QStringLiteral("d"));
        QCOMPARE(r.error().code, QStringLiteral("signin.disabled"));
        QCOMPARE(s.f.audit(1).first().action, QStringLiteral("signin.refused"));
    }

    void unlockNeedsTheSameUser()
    {
        Setup s;
        auto actor = s.attempt(QStringLiteral("right-password")).value();
        s.signIn.locked(actor);
        QVERIFY(!s.signIn.unlock(actor, QStringLiteral("wrong-password")));
        QVERIFY(s.signIn.unlock(actor, QStringLiteral("right-password")));
        QCOMPARE(s.f.actions(4), (QStringList{QStringLiteral("session.unlock"), QStringLiteral("signin.failed"),
                                              QStringLiteral("session.lock"), QStringLiteral("signin")}));
    }
};

QTEST_GUILESS_MAIN(tst_SignInService)
#include "tst_signinservice.moc"
