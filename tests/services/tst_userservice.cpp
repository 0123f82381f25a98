#include "fixture.h"
#include "services/signinservice.h"
#include "services/userservice.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cg;

class tst_UserService : public QObject
{
    Q_OBJECT

    struct Setup
    {
        test::ServiceFixture f;
        services::UserService users{f.deps};
        core::Actor admin;

        Setup()
        {
            auto created = users.createFirstAdministrator(core::Actor::system(), QStringLiteral("admin"),
                                                          QStringLiteral("王经理"), QStringLiteral("first-admin-pw"));
            if (!created)
                qFatal("first admin: %s", qPrintable(created.error().message));
            admin = actorFor(created.value());
        }
        static core::Actor actorFor(const core::User& u)
        {
            core::Actor a;
            a.userId = u.id;
            a.name = u.name;
            a.role = u.role;
            a.desk = QStringLiteral("desk-1");
            return a;
        }
    };

private Q_SLOTS:
    void firstAdministratorOnlyOnce()
    {
        Setup s;
        QVERIFY(s.users.hasUsers().value());
        QCOMPARE(s.f.actions().first(), QStringLiteral("user.create_first"));
        auto second = s.users.createFirstAdministrator(core::Actor::system(), QStringLiteral("mallory"), {},
                                                       QStringLiteral("another-password"));
        QVERIFY(!second);
        QCOMPARE(second.error().kind, core::Error::Kind::Conflict);
    }

    void validation()
    {
        Setup s;
        auto empty = s.users.create(s.admin, QStringLiteral("  "), {}, core::Role::Clerk, QStringLiteral("long-enough-1"));
        QCOMPARE(empty.error().field, QStringLiteral("name"));
        auto spaces = s.users.create(s.admin, QStringLiteral("li na"), {}, core::Role::Clerk, QStringLiteral("long-enough-1"));
        QCOMPARE(spaces.error().field, QStringLiteral("name"));
        auto system = s.users.create(s.admin, QStringLiteral("system:root"), {}, core::Role::Clerk, QStringLiteral("long-enough-1"));
        QCOMPARE(system.error().field, QStringLiteral("name"));
        auto shortPw = s.users.create(s.admin, QStringLiteral("lina"), {}, core::Role::Clerk, QStringLiteral("short"));
        QCOMPARE(shortPw.error().field, QStringLiteral("password"));
        auto same = s.users.create(s.admin, QStringLiteral("lina12345"), {}, core::Role::Clerk, QStringLiteral("LINA12345"));
        QCOMPARE(same.error().field, QStringLiteral("password"));
        QVERIFY(s.users.create(s.admin, QStringLiteral("lina"), QStringLiteral("李娜"), core::Role::Clerk,
                               QStringLiteral("clerk-password")));
        auto taken = s.users.create(s.admin, QStringLiteral("lina"), {}, core::Role::Clerk, QStringLiteral("clerk-password"));
        QCOMPARE(taken.error().field, QStringLiteral("name"));
        QCOMPARE(s.users.list(s.admin).value().size(), 2);
    }

    void manageAndAudit()
    {
        Setup s;
        auto clerk = s.users.create(s.admin, QStringLiteral("lina"), QStringLiteral("李娜"), core::Role::Clerk,
                                    QStringLiteral("clerk-password"));
        QVERIFY(clerk);
        QVERIFY(s.users.changeRole(s.admin, clerk->id, core::Role::Manager));
        QVERIFY(s.users.setDisabled(s.admin, clerk->id, true));
        QVERIFY(s.users.setDisabled(s.admin, clerk->id, false));
        QVERIFY(s.users.resetPassword(s.admin, clerk->id, QStringLiteral("new-password-2")));
        QCOMPARE(s.f.actions(5), (QStringList{QStringLiteral("user.reset_password"), QStringLiteral("user.enable"),
                                              QStringLiteral("user.disable"), QStringLiteral("user.change_role"),
                                              QStringLiteral("user.create")}));
        const auto roleChange = s.f.audit(5).at(3);
        QCOMPARE(roleChange.actor, QStringLiteral("admin"));
        QCOMPARE(roleChange.recordId, QString::number(clerk->id));
        const QJsonObject details = QJsonDocument::fromJson(roleChange.details.toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("to")).toString(), QStringLiteral("manager"));
        // No password appears anywhere in the audit details.
        for (const auto& e : s.f.audit())
            QVERIFY(!e.details.contains(QStringLiteral("password-2")) && !e.details.contains(QStringLiteral("clerk-password")));

        services::SignInService signIn(s.f.deps);
        QVERIFY(!signIn.signIn(QStringLiteral("lina"), QStringLiteral("clerk-password"), QStringLiteral("d")));
        QVERIFY(signIn.signIn(QStringLiteral("lina"), QStringLiteral("new-password-2"), QStringLiteral("d")));
        QVERIFY(s.f.deps.audit->verify().value().intact);
    }

    void lastAdministratorRule()
    {
        Setup s;
        auto refuse = s.users.setDisabled(s.admin, s.admin.userId, true);
        QVERIFY(!refuse);
        QCOMPARE(refuse.error().code, QStringLiteral("user.last_admin"));
        auto demote = s.users.changeRole(s.admin, s.admin.userId, core::Role::Manager);
        QVERIFY(!demote);
        QCOMPARE(demote.error().code, QStringLiteral("user.last_admin"));

        // A second administrator, disabled, does not count.
        auto second = s.users.create(s.admin, QStringLiteral("zhang"), {}, core::Role::Administrator,
                                     QStringLiteral("second-admin-pw"));
        QVERIFY(second);
        QVERIFY(s.users.setDisabled(s.admin, second->id, true));
        QCOMPARE(s.users.changeRole(s.admin, s.admin.userId, core::Role::Manager).error().code,
                 QStringLiteral("user.last_admin"));

        // Once the second is active, the first may step down...
        QVERIFY(s.users.setDisabled(s.admin, second->id, false));
        QVERIFY(s.users.changeRole(s.admin, s.admin.userId, core::Role::Manager));
        // ...and now the second is the last one.
        const core::Actor zhang = Setup::actorFor(second.value());
        QCOMPARE(s.users.setDisabled(zhang, zhang.userId, true).error().code, QStringLiteral("user.last_admin"));
        // The demoted first admin lost ManageUsers at once (role re-read from the database).
        auto stale = s.users.setDisabled(s.admin, zhang.userId, true);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, core::Error::Kind::PermissionDenied);
    }

    void clerkRefusedAndAudited()
    {
        Setup s;
        auto clerkUser = s.users.create(s.admin, QStringLiteral("lina"), {}, core::Role::Clerk, QStringLiteral("clerk-password"));
        const core::Actor clerk = Setup::actorFor(clerkUser.value());
        auto refused = s.users.create(clerk, QStringLiteral("mallory"), {}, core::Role::Administrator,
                                      QStringLiteral("evil-password"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, core::Error::Kind::PermissionDenied);
        QCOMPARE(s.users.list(s.admin).value().size(), 2);
        const auto entry = s.f.audit(1).first();
        QCOMPARE(entry.action, QStringLiteral("permission.denied"));
        QCOMPARE(entry.actor, QStringLiteral("lina"));
        QVERIFY(entry.details.contains(QStringLiteral("manage_users")));

        // Refused inside a caller's transaction that then rolls back: still audited.
        {
            storage::Transaction tx(s.f.deps.database->connection());
            QVERIFY(!s.users.resetPassword(clerk, s.admin.userId, QStringLiteral("taken-over-pw")));
        }
        QCOMPARE(s.f.audit(1).first().action, QStringLiteral("permission.denied"));
        QCOMPARE(s.f.audit(1).first().recordId, QString::number(s.admin.userId));
        QVERIFY(s.f.deps.audit->verify().value().intact);
    }

    void disabledUserLosesRightsAtOnce()
    {
        Setup s;
        auto second = s.users.create(s.admin, QStringLiteral("zhang"), {}, core::Role::Administrator,
                                     QStringLiteral("second-admin-pw"));
        const core::Actor zhang = Setup::actorFor(second.value());
        QVERIFY(s.users.setDisabled(s.admin, zhang.userId, true));
        auto refused = s.users.list(zhang);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("permission.disabled"));
    }

    void changeOwnPassword()
    {
        Setup s;
        auto wrong = s.users.changeOwnPassword(s.admin, QStringLiteral("not-it"), QStringLiteral("brand-new-pw"));
        QCOMPARE(wrong.error().field, QStringLiteral("current_password"));
        QVERIFY(s.users.changeOwnPassword(s.admin, QStringLiteral("first-admin-pw"), QStringLiteral("brand-new-pw")));
        services::SignInService signIn(s.f.deps);
        QVERIFY(signIn.signIn(QStringLiteral("admin"), QStringLiteral("brand-new-pw"), QStringLiteral("d")));
    }
};

QTEST_GUILESS_MAIN(tst_UserService)
#include "tst_userservice.moc"
