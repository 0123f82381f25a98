// Benchmark: `consentgate demo --residents N` (default 100,000) on a fresh
// database in a temporary folder, through the real binary. Prints the wall
// time, the time the command reports for seeding, and the file size.
// Run: cmake --build --preset dev --target run_bench_demoseed
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString residents = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("100000");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    QProcess demo;
    demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    demo.start(QStringLiteral(CG_BINARY_PATH),
               {QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--key-dir"),
                dir.filePath(QStringLiteral("keys")), QStringLiteral("--residents"), residents, QStringLiteral("--lang"),
                QStringLiteral("en")});
    if (!demo.waitForFinished(600'000) || demo.exitCode() != 0) {
        std::fprintf(stderr, "demo failed (exit %d)\n", demo.exitCode());
        return 1;
    }
    const double wall = timer.elapsed() / 1000.0;
    const QByteArray said = demo.readAllStandardOutput().trimmed();
    qint64 bytes = 0;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")})
        bytes += QFileInfo(db + suffix).size();
    // CPU time as well: on a shared, loaded machine the wall time says more
    // about the neighbours than about ConsentGate.
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double cpu = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    double load = 0;
    getloadavg(&load, 1);
    std::printf("%s\n", said.constData());
    std::printf("CPU time %.2f s (load average %.1f while running)\n", cpu, load);
    std::printf("demo --residents %s: %.2f s wall (start-up, schema, keys, seeding), database %.1f MiB (%lld bytes)\n",
                qPrintable(residents), wall, bytes / 1048576.0, bytes);
    return 0;
}
