// consentgate credential verify / issue / coverage through the real binary:
// exit 0 and the resident when allowed, 1 and the reason when denied.
#include "clirunner.h"
#include "support/pdftools.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;
using test::runCli;

class tst_CredentialCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList db() const
    {
        return {QStringLiteral("--database"), m_dir.filePath(QStringLiteral("c.sqlite")), QStringLiteral("--key-dir"),
                m_dir.filePath(QStringLiteral("keys"))};
    }
    QStringList cmd(const QStringList& args) const { return QStringList{QStringLiteral("credential")} + args + db(); }

private Q_SLOTS:
    void initTestCase()
    {
        auto r = runCli(QStringList{QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("200")} + db());
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void coverageBeforeAndAfter()
    {
        auto before = runCli(cmd({QStringLiteral("coverage")}));
        QCOMPARE(before.code, 1);      // violations exist
        QVERIFY2(before.out.contains(QLatin1String("violations: 200")), qPrintable(before.out));
        auto issued = runCli(cmd({QStringLiteral("issue"), QStringLiteral("--type"), QStringLiteral("card"),
                                  QStringLiteral("--resident"), QStringLiteral("1"), QStringLiteral("--card"),
                                  QStringLiteral("0012345678")}));
        QVERIFY2(issued.code == 0, qPrintable(issued.err));
        QVERIFY(issued.out.contains(QLatin1String("Wiegand-26 188:24910")));
        auto after = runCli(cmd({QStringLiteral("coverage"), QStringLiteral("--list"), QStringLiteral("3")}));
        QVERIFY(after.out.contains(QLatin1String("violations: 199")));
        QCOMPARE(after.out.count(QLatin1Char('\n')), 4);
    }

    void verifyCardAtRightAndWrongDoor()
    {
        // Resident 1 lives in building 1: door 3 is its entrance, door 6 the next building's.
        auto ok = runCli(cmd({QStringLiteral("verify"), QStringLiteral("--door"), QStringLiteral("3"),
                              QStringLiteral("--card"), QStringLiteral("188:24910")}));
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.startsWith(QLatin1String("ALLOWED")), qPrintable(ok.out));
        QVERIFY(ok.out.contains(QLatin1String("resident 1")));
        auto gate = runCli(cmd({QStringLiteral("verify"), QStringLiteral("--door"), QStringLiteral("南门"),
                                QStringLiteral("--card"), QStringLiteral("12345678")}));
        QCOMPARE(gate.code, 0);
        auto wrong = runCli(cmd({QStringLiteral("verify"), QStringLiteral("--door"), QStringLiteral("6"),
                                 QStringLiteral("--card"), QStringLiteral("12345678")}));
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.out.contains(QLatin1String("wrong_door")), qPrintable(wrong.out));
        auto unknown = runCli(cmd({QStringLiteral("verify"), QStringLiteral("--door"), QStringLiteral("3"),
                                   QStringLiteral("--card"), QStringLiteral("999")}));
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.out.contains(QLatin1String("unknown")));
    }

    void pinWithUnitFromAFile()
    {
        const QString slip = m_dir.filePath(QStringLiteral("slip.pdf"));
        auto issued = runCli(cmd({QStringLiteral("issue"), QStringLiteral("--type"), QStringLiteral("pin"),
                                  QStringLiteral("--resident"), QStringLiteral("2"), QStringLiteral("--out"), slip}));
        QVERIFY2(issued.code == 0, qPrintable(issued.err));
        const auto m = QRegularExpression(QStringLiteral("PIN \\(shown only now\\): (\\d+)")).match(issued.out);
        QVERIFY(m.hasMatch());
        const QString pin = m.captured(1);
        QVERIFY(QString(test::pdfToText(slip, false)).remove(QLatin1Char(' ')).contains(pin));
        // The unit of resident 2 is the first unit: "1-101".
        const QString pinFile = m_dir.filePath(QStringLiteral("pin.txt"));
        QFile f(pinFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pin.toUtf8() + "\n");
        f.close();
        auto ok = runCli(cmd({QStringLiteral("verify"), QStringLiteral("--door"), QStringLiteral("1"),
                              QStringLiteral("--unit"), QStringLiteral("1-101"), QStringLiteral("--pin-file"), pinFile}));
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(QLatin1String("resident 2")));
        // From standard input, wrong.
        auto bad = runCli(cmd({QStringLiteral("verify"), QStringLiteral("--door"), QStringLiteral("1"),
                               QStringLiteral("--unit"), QStringLiteral("1-101"), QStringLiteral("--pin-file"),
                               QStringLiteral("-")}),
                          "000000\n");
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.out.contains(QLatin1String("wrong_pin")));
        // A bare PIN is refused as a usage error.
        auto bare = runCli(cmd({QStringLiteral("verify"), QStringLiteral("--door"), QStringLiteral("1"),
                                QStringLiteral("--unit"), QStringLiteral("1-101")}));
        QCOMPARE(bare.code, 2);
    }

    void batchQrBadgesScanAndOpen()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("badges.pdf"));
        auto issued = runCli(cmd({QStringLiteral("issue"), QStringLiteral("--type"), QStringLiteral("qr"),
                                  QStringLiteral("--building"), QStringLiteral("2幢"), QStringLiteral("--out"), pdf}));
        QVERIFY2(issued.code == 0, qPrintable(issued.err));
        QVERIFY(issued.out.contains(QLatin1String("badge(s)")));
        const QStringList pngs = test::pdfToPng(pdf, m_dir.filePath(QStringLiteral("b")), 150);
        QVERIFY(!pngs.isEmpty());
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), pngs.first()});
        QVERIFY(zbar.waitForFinished(30000));
        const QStringList payloads = QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(payloads.size(), 8);
        auto ok = runCli(cmd({QStringLiteral("verify"), QStringLiteral("--door"), QStringLiteral("6"),
                              QStringLiteral("--qr"), payloads.first()}));
        QCOMPARE(ok.code, 0);
        auto wrong = runCli(cmd({QStringLiteral("verify"), QStringLiteral("--door"), QStringLiteral("3"),
                                 QStringLiteral("--qr"), payloads.first()}));
        QCOMPARE(wrong.code, 1);
    }

    void usageErrors()
    {
        QCOMPARE(runCli(cmd({QStringLiteral("verify"), QStringLiteral("--card"), QStringLiteral("1")})).code, 2);
        QCOMPARE(runCli(cmd({QStringLiteral("verify"), QStringLiteral("--door"), QStringLiteral("nowhere"),
                             QStringLiteral("--card"), QStringLiteral("1")}))
                     .code,
                 2);
        QCOMPARE(runCli(cmd({QStringLiteral("frobnicate")})).code, 2);
        QCOMPARE(runCli(cmd({QStringLiteral("expire")})).code, 0);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialCommands)
#include "tst_credentialcommands.moc"
