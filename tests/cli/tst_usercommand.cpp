// consentgate user reset-password through the binary: the way back in when
// the last administrator's password is forgotten, audited, with the new
// password checked by the real sign-in service.
#include "cli/clirunner.h"
#include "services/servicedeps.h"
#include "services/signinservice.h"
#include "storage/database.h"
#include "support/fakeclock.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

class tst_UserCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("office.sqlite")); }
    QString keys() const { return m_dir.filePath(QStringLiteral("keys")); }
    QString secret(const QByteArray& text)
    {
        const QString path = m_dir.filePath(QStringLiteral("secret.txt"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("secret");
        f.write(text + '\n');
        return path;
    }
    bool signsIn(const QString& name, const QString& password)
    {
        auto database = storage::Database::open(db());
        if (!database)
            return false;
        auto deps = services::ServiceDeps::build(database.value(), keys(), std::make_shared<test::FakeClock>());
        return deps && services::SignInService(deps.value()).signIn(name, password, QStringLiteral("desk")).ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto r = test::runCli({QStringLiteral("init"), QStringLiteral("--database"), db(), QStringLiteral("--key-dir"), keys(),
                               QStringLiteral("--admin"), QStringLiteral("wang.admin"), QStringLiteral("--password-file"),
                               secret("forgotten horse 42")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void resetsTheForgottenPassword()
    {
        auto r = test::runCli({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("wang.admin"),
                               QStringLiteral("--database"), db(), QStringLiteral("--key-dir"), keys(),
                               QStringLiteral("--password-file"), QStringLiteral("-")},
                              QByteArrayLiteral("new river lantern 7\n"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("was reset")));
        QVERIFY(signsIn(QStringLiteral("wang.admin"), QStringLiteral("new river lantern 7")));
        QVERIFY(!signsIn(QStringLiteral("wang.admin"), QStringLiteral("forgotten horse 42")));
        const auto v = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db(),
                                     QStringLiteral("--key-dir"), keys()});
        QCOMPARE(v.code, 0);
        qint64 audited = 0;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            c.setDatabaseName(db());
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.reset_password'")) && q.next());
            audited = q.value(0).toLongLong();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QCOMPARE(audited, 1);
    }

    void refusesUnknownUsersWeakPasswordsAndArgv()
    {
        auto r = test::runCli({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("nobody"),
                               QStringLiteral("--database"), db(), QStringLiteral("--key-dir"), keys(),
                               QStringLiteral("--password-file"), secret("new river lantern 7")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("nobody")));
        r = test::runCli({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("wang.admin"),
                          QStringLiteral("--database"), db(), QStringLiteral("--key-dir"), keys(),
                          QStringLiteral("--password-file"), secret("short")});
        QCOMPARE(r.code, 1);
        QVERIFY(signsIn(QStringLiteral("wang.admin"), QStringLiteral("new river lantern 7")));
        r = test::runCli({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("wang.admin"),
                          QStringLiteral("--database"), db(), QStringLiteral("--key-dir"), keys()});
        QCOMPARE(r.code, 2);
        // Without the key folder there is no reset.
        r = test::runCli({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("wang.admin"),
                          QStringLiteral("--database"), db(), QStringLiteral("--key-dir"), m_dir.filePath(QStringLiteral("empty")),
                          QStringLiteral("--password-file"), secret("another river lantern 8")});
        QCOMPARE(r.code, 3);
    }
};

QTEST_GUILESS_MAIN(tst_UserCommand)
#include "tst_usercommand.moc"
