// Crash safety (DOMAIN rule 9): a writer process is killed with SIGKILL at
// random moments; every record it reported committed must survive and the
// file must pass PRAGMA integrity_check. bench_crashkill runs 500 kills.
#include "crashharness.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

class tst_CrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void committedRecordsSurviveSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint32 seed = QRandomGenerator::global()->generate();
        QElapsedTimer timer;
        timer.start();
        const test::CrashReport report =
            test::runCrashRounds(QStringLiteral(CG_CRASH_WRITER), dir.filePath(QStringLiteral("crash.sqlite")), 60, seed);
        qInfo("%d kills (seed %u), %d after commits, %lld commits checked, %.1f s", report.rounds, seed,
              report.killedAfterCommits, report.reported, timer.elapsed() / 1000.0);
        QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(QLatin1Char('\n'))));
        QCOMPARE(report.rounds, 60);
        // The kills must really interrupt writing, not only start-up.
        QVERIFY2(report.killedAfterCommits >= 30, qPrintable(QString::number(report.killedAfterCommits)));
        QVERIFY(report.reported > 100);
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
