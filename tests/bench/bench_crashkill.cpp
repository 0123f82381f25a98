// Benchmark: 500 SIGKILLs of a writer process at random moments (the same
// harness as tst_crashsafety, which does 60). Prints how many kills landed
// after commits, how many commits were verified, and the time.
// Run: cmake --build --preset dev --target run_bench_crashkill
#include "crashharness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    const quint32 seed = argc > 2 ? QString::fromLocal8Bit(argv[2]).toUInt() : QRandomGenerator::global()->generate();
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    const auto report =
        cg::test::runCrashRounds(QStringLiteral(CG_CRASH_WRITER), dir.filePath(QStringLiteral("crash.sqlite")), rounds, seed);
    std::printf("%d SIGKILLs (seed %u): %d after commits, %lld reported commits all present, integrity ok after each: %s; %.1f s\n",
                report.rounds, seed, report.killedAfterCommits, report.reported,
                report.failures.isEmpty() ? "yes" : "NO", timer.elapsed() / 1000.0);
    for (const QString& failure : report.failures)
        std::printf("FAILURE: %s\n", qPrintable(failure));
    return report.failures.isEmpty() ? 0 : 1;
}
