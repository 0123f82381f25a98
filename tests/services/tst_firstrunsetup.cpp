// Setting up an office on a real SQLite file with real keys: all or nothing,
// input checked before anything is written, an existing database without
// users completed, and foreign files refused unchanged.
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/firstrunsetup.h"
#include "services/noticeservice.h"
#include "services/userservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {

services::FirstRunAnswers answers()
{
    services::FirstRunAnswers a;
    a.company = {QStringLiteral("杭州绿苑物业服务有限公司"), QStringLiteral("0571-8888 1234"),
                 QStringLiteral("绿苑小区 1 幢物业服务中心"), QStringLiteral("service@lvyuan.example.cn")};
    a.adminName = QStringLiteral("chief");
    a.adminDisplayName = QStringLiteral("王经理");
    a.adminPassword = QStringLiteral("chief-password");
    return a;
}

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

int count(const std::shared_ptr<storage::Database>& db, const QString& sql)
{
    QSqlQuery q(db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QStringList auditActions(const services::ServiceDeps& deps)
{
    QStringList out;
    const auto page = deps.audit->repository()->page({}, 0, 50);
    for (const auto& e : page.value())
        out.prepend(e.action + QLatin1Char(':') + e.actor);
    return out;
}

} // namespace

class tst_FirstRunSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsTheOfficeAndSignsTheAdministratorIn()
    {
        QTemporaryDir dir;
        auto clock = std::make_shared<test::FakeClock>();
        services::FirstRunSetup setup(dir.filePath(QStringLiteral("office/consentgate.sqlite")),
                                      dir.filePath(QStringLiteral("keys")), clock, QStringLiteral("desk-1"));
        QVERIFY(!setup.isOpen());
        QVERIFY(setup.asksForCompany());
        QVERIFY(filesUnder(dir.path()).isEmpty());   // nothing before run()

        services::FirstRunAnswers a = answers();
        a.demoResidents = 300;
        auto done = setup.run(a);
        QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
        QVERIFY(setup.isOpen());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("office/consentgate.sqlite"))));
        QVERIFY(QFile::exists(security::Keyring::keyFilePath(dir.filePath(QStringLiteral("keys")), setup.database()->uuid())));
        QCOMPARE(QFile::permissions(setup.database()->path()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        QVERIFY(setup.administrator());
        QCOMPARE(setup.administrator()->name, QStringLiteral("chief"));
        QCOMPARE(setup.administrator()->role, core::Role::Administrator);
        QCOMPARE(setup.administrator()->desk, QStringLiteral("desk-1"));
        QVERIFY(!setup.needsAdministrator().value());

        auto notice = services::NoticeService(*setup.deps()).current();
        QVERIFY(notice && notice->has_value());
        QCOMPARE((*notice)->number, 1);
        QCOMPARE((*notice)->publishedBy, QStringLiteral("chief"));
        QVERIFY((*notice)->content.field(QStringLiteral("zh_CN"), core::NoticeField::Processor)
                    .startsWith(QStringLiteral("杭州绿苑物业服务有限公司")));
        QVERIFY((*notice)->content.field(QStringLiteral("en"), core::NoticeField::PiContact)
                    .contains(QStringLiteral("0571-8888 1234")));

        QCOMPARE(setup.demoResidentsSeeded(), 300);
        QCOMPARE(count(setup.database(), QStringLiteral("SELECT count(*) FROM residents")), 300);
        const QStringList actions = auditActions(*setup.deps());
        QVERIFY2(actions.contains(QStringLiteral("user.create_first:") + core::Actor::system().name), qPrintable(actions.join(QLatin1Char(' '))));
        QVERIFY(actions.contains(QStringLiteral("signin:chief")));
        QVERIFY(actions.contains(QStringLiteral("notice.publish:chief")));
        QVERIFY(setup.deps()->audit->verify().value().intact);
    }

    void withoutDemoTheDatabaseHasNoResidents()
    {
        QTemporaryDir dir;
        services::FirstRunSetup setup(dir.filePath(QStringLiteral("db.sqlite")), dir.filePath(QStringLiteral("keys")),
                                      std::make_shared<test::FakeClock>(), QStringLiteral("desk-1"));
        QVERIFY(setup.run(answers()).ok());
        QCOMPARE(setup.demoResidentsSeeded(), 0);
        QCOMPARE(count(setup.database(), QStringLiteral("SELECT count(*) FROM residents")), 0);
    }

    void badInputIsRefusedBeforeAnythingIsWritten_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("phone") << QStringLiteral("phone");
        QTest::newRow("company_name") << QStringLiteral("company_name");
        QTest::newRow("name") << QStringLiteral("name");
        QTest::newRow("password") << QStringLiteral("password");
    }

    void badInputIsRefusedBeforeAnythingIsWritten()
    {
        QFETCH(QString, field);
        QTemporaryDir dir;
        services::FirstRunSetup setup(dir.filePath(QStringLiteral("office/db.sqlite")), dir.filePath(QStringLiteral("keys")),
                                      std::make_shared<test::FakeClock>(), QStringLiteral("desk-1"));
        services::FirstRunAnswers a = answers();
        if (field == QLatin1String("phone"))
            a.company.phone = QStringLiteral("ask at the desk");
        else if (field == QLatin1String("company_name"))
            a.company.name.clear();
        else if (field == QLatin1String("name"))
            a.adminName = QStringLiteral("chief wang");
        else
            a.adminPassword = QStringLiteral("short");
        auto done = setup.run(a);
        QVERIFY(!done);
        QCOMPARE(done.error().field, field);
        QVERIFY(!setup.isOpen());
        QVERIFY2(filesUnder(dir.path()).isEmpty(), qPrintable(filesUnder(dir.path()).join(QLatin1Char(' '))));
    }

    void aFailedStepRemovesWhatWasCreated()
    {
        QTemporaryDir dir;
        // The key folder cannot be made: a file stands where it should go.
        QFile blocker(dir.filePath(QStringLiteral("keys")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a folder");
        blocker.close();
        services::FirstRunSetup setup(dir.filePath(QStringLiteral("office/db.sqlite")), dir.filePath(QStringLiteral("keys/sub")),
                                      std::make_shared<test::FakeClock>(), QStringLiteral("desk-1"));
        auto done = setup.run(answers());
        QVERIFY(!done);
        QVERIFY(!setup.isOpen());
        QVERIFY(!setup.administrator());
        QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("keys")});   // only the blocker is left

        // Once the obstacle is gone, the same setup succeeds.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("keys"))));
        QVERIFY(setup.run(answers()).ok());
        QVERIFY(setup.administrator());
    }

    void neverOverwritesAFileThatAppeared()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        services::FirstRunSetup setup(path, dir.filePath(QStringLiteral("keys")), std::make_shared<test::FakeClock>(),
                                      QStringLiteral("desk-1"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("minutes of the owners' meeting\n");
        file.close();
        auto done = setup.run(answers());
        QVERIFY(!done);
        QCOMPARE(done.error().kind, core::Error::Kind::Conflict);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("minutes of the owners' meeting\n"));
    }

    void completesAnExistingDatabaseWithoutUsers()
    {
        test::TempDatabase temp;
        auto clock = std::make_shared<test::FakeClock>();
        {
            // `consentgate init` without --admin; the console published the default notice.
            auto deps = services::ServiceDeps::build(temp.open(), temp.keyDir(), clock);
            QVERIFY(deps);
            QVERIFY(services::NoticeService(deps.value()).ensurePublished(core::Actor::system()).value());
        }
        services::FirstRunSetup setup(temp.path(), temp.keyDir(), clock, QStringLiteral("desk-2"));
        QVERIFY(setup.openExisting(temp.path()).ok());
        QVERIFY(setup.needsAdministrator().value());
        QVERIFY(setup.asksForCompany());   // still the shipped text
        QVERIFY(setup.run(answers()).ok());
        QVERIFY(!setup.needsAdministrator().value());
        auto notice = services::NoticeService(*setup.deps()).current();
        QCOMPARE((*notice)->number, 2);
        QVERIFY(!(*notice)->scopeChanged);   // nobody needs to consent again
        QVERIFY((*notice)->content.field(QStringLiteral("en"), core::NoticeField::Processor)
                    .contains(QStringLiteral("杭州绿苑物业服务有限公司")));
    }

    void aNoticeSomeoneWroteIsKept()
    {
        test::TempDatabase temp;
        auto clock = std::make_shared<test::FakeClock>();
        core::NoticeContent own = services::NoticeService::defaultNotice();
        own.setField(QStringLiteral("en"), core::NoticeField::Processor, QStringLiteral("Our own words."));
        {
            auto deps = services::ServiceDeps::build(temp.open(), temp.keyDir(), clock);
            QVERIFY(services::NoticeService(deps.value()).publish(core::Actor::system(), own, 30));
        }
        services::FirstRunSetup setup(temp.path(), temp.keyDir(), clock, QStringLiteral("desk-2"));
        QVERIFY(setup.openExisting(temp.path()).ok());
        QVERIFY(!setup.asksForCompany());
        services::FirstRunAnswers a = answers();
        a.company = {};   // not asked, so not checked
        QVERIFY(setup.run(a).ok());
        auto notice = services::NoticeService(*setup.deps()).current();
        QCOMPARE((*notice)->number, 1);
        QCOMPARE((*notice)->content, own);
    }

    void openExistingRefusesAForeignFileUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list\n");
        file.close();
        services::FirstRunSetup setup(dir.filePath(QStringLiteral("new.sqlite")), dir.filePath(QStringLiteral("keys")),
                                      std::make_shared<test::FakeClock>(), QStringLiteral("desk-1"));
        auto opened = setup.openExisting(path);
        QVERIFY(!opened);
        QVERIFY(!opened.error().message.isEmpty());
        QVERIFY(!setup.isOpen());
        QCOMPARE(setup.databasePath(), dir.filePath(QStringLiteral("new.sqlite")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("shopping list\n"));
    }
};

QTEST_GUILESS_MAIN(tst_FirstRunSetup)
#include "tst_firstrunsetup.moc"
