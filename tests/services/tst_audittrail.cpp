// Each kind of tampering someone with the sqlite3 shell could do, after
// dropping the append-only triggers, must be detected by verify().
#include "security/chainhead.h"
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/servicedeps.h"
#include "storage/auditrepository.h"
#include "storage/transaction.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cg;

namespace {

core::Actor clerk()
{
    core::Actor a;
    a.userId = 7;
    a.name = QStringLiteral("李娜");
    a.role = core::Role::Clerk;
    a.desk = QStringLiteral("desk-1");
    return a;
}

} // namespace

class tst_AuditTrail : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TempDatabase temp;
        std::shared_ptr<test::FakeClock> clock = std::make_shared<test::FakeClock>();
        services::ServiceDeps deps;

        explicit Fixture(int entries)
        {
            auto built = services::ServiceDeps::build(temp.open(), temp.keyDir(), clock);
            if (!built)
                qFatal("deps: %s", qPrintable(built.error().message));
            deps = built.value();
            for (int i = 1; i <= entries; ++i) {
                clock->advance(1500);
                auto status = deps.audit->record(clerk(), QStringLiteral("resident.update"), QStringLiteral("resident"),
                                                 QString::number(100 + i), QJsonObject{{QStringLiteral("n"), i}});
                if (!status)
                    qFatal("record: %s", qPrintable(status.error().message));
            }
        }
        // Raw SQL, as someone with the sqlite3 shell would do it.
        void sql(const QString& statement)
        {
            QSqlQuery q(deps.database->connection());
            if (!q.exec(statement))
                qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        }
        void dropTriggers()
        {
            sql(QStringLiteral("DROP TRIGGER audit_log_no_update"));
            sql(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        }
        services::AuditVerification verify()
        {
            auto v = deps.audit->verify();
            if (!v)
                qFatal("verify: %s", qPrintable(v.error().message));
            return v.value();
        }
    };

private Q_SLOTS:
    void intactChainAndHead()
    {
        Fixture f(10);
        const auto v = f.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 10);
        QCOMPARE(v.lastId, 10);
        QVERIFY(v.headFound);
        QCOMPARE(v.headId, 10);
        QVERIFY(v.warning.isEmpty());
        auto entries = f.deps.audit->repository()->page({}, 0, 3).value();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().id, 10);
        QCOMPARE(entries.first().actor, QStringLiteral("李娜"));
        QCOMPARE(entries.first().actorId, 7);
        QCOMPARE(entries.first().desk, QStringLiteral("desk-1"));
        QCOMPARE(entries.first().at, f.clock->nowUtc());
    }

    void triggersRefuseUpdateAndDelete()
    {
        Fixture f(2);
        QSqlQuery q(f.deps.database->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        QVERIFY(f.verify().intact);
    }

    void editedEntry()
    {
        Fixture f(10);
        f.dropTriggers();
        f.sql(QStringLiteral("UPDATE audit_log SET record_id = '999' WHERE id = 4"));
        const auto v = f.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenId, 4);
        QVERIFY(v.problem.contains(QStringLiteral("#4")));
    }

    void editedTimestampAndMac()
    {
        Fixture f(5);
        f.dropTriggers();
        f.sql(QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 2"));
        QCOMPARE(f.verify().brokenId, 2);
        Fixture g(5);
        g.dropTriggers();
        g.sql(QStringLiteral("UPDATE audit_log SET mac = zeroblob(32) WHERE id = 5"));
        QCOMPARE(g.verify().brokenId, 5);
    }

    void deletedEntry()
    {
        Fixture f(10);
        f.dropTriggers();
        f.sql(QStringLiteral("DELETE FROM audit_log WHERE id = 6"));
        const auto v = f.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenId, 6);
        QVERIFY(v.problem.contains(QStringLiteral("missing")));
    }

    void deletedAndRenumbered()
    {
        // Deleting a row and closing the gap still breaks the chain.
        Fixture f(10);
        f.dropTriggers();
        f.sql(QStringLiteral("DELETE FROM audit_log WHERE id = 6"));
        f.sql(QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id > 6"));
        QCOMPARE(f.verify().brokenId, 6);
    }

    void deletedFirstEntry()
    {
        Fixture f(5);
        f.dropTriggers();
        f.sql(QStringLiteral("DELETE FROM audit_log WHERE id = 1"));
        QCOMPARE(f.verify().brokenId, 1);
    }

    void reorderedEntries()
    {
        Fixture f(10);
        f.dropTriggers();
        f.sql(QStringLiteral("UPDATE audit_log SET id = -3 WHERE id = 3"));
        f.sql(QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = 4"));
        f.sql(QStringLiteral("UPDATE audit_log SET id = 4 WHERE id = -3"));
        const auto v = f.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenId, 3);
    }

    void insertedEntryInTheMiddle()
    {
        Fixture f(10);
        f.dropTriggers();
        f.sql(QStringLiteral("UPDATE audit_log SET id = id + 1000 WHERE id > 5"));
        f.sql(QStringLiteral("UPDATE audit_log SET id = id - 999 WHERE id > 1000"));
        // A copy of entry 5 (with its genuine MAC) as the forged entry 6.
        f.sql(QStringLiteral("INSERT INTO audit_log (id, at, actor, actor_id, desk, action, record_type, record_id,"
                             " details, mac) SELECT 6, at, actor, actor_id, desk, 'resident.delete', record_type,"
                             " record_id, details, mac FROM audit_log WHERE id = 5"));
        const auto v = f.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenId, 6);
    }

    void insertedEntryAtTheEnd()
    {
        Fixture f(4);
        f.dropTriggers();
        f.sql(QStringLiteral("INSERT INTO audit_log (id, at, actor, desk, action, mac)"
                             " SELECT 5, at, actor, desk, 'signin', mac FROM audit_log WHERE id = 4"));
        QCOMPARE(f.verify().brokenId, 5);
    }

    void truncatedTail()
    {
        Fixture f(10);
        f.dropTriggers();
        f.sql(QStringLiteral("DELETE FROM audit_log WHERE id > 7"));
        const auto v = f.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenId, 8);
        QVERIFY(v.problem.contains(QStringLiteral("#10")));
        Fixture g(3);
        g.dropTriggers();
        g.sql(QStringLiteral("DELETE FROM audit_log"));
        QVERIFY(!g.verify().intact);
        QCOMPARE(g.verify().brokenId, 1);
    }

    void crashBetweenCommitAndHeadWrite()
    {
        Fixture f(8);
        const QString headPath = f.deps.keys->chainHeadPath();
        QFile headFile(headPath);
        QVERIFY(headFile.open(QIODevice::ReadOnly));
        const QByteArray headAt8 = headFile.readAll();
        headFile.close();
        QVERIFY(f.deps.audit->record(clerk(), QStringLiteral("signin")));
        QVERIFY(f.deps.audit->record(clerk(), QStringLiteral("signout")));
        // The process died after the last two commits, before their head writes.
        QVERIFY(headFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        headFile.write(headAt8);
        headFile.close();

        auto v = f.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));   // no false alarm
        QCOMPARE(v.headId, 8);
        QCOMPARE(v.lastId, 10);

        // The next entry moves the head on again.
        QVERIFY(f.deps.audit->record(clerk(), QStringLiteral("signin")));
        QCOMPARE(security::ChainHeadFile::read(headPath, f.deps.keys->databaseUuid()).value()->id, 11);
        QFile::remove(headPath);
        QVERIFY(headFile.open(QIODevice::WriteOnly));
        headFile.write(headAt8);
        headFile.close();

        // Cutting the log back to the (old) head cannot be told from the crash...
        f.dropTriggers();
        f.sql(QStringLiteral("DELETE FROM audit_log WHERE id > 8"));
        QVERIFY(f.verify().intact);
        // ...but one entry below the head is always detected.
        f.sql(QStringLiteral("DELETE FROM audit_log WHERE id = 8"));
        v = f.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenId, 8);
    }

    void headNotWrittenWhenTransactionRollsBack()
    {
        Fixture f(3);
        {
            storage::Transaction tx(f.deps.database->connection());
            QVERIFY(f.deps.audit->record(clerk(), QStringLiteral("resident.update")));
            // no commit: the change and its audit entry roll back together
        }
        {
            storage::Transaction tx(f.deps.database->connection());
            {
                storage::Transaction inner(f.deps.database->connection());
                QVERIFY(f.deps.audit->record(clerk(), QStringLiteral("resident.update")));
            }   // savepoint rolled back: its head hook must go with it
            QVERIFY(f.deps.audit->record(clerk(), QStringLiteral("resident.read_full_id")));
            QVERIFY(tx.commit());
        }
        const auto v = f.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.lastId, 4);
        QCOMPARE(v.headId, 4);
        QCOMPARE(f.deps.audit->repository()->page({}, 0, 1).value().first().action,
                 QStringLiteral("resident.read_full_id"));
    }

    void detachedEntrySurvivesRollback()
    {
        Fixture f(1);
        {
            storage::Transaction tx(f.deps.database->connection());
            QVERIFY(f.deps.audit->record(clerk(), QStringLiteral("resident.update")));
            f.deps.audit->recordDetached(clerk(), QStringLiteral("permission.denied"));
        }
        auto rows = f.deps.audit->repository()->page({}, 0, 10).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().action, QStringLiteral("permission.denied"));
        QVERIFY(f.verify().intact);
    }

    void missingHeadIsAWarning()
    {
        Fixture f(2);
        QVERIFY(QFile::remove(f.deps.keys->chainHeadPath()));
        const auto v = f.verify();
        QVERIFY(v.intact);
        QVERIFY(!v.headFound);
        QVERIFY(!v.warning.isEmpty());
    }

    void filtersAndPaging()
    {
        Fixture f(25);
        QVERIFY(f.deps.audit->record(clerk(), QStringLiteral("signin.failed")));
        core::AuditFilter filter;
        filter.action = QStringLiteral("resident.update");
        auto repo = f.deps.audit->repository();
        QCOMPARE(repo->count(filter).value(), 25);
        QList<qint64> seen;
        qint64 before = 0;
        for (;;) {
            auto page = repo->page(filter, before, 10).value();
            if (page.isEmpty())
                break;
            for (const auto& e : page)
                seen << e.id;
            before = page.constLast().id;
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(seen.first(), 25);
        QCOMPARE(seen.last(), 1);
        filter = {};
        filter.action = QStringLiteral("signin.");
        QCOMPARE(repo->count(filter).value(), 1);
        filter = {};
        filter.recordType = QStringLiteral("resident");
        filter.recordId = QStringLiteral("105");
        QCOMPARE(repo->count(filter).value(), 1);
        filter = {};
        const QDateTime start = test::FakeClock().nowUtc();
        filter.from = start.addMSecs(1500 * 3);
        filter.to = start.addMSecs(1500 * 6);
        QCOMPARE(repo->count(filter).value(), 3);   // entries 3, 4, 5
        QCOMPARE(repo->distinctActors().value(), QStringList{QStringLiteral("李娜")});
    }
};

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_audittrail.moc"
