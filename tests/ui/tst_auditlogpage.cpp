#include "../services/fixture.h"
#include "services/auditlogservice.h"
#include "services/userservice.h"
#include "ui/models/auditlogmodel.h"
#include "ui/pages/auditlogpage.h"
#include "ui/pages/userspage.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace cg;

class tst_AuditLogPage : public QObject
{
    Q_OBJECT

    static core::Actor actor(const QString& name, core::Role role, qint64 id)
    {
        core::Actor a;
        a.userId = id;
        a.name = name;
        a.role = role;
        a.desk = QStringLiteral("desk-1");
        return a;
    }

private Q_SLOTS:
    void pagedModel()
    {
        test::ServiceFixture f;
        for (int i = 0; i < 450; ++i)
            QVERIFY(f.deps.audit->record(actor(QStringLiteral("lina"), core::Role::Clerk, 0),
                                         i % 3 ? QStringLiteral("resident.update") : QStringLiteral("signin"),
                                         QStringLiteral("resident"), QString::number(i)));
        services::AuditLogService service(f.deps);
        ui::Session session;
        session.signIn(actor(QStringLiteral("auditor"), core::Role::Auditor, 0));
        {
            ui::AuditLogModel checked(&service, &session);
            QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
            checked.setPageSize(64);
            checked.setFilter({});
            while (checked.canFetchMore({}))
                checked.fetchMore({});
            QCOMPARE(checked.rowCount(), 450);
        }
        ui::AuditLogModel model(&service, &session);
        model.setPageSize(100);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 100);   // one page, not all 450 rows
        QCOMPARE(model.entry(0)->id, 450);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.entry(449)->id, 1);

        core::AuditFilter filter;
        filter.action = QStringLiteral("signin");
        model.setFilter(filter);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(model.data(model.index(0, ui::AuditLogModel::Record)).toString(), QStringLiteral("resident 447"));

        // A clerk's session gets a refusal, not rows (and the refusal is audited).
        session.signIn(actor(QStringLiteral("lina"), core::Role::Clerk, 0));
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(f.actions(1).first(), QStringLiteral("permission.denied"));
    }

    void verifyAndExport()
    {
        test::ServiceFixture f;
        services::UserService users(f.deps);
        auto chief = users.createFirstAdministrator(core::Actor::system(), QStringLiteral("chief"), {},
                                                    QStringLiteral("chief-password"));
        QVERIFY(chief);
        QVERIFY(f.deps.audit->record(actor(QStringLiteral("lina"), core::Role::Clerk, 0), QStringLiteral("=cmd|calc"),
                                     QStringLiteral("resident"), QStringLiteral("7"),
                                     QJsonObject{{QStringLiteral("note"), QStringLiteral("李, \"quoted\"")}}));
        services::AuditLogService service(f.deps);
        ui::Session session;
        session.signIn(actor(QStringLiteral("chief"), core::Role::Administrator, chief->id));
        ui::AuditLogPage page(&service, &session);
        page.show();
        page.activated();
        QCOMPARE(page.model()->rowCount(), 2);

        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QVERIFY2(page.verificationText().contains(QStringLiteral("Intact")), qPrintable(page.verificationText()));
        QCOMPARE(f.actions(1).first(), QStringLiteral("audit.verify"));

        const QString csv = f.temp.filePath(QStringLiteral("audit.csv"));
        QVERIFY(page.exportTo(csv));
        QCOMPARE(f.actions(1).first(), QStringLiteral("audit.export"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("\xEF\xBB\xBF" "id,at_utc,user"));
        QVERIFY(content.contains("\"'=cmd|calc\""));   // no formula reaches a spreadsheet
        QVERIFY(content.contains(QStringLiteral("李, \\\"\"quoted\\\"\"").toUtf8()));
        QCOMPARE(content.count("\r\n"), 4);   // header + create_first + action + verify

        // After tampering, the page says where it broke.
        QSqlQuery q(f.deps.database->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = 2")));
        page.verify();
        QVERIFY2(page.verificationText().contains(QStringLiteral("#2")), qPrintable(page.verificationText()));
    }

    void usersPageForAdministratorsOnly()
    {
        test::ServiceFixture f;
        services::UserService users(f.deps);
        auto chief = users.createFirstAdministrator(core::Actor::system(), QStringLiteral("chief"), {},
                                                    QStringLiteral("chief-password"));
        auto clerk = users.create(core::Actor::system(), QStringLiteral("lina"), {}, core::Role::Clerk,
                                  QStringLiteral("clerk-password"));
        ui::Session session;
        session.signIn(actor(QStringLiteral("chief"), core::Role::Administrator, chief->id));
        ui::UsersPage page(&users, &session);
        page.show();
        page.activated();
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("usersTable"));
        QCOMPARE(table->rowCount(), 2);
        table->selectRow(1);   // lina (sorted by name)
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("lina"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("disableButton")), Qt::LeftButton);
        QVERIFY2(page.statusText().contains(QStringLiteral("lina")), qPrintable(page.statusText()));
        QVERIFY(users.list(session.actor()).value().at(1).disabled);
        QCOMPARE(f.actions(1).first(), QStringLiteral("user.disable"));

        // The last administrator cannot disable themself: the page shows why.
        table->selectRow(0);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("disableButton")), Qt::LeftButton);
        QVERIFY2(page.statusText().contains(QStringLiteral("last active administrator")), qPrintable(page.statusText()));

        session.signIn(actor(QStringLiteral("lina"), core::Role::Clerk, clerk->id));
        page.refresh();
        QVERIFY(!table->isVisible());
    }
};

QTEST_MAIN(tst_AuditLogPage)
#include "tst_auditlogpage.moc"
