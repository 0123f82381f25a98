// Benchmark for issue 8 at compound scale: the dashboard figures (the same
// ComplianceService::compute the Reports page runs off the GUI thread), the
// compliance PDF (charts through Qt Charts, as the console and the headless
// command draw them) and the consent ledger CSV, on a database seeded by the
// real binary: `consentgate demo --residents 100000 --events 1000000`.
// Targets: dashboard <= 2 s, PDF <= 5 s.
//
// Seeding takes a minute or more, so the database is kept in the build folder
// (tests/bench/reports-cache/) and reused by later runs; delete that folder
// (or pass --reseed) to seed again.
// Run: cmake --build --preset dev --target run_bench_reports
//      build/dev/tests/bench/bench_reports [RESIDENTS EVENTS] [--reseed]
#include "core/actor.h"
#include "core/clock.h"
#include "reports/pdfdocument.h"
#include "reports/reportservice.h"
#include "services/complianceservice.h"
#include "services/servicedeps.h"
#include "storage/database.h"
#include "ui/charts/qtchartpainter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <cstdlib>

#include <sys/resource.h>

using namespace cg;

namespace {

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double load()
{
    double l = 0;
    getloadavg(&l, 1);
    return l;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    const bool reseed = args.removeAll(QStringLiteral("--reseed")) > 0;
    const QString residents = args.value(0, QStringLiteral("100000"));
    const QString events = args.value(1, QStringLiteral("1000000"));

    const QDir cache(QStringLiteral(CG_BENCH_CACHE) + QStringLiteral("/r%1-e%2").arg(residents, events));
    const QString dbPath = cache.filePath(QStringLiteral("bench.sqlite"));
    const QString keyDir = cache.filePath(QStringLiteral("keys"));
    if (reseed)
        QDir(cache.path()).removeRecursively();
    if (!QFileInfo::exists(dbPath)) {
        QDir().mkpath(cache.path());
        out << "Seeding " << dbPath << " (kept for later runs) ..." << Qt::endl;
        QProcess demo;
        demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer wall;
        wall.start();
        demo.start(QStringLiteral(CG_BINARY_PATH),
                   {QStringLiteral("demo"), QStringLiteral("--database"), dbPath, QStringLiteral("--key-dir"), keyDir,
                    QStringLiteral("--residents"), residents, QStringLiteral("--events"), events, QStringLiteral("--lang"),
                    QStringLiteral("en")});
        if (!demo.waitForFinished(3'600'000) || demo.exitCode() != 0) {
            out << "demo failed (exit " << demo.exitCode() << ")" << Qt::endl;
            QDir(cache.path()).removeRecursively();
            return 1;
        }
        out << demo.readAllStandardOutput().trimmed() << Qt::endl;
        out << QStringLiteral("seeding: %1 s wall, %2 s CPU, load average %3")
                   .arg(wall.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(cpuSeconds(RUSAGE_CHILDREN), 0, 'f', 1)
                   .arg(load(), 0, 'f', 1)
            << Qt::endl;
    } else {
        out << "Reusing " << dbPath << " (--reseed to seed again)" << Qt::endl;
    }
    out << QStringLiteral("database: %1 MiB").arg(QFileInfo(dbPath).size() / 1048576.0, 0, 'f', 1) << Qt::endl;

    auto db = storage::Database::open(dbPath);
    if (!db) {
        out << db.error().message << Qt::endl;
        return 1;
    }
    auto deps = services::ServiceDeps::build(db.value(), keyDir, std::make_shared<core::SystemClock>());
    if (!deps) {
        out << deps.error().message << Qt::endl;
        return 1;
    }
    const core::Actor actor = core::Actor::system();
    services::ComplianceService compliance(*deps);

    // The page opens on "last 12 months"; the report is often run for all time.
    const QDate today = QDate::currentDate();
    storage::ComplianceFilter year;
    year.from = QDate(today.year(), today.month(), 1).addMonths(-11);
    year.to = today;
    const storage::ComplianceFilter allTime;
    storage::ComplianceFilter oneCompound;
    if (auto compounds = compliance.compounds(); compounds && !compounds->isEmpty())
        oneCompound.compoundId = compounds->first().id;
    oneCompound.from = year.from;
    oneCompound.to = year.to;

    bool ok = true;
    auto dashboard = [&](const char* label, const storage::ComplianceFilter& f) {
        for (const char* run : {"first", "again"}) {
            QElapsedTimer t;
            t.start();
            const double cpu = cpuSeconds(RUSAGE_SELF);
            auto figures = compliance.compute(actor, f);
            const double s = t.elapsed() / 1000.0;
            if (!figures) {
                out << "dashboard failed: " << figures.error().message << Qt::endl;
                ok = false;
                return;
            }
            out << QStringLiteral("dashboard figures (%1, %2 run): %3 s wall, %4 s CPU, load %5 — %6 residents, "
                                  "%7 violations, %8 deletions, %9 face-data holders, %10 lint findings [target <= 2 s: %11]")
                       .arg(QLatin1String(label), QLatin1String(run))
                       .arg(s, 0, 'f', 2)
                       .arg(cpuSeconds(RUSAGE_SELF) - cpu, 0, 'f', 2)
                       .arg(load(), 0, 'f', 1)
                       .arg(figures->residents)
                       .arg(figures->coverageViolations.value_or(-1))
                       .arg(figures->deletions)
                       .arg(figures->filing.people)
                       .arg(figures->devicesFailing())
                       .arg(s <= 2.0 ? QStringLiteral("met") : QStringLiteral("MISSED"))
                << Qt::endl;
        }
    };
    dashboard("all compounds, last 12 months", year);
    dashboard("all compounds, all time", allTime);
    dashboard("one compound, last 12 months", oneCompound);

    const QDir outDir(cache.filePath(QStringLiteral("out")));
    QDir().mkpath(outDir.path());
    reports::ReportService service(*deps, std::make_shared<ui::QtChartPainter>(reports::PdfDocument::fontFamily()));
    for (const auto& [label, filter] : {std::pair{"last 12 months", year}, std::pair{"all time", allTime}}) {
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds(RUSAGE_SELF);
        const QString pdf = outDir.filePath(QStringLiteral("compliance-%1.pdf").arg(filter.from.isValid() ? 12 : 0));
        auto written = service.writeCompliance(actor, filter, pdf);
        const double s = t.elapsed() / 1000.0;
        if (!written) {
            out << "PDF failed: " << written.error().message << Qt::endl;
            ok = false;
            continue;
        }
        out << QStringLiteral("compliance PDF (%1): %2 s wall, %3 s CPU, load %4 — %5 pages, %6 KiB [target <= 5 s: %7]")
                   .arg(QLatin1String(label))
                   .arg(s, 0, 'f', 2)
                   .arg(cpuSeconds(RUSAGE_SELF) - cpu, 0, 'f', 2)
                   .arg(load(), 0, 'f', 1)
                   .arg(written->rows)
                   .arg(QFileInfo(pdf).size() / 1024)
                   .arg(s <= 5.0 ? QStringLiteral("met") : QStringLiteral("MISSED"))
            << Qt::endl;
    }
    {
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds(RUSAGE_SELF);
        const QString csv = outDir.filePath(QStringLiteral("ledger.csv"));
        auto written = service.writeLedger(actor, allTime, csv);
        if (!written) {
            out << "ledger failed: " << written.error().message << Qt::endl;
            ok = false;
        } else {
            out << QStringLiteral("consent ledger CSV (all time): %1 s wall, %2 s CPU — %3 rows, %4 MiB")
                       .arg(t.elapsed() / 1000.0, 0, 'f', 2)
                       .arg(cpuSeconds(RUSAGE_SELF) - cpu, 0, 'f', 2)
                       .arg(written->rows)
                       .arg(QFileInfo(csv).size() / 1048576.0, 0, 'f', 1)
                << Qt::endl;
        }
    }
    out << "outputs in " << outDir.path() << Qt::endl;
    return ok ? 0 : 1;
}
