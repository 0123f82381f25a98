// key export / key import through the binary: a second desk, a backup, and
// the clear errors when the key is missing or wrong.
#include "cli/clirunner.h"
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/servicedeps.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace cg;

class tst_KeyCommands : public QObject
{
    Q_OBJECT
    test::TempDatabase m_temp;
    const QByteArray m_passphrase = QByteArrayLiteral("blue ladder seven rivers\n");

    QString writePassphrase()
    {
        const QString path = m_temp.filePath(QStringLiteral("passphrase.txt"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("passphrase file");
        f.write(m_passphrase);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto deps = services::ServiceDeps::build(m_temp.open(), m_temp.keyDir(), std::make_shared<test::FakeClock>());
        QVERIFY(deps);
        QVERIFY(deps->audit->record(core::Actor::system(), QStringLiteral("resident.update")));
    }

    void exportImportRoundTrip()
    {
        const QString exported = m_temp.filePath(QStringLiteral("desk.cgkey"));
        auto r = test::runCli({QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("--database"), m_temp.path(),
                               QStringLiteral("--key-dir"), m_temp.keyDir(), QStringLiteral("--out"), exported,
                               QStringLiteral("--passphrase-file"), writePassphrase()});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(exported));
        QCOMPARE(QFile::permissions(exported) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        // A backup of the database, opened on a second desk with an empty key folder.
        const QString backup = m_temp.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(m_temp.database()->backupTo(backup));
        const QString secondDesk = m_temp.filePath(QStringLiteral("desk2-keys"));
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), backup,
                          QStringLiteral("--key-dir"), secondDesk});
        QCOMPARE(r.code, 3);   // no key yet
        QVERIFY(r.err.contains(QStringLiteral("key import")));

        // Wrong passphrase: exit 3, nothing installed.
        r = test::runCli({QStringLiteral("key"), QStringLiteral("import"), QStringLiteral("--database"), backup,
                          QStringLiteral("--key-dir"), secondDesk, QStringLiteral("--in"), exported,
                          QStringLiteral("--passphrase-file"), QStringLiteral("-")},
                         QByteArrayLiteral("not the passphrase\n"));
        QCOMPARE(r.code, 3);
        QVERIFY(!QFileInfo::exists(security::Keyring::keyFilePath(secondDesk, m_temp.database()->uuid())));

        r = test::runCli({QStringLiteral("key"), QStringLiteral("import"), QStringLiteral("--database"), backup,
                          QStringLiteral("--key-dir"), secondDesk, QStringLiteral("--in"), exported,
                          QStringLiteral("--passphrase-file"), QStringLiteral("-")},
                         m_passphrase);
        QCOMPARE(r.code, 0);
        const auto second = security::Keyring::load(secondDesk, m_temp.database()->uuid());
        QVERIFY(second);
        const auto first = security::Keyring::load(m_temp.keyDir(), m_temp.database()->uuid());
        QCOMPARE(second.value()->keyCheckValue(), first.value()->keyCheckValue());
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), backup,
                          QStringLiteral("--key-dir"), secondDesk});
        QCOMPARE(r.code, 0);

        // Importing again is harmless.
        r = test::runCli({QStringLiteral("key"), QStringLiteral("import"), QStringLiteral("--database"), backup,
                          QStringLiteral("--key-dir"), secondDesk, QStringLiteral("--in"), exported,
                          QStringLiteral("--passphrase-file"), QStringLiteral("-")},
                         m_passphrase);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("already")));
    }

    void importIntoAnotherDatabaseRefused()
    {
        const QString exported = m_temp.filePath(QStringLiteral("desk.cgkey"));
        QVERIFY(QFileInfo::exists(exported));
        test::TempDatabase other;
        other.open();
        const auto r = test::runCli({QStringLiteral("key"), QStringLiteral("import"), QStringLiteral("--database"),
                                     other.path(), QStringLiteral("--key-dir"), other.keyDir(), QStringLiteral("--in"),
                                     exported, QStringLiteral("--passphrase-file"), writePassphrase()});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("belongs to database")), qPrintable(r.err));
    }

    void replaceAWrongKey()
    {
        // A wrong key installed under the right name: refused until --replace.
        const QString exported = m_temp.filePath(QStringLiteral("desk.cgkey"));
        const QString desk3 = m_temp.filePath(QStringLiteral("desk3-keys"));
        QVERIFY(security::Keyring::create(desk3, m_temp.database()->uuid()));
        QStringList args{QStringLiteral("key"), QStringLiteral("import"), QStringLiteral("--database"), m_temp.path(),
                         QStringLiteral("--key-dir"), desk3, QStringLiteral("--in"), exported,
                         QStringLiteral("--passphrase-file"), writePassphrase()};
        auto r = test::runCli(args);
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("--replace")));
        r = test::runCli(args + QStringList{QStringLiteral("--replace")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QDir(desk3).entryList({QStringLiteral("*.replaced-*")}).size(), 1);
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), m_temp.path(),
                          QStringLiteral("--key-dir"), desk3});
        QCOMPARE(r.code, 0);
    }

    void shortPassphraseRefused()
    {
        const auto r = test::runCli({QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("--database"),
                                     m_temp.path(), QStringLiteral("--key-dir"), m_temp.keyDir(), QStringLiteral("--out"),
                                     m_temp.filePath(QStringLiteral("x.cgkey")), QStringLiteral("--passphrase-file"),
                                     QStringLiteral("-")},
                                    QByteArrayLiteral("short\n"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("12")));
    }
};

QTEST_GUILESS_MAIN(tst_KeyCommands)
#include "tst_keycommands.moc"
