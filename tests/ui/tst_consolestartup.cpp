// The console's start-up through the real binary on a virtual X screen
// (xvfb-run), driven with xdotool like a person would: with no database the
// first-run wizard comes up, and either creates the office (database, key,
// administrator signed in, notice filled in, demo compound) and opens the
// main window, or, cancelled, leaves nothing behind; a file it must refuse is
// explained in a dialog, the exit code is 3 and the file is unchanged.
#include "support/testenv.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class tst_ConsoleStartup : public QObject
{
    Q_OBJECT
private:
    // One window to wait for (xdotool's --name regular expression) and the
    // keys to press in it.
    struct Step
    {
        QString title;
        QString keys;
    };

    // xdotool key names typing `text` (ASCII letters, digits, space, - and @).
    static QString typed(const QString& text)
    {
        QStringList keys;
        for (const QChar c : text) {
            if (c == QLatin1Char(' '))
                keys << QStringLiteral("space");
            else if (c == QLatin1Char('-'))
                keys << QStringLiteral("minus");
            else if (c == QLatin1Char('@'))
                keys << QStringLiteral("at");
            else
                keys << QString(c);
        }
        return keys.join(QLatin1Char(' '));
    }

    // Starts the console on a fresh virtual screen and, for each step, waits
    // for the window, focuses it and presses the keys.
    int runConsole(const QTemporaryDir& home, const QStringList& arguments, const QList<Step>& steps)
    {
        auto quote = [](const QString& s) -> QString { return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\''); };
        QStringList command{quote(test::consentgateBinary())};
        for (const QString& a : arguments)
            command << quote(a);
        // press TITLE KEYS: waits for the window, focuses it and presses the
        // keys, again every second until the window is gone (a key sent while
        // a loaded machine is still mapping the window can be lost). The
        // wizard names its step in the title, so a step's window goes away
        // when the wizard moves on.
        QString script = QStringLiteral(
            "press() {\n"
            "  for i in $(seq 1 90); do\n"
            "    kill -0 $p 2>/dev/null || return 0\n"
            "    w=$(xdotool search --name \"$1\" 2>/dev/null | head -1)\n"
            "    if [ -n \"$w\" ]; then\n"
            "      xdotool windowfocus --sync \"$w\" 2>/dev/null; xdotool key --delay 40 $2; sleep 1\n"
            "      [ -z \"$(xdotool search --name \"$1\" 2>/dev/null)\" ] && return 0\n"
            "    else sleep 0.5; fi\n"
            "  done\n"
            "}\n");
        script += command.join(QLatin1Char(' ')) + QStringLiteral(" >/dev/null 2>&1 & p=$!\n");
        for (const Step& step : steps)
            script += QStringLiteral("press %1 %2\n").arg(quote(step.title), quote(step.keys));
        script += QStringLiteral("wait $p\n");
        // Xvfb picks its own free display (-displayfd): it binds the sockets itself,
        // so it never lands on a display another X server already holds. Picking a
        // number from lock files (xvfb-run -a) cannot see X servers of a neighbouring
        // chroot or container that share the abstract socket namespace; the console
        // then reached a foreign server, was refused, and aborted.
        const QString wrapper = QStringLiteral(
            "Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>\"$CG_DISPLAY_FILE\" >/dev/null 2>&1 & x=$!\n"
            "for i in $(seq 1 100); do [ -s \"$CG_DISPLAY_FILE\" ] && break; kill -0 $x 2>/dev/null || break; sleep 0.1; done\n"
            "[ -s \"$CG_DISPLAY_FILE\" ] || { echo 'Xvfb did not start' >&2; kill $x 2>/dev/null; exit 97; }\n"
            "export DISPLAY=:$(cat \"$CG_DISPLAY_FILE\")\n"
            "( %1 ); rc=$?\n"
            "kill $x 2>/dev/null; wait $x 2>/dev/null\n"
            "exit $rc\n").arg(script);
        QProcess xvfb;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));   // the real xcb platform on Xvfb
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("CG_DISPLAY_FILE"), home.filePath(QStringLiteral("display")));
        xvfb.setProcessEnvironment(env);
        xvfb.start(QStringLiteral("sh"), {QStringLiteral("-c"), wrapper});
        if (!xvfb.waitForFinished(120'000)) {
            xvfb.kill();
            return -1;
        }
        if (xvfb.exitCode() != 0)
            qInfo("the X session said: %s", xvfb.readAllStandardError().constData());
        return xvfb.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"Xvfb", "xdotool"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
                if (test::underCi())
                    QFAIL(qPrintable(QStringLiteral("%1 is missing (installer/setup.sh test installs it)").arg(QLatin1String(tool))));
                QSKIP("Xvfb and xdotool are needed");
            }
        }
    }

    void refusedFileIsExplainedAndExitsThree()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list\n");
        file.close();
        const QByteArray before = sha256(db);
        const int code = runConsole(dir, {QStringLiteral("--database"), db, QStringLiteral("--key-dir"), dir.filePath(QStringLiteral("keys")),
                                          QStringLiteral("--lang"), QStringLiteral("zh_CN")},
                                    {{QStringLiteral("无法打开数据库"), QStringLiteral("Return")}});
        QCOMPARE(code, 3);
        QCOMPARE(sha256(db), before);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    }

    void noDatabaseQuitCreatesNothing()
    {
        // Through the wizard as far as the administrator, then Escape: no
        // database, no key, not even a settings file.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("office/consentgate.sqlite"));
        const int code = runConsole(dir, {QStringLiteral("--database"), db, QStringLiteral("--key-dir"), dir.filePath(QStringLiteral("keys")),
                                          QStringLiteral("--lang"), QStringLiteral("en")},
                                    {{QStringLiteral("step 1 of 4"), QStringLiteral("Return")},
                                     {QStringLiteral("step 2 of 4"), companyKeys()},
                                     {QStringLiteral("step 3 of 4"), QStringLiteral("Escape")}});
        QCOMPARE(code, 0);
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("office"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("keys"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("config/ConsentGate/consentgate.conf"))));
    }

    void noDatabaseWizardCreatesTheOfficeAndOpensTheConsole()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("office/consentgate.sqlite"));
        // Up = 简体中文, live; the company; the administrator (password typed
        // twice); Space ticks the demo compound (medium); the main window
        // opens signed in, in Chinese; Ctrl+Q quits.
        const QString password = typed(QStringLiteral("chief-password"));
        const int code = runConsole(
            dir,
            {QStringLiteral("--database"), db, QStringLiteral("--key-dir"), dir.filePath(QStringLiteral("keys")),
             QStringLiteral("--lang"), QStringLiteral("en")},
            {{QStringLiteral("step 1 of 4"), QStringLiteral("Up Return")},
             {QStringLiteral("第 2 步"), companyKeys()},
             {QStringLiteral("第 3 步"), QStringLiteral("ctrl+a %1 Tab ctrl+a %2 Tab ctrl+a %3 Tab ctrl+a %3 Return")
                                            .arg(typed(QStringLiteral("chief")), typed(QStringLiteral("Wang")), password)},
             {QStringLiteral("第 4 步"), QStringLiteral("space Return")},
             {QStringLiteral("以同意为先的门禁控制台"), QStringLiteral("ctrl+q")}});
        QCOMPARE(code, 0);
        QVERIFY(QFile::exists(db));
        QStringList users;
        int residents = 0;
        QString processor;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT name || '/' || role FROM users")));
            while (q.next())
                users << q.value(0).toString();
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM residents")) && q.next());
            residents = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("SELECT content FROM notice_versions ORDER BY number DESC LIMIT 1")) && q.next());
            processor = q.value(0).toString();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QCOMPARE(users, QStringList{QStringLiteral("chief/administrator")});
        QVERIFY2(residents >= 1000, qPrintable(QString::number(residents)));
        QVERIFY2(processor.contains(QStringLiteral("Acme Property")) && processor.contains(QStringLiteral("0571-8888 1234")),
                 qPrintable(processor.left(300)));
        QFile settings(dir.filePath(QStringLiteral("config/ConsentGate/consentgate.conf")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(settings.readAll().contains("language=zh_CN"));
    }

private:
    static QString companyKeys()
    {
        return QStringLiteral("ctrl+a %1 Tab ctrl+a %2 Tab ctrl+a %3 Return")
            .arg(typed(QStringLiteral("Acme Property")), typed(QStringLiteral("0571-8888 1234")),
                 typed(QStringLiteral("18 Lakeside Road")));
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleStartup)
#include "tst_consolestartup.moc"
