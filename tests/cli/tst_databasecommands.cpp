// The real consentgate binary, run through QProcess: --version, --help, init,
// demo, backup and their exit codes (0 done, 2 usage, 3 database problem),
// including files it must refuse and a read-only location (as an
// unprivileged user: permission bits do not stop root).
#include "support/testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cg;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& arguments, const QStringList& prefix = {}, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (prefix.isEmpty()) {
        process.start(test::consentgateBinary(), arguments);
    } else {
        process.start(prefix.first(), prefix.mid(1) + QStringList{test::consentgateBinary()} + arguments);
    }
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile file(info.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly))
            files.insert(info.fileName(), QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        else
            files.insert(info.fileName(), "unreadable");
    }
    return files;
}

int count(const QString& path, const QString& table)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                n = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

} // namespace

class tst_DatabaseCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString keys() const { return m_dir.filePath(QStringLiteral("keys")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo(test::consentgateBinary()).isExecutable());
        QVERIFY(m_dir.isValid());
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("consentgate " CG_VERSION));
    }

    void helpNeedsNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run r = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}, {}, env);
        QCOMPARE(r.exitCode, 0);
        for (const char* word : {"--database", "init --database PATH", "demo --database PATH", "backup --database PATH",
                                 "Exit codes"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
        const Run init = run({QStringLiteral("init"), QStringLiteral("--help")}, {}, env);
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(QLatin1String("usage: consentgate init")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString db = m_dir.filePath(QStringLiteral("usage.sqlite"));
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("init"), QStringLiteral("--colour")};
        QTest::newRow("residents not a number")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--residents"), QStringLiteral("many")};
        QTest::newRow("residents zero")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--residents"), QStringLiteral("0")};
        QTest::newRow("backup without --out") << QStringList{QStringLiteral("backup"), QStringLiteral("--database"), db};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments + QStringList{QStringLiteral("--key-dir"), keys()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void initDemoBackup()
    {
        const QString db = m_dir.filePath(QStringLiteral("site/office.sqlite"));   // folder created by init
        Run r = run({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--key-dir"), keys()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Created database")), qPrintable(r.out));
        QVERIFY(QFile::exists(db));
        r = run({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--key-dir"), keys()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("already exists")));

        r = run({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--key-dir"), keys(),
                 QStringLiteral("--residents"), QStringLiteral("300")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Seeded 300 residents")), qPrintable(r.out));
        QCOMPARE(count(db, QStringLiteral("residents")), 300);
        QVERIFY(count(db, QStringLiteral("doors WHERE kind = 'lift'")) > 0);
        QVERIFY(count(db, QStringLiteral("residents WHERE guardian_id IS NOT NULL")) > 0);

        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        r = run({QStringLiteral("backup"), QStringLiteral("--database"), db, QStringLiteral("--key-dir"), keys(),
                 QStringLiteral("--out"), copy});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(copy, QStringLiteral("residents")), 300);
        // The copy is a ConsentGate database with the same identity (same key).
        r = run({QStringLiteral("init"), QStringLiteral("--database"), copy, QStringLiteral("--key-dir"), keys()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("already exists")));

        // Demo creates the database when missing.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        r = run({QStringLiteral("demo"), QStringLiteral("--database"), fresh, QStringLiteral("--key-dir"), keys(),
                 QStringLiteral("--residents"), QStringLiteral("20")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(fresh, QStringLiteral("residents")), 20);
    }

    void databaseProblemsExitThree_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("wording");
        QTest::newRow("missing, backup") << "missing" << "backup" << "There is no database";
        QTest::newRow("not SQLite, init") << "text" << "init" << "not an SQLite file";
        QTest::newRow("empty, demo") << "empty" << "demo" << "empty file";
        QTest::newRow("newer, backup") << "newer" << "backup" << "newer ConsentGate";
        QTest::newRow("truncated, init") << "truncated" << "init" << "damaged";
        QTest::newRow("missing folder, backup out") << "bad-out" << "backup" << "backup";
    }

    void databaseProblemsExitThree()
    {
        QFETCH(QString, kind);
        QFETCH(QString, command);
        QFETCH(QString, wording);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.sqlite"));
        const QString dirKeys = dir.filePath(QStringLiteral("keys"));
        if (kind != QLatin1String("missing") && kind != QLatin1String("text") && kind != QLatin1String("empty")) {
            QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--key-dir"), dirKeys,
                          QStringLiteral("--residents"), QStringLiteral("2000")})
                         .exitCode,
                     0);
        }
        if (kind == QLatin1String("text")) {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("SQLite is great, but this is a note.\n");
        } else if (kind == QLatin1String("empty")) {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("newer")) {
            QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"), {db, QStringLiteral("PRAGMA user_version = 999;")}), 0);
        } else if (kind == QLatin1String("truncated")) {
            QVERIFY(QFile::resize(db, QFileInfo(db).size() / 2));
        }
        const auto before = snapshot(dir.path());
        QStringList arguments{command, QStringLiteral("--database"), db, QStringLiteral("--key-dir"), dirKeys};
        if (command == QLatin1String("backup"))
            arguments << QStringLiteral("--out") << dir.filePath(QStringLiteral("no/such/folder/copy.sqlite"));
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(wording), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QLatin1String("error: ")), qPrintable(r.err));
        QCOMPARE(snapshot(dir.path()), before);
    }

    void messagesInChinese()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("note.txt"));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
        f.close();
        const Run r = run({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                           QStringLiteral("--key-dir"), dir.filePath(QStringLiteral("keys"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("不是 SQLite 文件")), qPrintable(r.err));
    }

    void readOnlyLocation_data()
    {
        QTest::addColumn<bool>("readOnlyFile");
        QTest::newRow("read-only folder") << false;
        QTest::newRow("read-only file") << true;
    }

    // Run as an unprivileged user (uid 65534) when the suite runs as root, so
    // that the permission bits really apply.
    void readOnlyLocation()
    {
        QFETCH(bool, readOnlyFile);
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther
                                                      | QFileDevice::ExeGroup | QFileDevice::ReadGroup));
        const QString folder = dir.filePath(QStringLiteral("office"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/x.sqlite");
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--key-dir"), dir.filePath(QStringLiteral("keys")),
                      QStringLiteral("--residents"), QStringLiteral("50")})
                     .exitCode,
                 0);
        const bool root = ::geteuid() == 0;
        QStringList prefix;
        if (root) {
            QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty(), "setpriv (util-linux) is needed");
            prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups")};
            // The unprivileged user owns the file (so it can read it) but not the folder.
            QVERIFY(::chown(QFile::encodeName(db).constData(), 65534, 65534) == 0);
            if (readOnlyFile)
                QVERIFY(::chown(QFile::encodeName(folder).constData(), 65534, 65534) == 0);
        }
        if (readOnlyFile) {
            QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        } else {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                      | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        }
        const auto before = snapshot(folder);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        const Run r = run({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--key-dir"),
                           dir.filePath(QStringLiteral("nobody-keys"))},
                          prefix, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("read-only location")), qPrintable(r.err));
        QCOMPARE(snapshot(folder), before);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseCommands)
#include "tst_databasecommands.moc"
