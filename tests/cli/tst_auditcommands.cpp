// `consentgate audit verify` on intact and tampered copies, the way an
// inspector would check it (raw SQL after dropping the triggers).
#include "cli/clirunner.h"
#include "core/actor.h"
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/servicedeps.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cg;

class tst_AuditCommands : public QObject
{
    Q_OBJECT

    test::TempDatabase m_temp;

    // Raw SQL on a copy through its own connection, like the sqlite3 shell.
    QString tamperedCopy(const QString& name, const QStringList& statements)
    {
        const QString copy = m_temp.filePath(name);
        QFile::remove(copy);
        if (!m_temp.database()->backupTo(copy))
            qFatal("backup failed");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(copy);
            if (!db.open())
                qFatal("open copy");
            QSqlQuery q(db);
            for (const QString& s : statements) {
                if (!q.exec(s))
                    qFatal("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return copy;
    }

    test::CliRun verify(const QString& database, const QString& keyDir)
    {
        return test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), database,
                             QStringLiteral("--key-dir"), keyDir});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::consentgateBinary().isEmpty());
        auto deps = services::ServiceDeps::build(m_temp.open(), m_temp.keyDir(), std::make_shared<test::FakeClock>());
        QVERIFY(deps);
        for (int i = 1; i <= 12; ++i)
            QVERIFY(deps->audit->record(core::Actor::system(), QStringLiteral("resident.read_full_id"),
                                        QStringLiteral("resident"), QString::number(i)));
    }

    void intact()
    {
        const auto r = verify(m_temp.path(), m_temp.keyDir());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("intact")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("#12")));
    }

    void tampered_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("names");
        const QString drop1 = QStringLiteral("DROP TRIGGER audit_log_no_update");
        const QString drop2 = QStringLiteral("DROP TRIGGER audit_log_no_delete");
        QTest::newRow("edited") << QStringList{drop1, drop2, QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE id = 5")}
                                << QStringLiteral("#5");
        QTest::newRow("deleted") << QStringList{drop1, drop2, QStringLiteral("DELETE FROM audit_log WHERE id = 7")}
                                 << QStringLiteral("#7");
        QTest::newRow("last rows removed")
            << QStringList{drop1, drop2, QStringLiteral("DELETE FROM audit_log WHERE id > 9")} << QStringLiteral("#10");
        QTest::newRow("reordered")
            << QStringList{drop1, drop2, QStringLiteral("UPDATE audit_log SET id = -2 WHERE id = 2"),
                           QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3"),
                           QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = -2")}
            << QStringLiteral("#2");
        QTest::newRow("inserted")
            << QStringList{drop1, drop2,
                           QStringLiteral("INSERT INTO audit_log (id, at, actor, desk, action, mac)"
                                          " SELECT 13, at, actor, desk, action, mac FROM audit_log WHERE id = 12")}
            << QStringLiteral("#13");
    }

    void tampered()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, names);
        const QString copy = tamperedCopy(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))
                                              + QStringLiteral(".sqlite"),
                                          statements);
        const auto r = verify(copy, m_temp.keyDir());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(names), qPrintable(r.err));
    }

    void keyProblemsExitThree()
    {
        const auto missing = verify(m_temp.path(), m_temp.filePath(QStringLiteral("no-keys-here")));
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.err.contains(QStringLiteral("missing")));

        // The right file name, the wrong key: caught by the key check value.
        const QString otherDir = m_temp.filePath(QStringLiteral("other-keys"));
        QVERIFY(QDir().mkpath(otherDir));
        QVERIFY(security::Keyring::create(otherDir, m_temp.database()->uuid()));
        const auto wrong = verify(m_temp.path(), otherDir);
        QCOMPARE(wrong.code, 3);
        QVERIFY2(wrong.err.contains(QStringLiteral("not the key of this database")), qPrintable(wrong.err));
    }

    void usage()
    {
        const auto r = test::runCli({QStringLiteral("audit"), QStringLiteral("frobnicate"), QStringLiteral("--database"),
                                     m_temp.path(), QStringLiteral("--key-dir"), m_temp.keyDir()});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(tst_AuditCommands)
#include "tst_auditcommands.moc"
