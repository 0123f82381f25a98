// Residents benchmark (issue 4 targets), run by hand:
//   build/dev/tests/bench/bench_residents [DATABASE KEYDIR]
// Without arguments it seeds 100,000 residents with `consentgate demo` in a
// temporary folder first. Prints: opening the Residents page, search medians
// (3+ and 1-2 characters), jumping to the end of a sorted table, memory
// growth of the page, and importing 100,000 rows from CSV
// (CG_BENCH_PAGE_ONLY=1 stops after the page figures).
#include "core/clock.h"
#include "services/residentexporter.h"
#include "services/residentimporter.h"
#include "services/residentservice.h"
#include "services/servicedeps.h"
#include "storage/database.h"
#include "ui/models/residenttablemodel.h"
#include "ui/pages/residentspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace cg;

namespace {

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// CPU time of this thread: what a search costs, whatever else the shared
// machine is running.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double ms(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void line(const char* what, double value, const char* unit, double target)
{
    std::printf("%-52s %9.1f %-3s (target <= %g %s) %s\n", what, value, unit, target, unit, value <= target ? "ok" : "OVER");
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir temp;
    QString dbPath = app.arguments().value(1);
    QString keyDir = app.arguments().value(2);
    if (dbPath.isEmpty()) {
        dbPath = temp.filePath(QStringLiteral("bench.sqlite"));
        keyDir = temp.filePath(QStringLiteral("keys"));
        QElapsedTimer t;
        t.start();
        const int rc = QProcess::execute(QStringLiteral(CG_BINARY_PATH),
                                         {QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("100000"),
                                          QStringLiteral("--database"), dbPath, QStringLiteral("--key-dir"), keyDir});
        if (rc != 0)
            return 1;
        std::printf("%-52s %9.1f s\n", "consentgate demo --residents 100000", t.elapsed() / 1000.0);
    }
    auto db = storage::Database::open(dbPath);
    if (!db)
        return 3;
    auto deps = services::ServiceDeps::build(db.value(), keyDir, std::make_shared<core::SystemClock>());
    if (!deps)
        return 3;
    auto residents = std::make_shared<services::ResidentService>(*deps);
    const auto actor = [] { return core::Actor::system(); };

    // --- Open the page -------------------------------------------------------
    const double rssBefore = rssMb();
    QElapsedTimer t;
    t.start();
    auto* page = new ui::ResidentsPage({residents, nullptr, nullptr, nullptr}, actor, deps->clock);
    page->resize(1400, 900);
    page->show();
    page->activated();
    (void)page->grab();   // paints the visible rows: the page as the clerk sees it
    const double openMs = ms(t);
    ui::ResidentTableModel* model = page->model();
    const int total = model->rowCount();

    // --- Searches (model reset + first screen of rows) -----------------------
    double lastCpuMs = 0;
    auto searchMs = [&](const QString& q) {
        storage::ResidentFilter f = model->filter();
        f.search = q;
        const double cpuStart = threadCpuMs();
        QElapsedTimer s;
        s.start();
        model->setFilter(f);
        for (int r = 0; r < std::min(30, model->rowCount()); ++r)
            (void)model->data(model->index(r, 0));
        lastCpuMs = threadCpuMs() - cpuStart;
        return ms(s);
    };
    const QStringList longQueries = {QStringLiteral("王伟芳"), QStringLiteral("欧阳娜"), QStringLiteral("张静怡"),
                                     QStringLiteral("陈晨"), QStringLiteral("Smith"), QStringLiteral("Tanaka"),
                                     QStringLiteral("13912"), QStringLiteral("15幢 15-1"), QStringLiteral("wwf"),
                                     QStringLiteral("Müller"), QStringLiteral("李娜娜"), QStringLiteral("司马浩")};
    const QStringList shortQueries = {QStringLiteral("王"), QStringLiteral("伟"), QStringLiteral("欧阳"),
                                      QStringLiteral("李娜"), QStringLiteral("A"), QStringLiteral("an"),
                                      QStringLiteral("ww"), QStringLiteral("静"), QStringLiteral("13"),
                                      QStringLiteral("Ki"), QStringLiteral("王芳"), QStringLiteral("li"),
                                      QStringLiteral("马"), QStringLiteral("1"), QStringLiteral("幢")};
    QList<double> longTimes, shortTimes, longCpu, shortCpu;
    QHash<QString, QList<double>> perQuery, perQueryCpu;
    QHash<QString, QString> shown;   // query -> the count the page shows
    for (int round = 0; round < 3; ++round) {
        for (const QString& q : longQueries) {
            longTimes << searchMs(q);
            longCpu << lastCpuMs;
        }
        for (const QString& q : shortQueries) {
            const double took = searchMs(q);
            shortTimes << took;
            shortCpu << lastCpuMs;
            perQuery[q] << took;
            perQueryCpu[q] << lastCpuMs;
            shown[q] = model->countIsExact() ? QString::number(model->rowCount())
                                             : QStringLiteral("%1+").arg(model->rowCount());
        }
    }
    searchMs(QString());

    // --- Jump to the end of a sorted table ------------------------------------
    QList<double> jumps;
    for (ui::ResidentTableModel::Column c : {ui::ResidentTableModel::Name, ui::ResidentTableModel::Unit,
                                             ui::ResidentTableModel::Phone}) {
        model->sort(c, Qt::AscendingOrder);
        QElapsedTimer j;
        j.start();
        page->table()->scrollToBottom();
        for (int r = total - 30; r < total; ++r)
            (void)model->data(model->index(r, 0));
        (void)page->table()->grab();
        jumps << ms(j);
    }
    // Scroll through 20,000 rows page by page, then jump around.
    for (int r = 0; r < 20'000; r += 10)
        (void)model->data(model->index(r, 0));
    for (int r = total - 1; r > 0; r -= total / 50)
        (void)model->data(model->index(r, 0));
    const double rssAfter = rssMb();

    std::printf("\nResidents page with %d residents (load average matters: this machine is shared)\n", total);
    line("open the Residents page (construct, count, paint)", openMs, "ms", 300);
    line("search median, 3+ characters (FTS5 trigram)", median(longTimes), "ms", 10);
    line("search median, 1-2 characters (grams / capped scan)", median(shortTimes), "ms", 50);
    std::printf("%-52s %9.1f ms  (CPU time of the GUI thread)\n", "search median CPU, 3+ characters", median(longCpu));
    std::printf("%-52s %9.1f ms  (CPU time of the GUI thread)\n", "search median CPU, 1-2 characters", median(shortCpu));
    for (const QString& q : shortQueries)
        std::printf("    %-6s %6.1f ms wall %6.1f ms CPU  %s rows\n", qPrintable(q), median(perQuery.value(q)),
                    median(perQueryCpu.value(q)), qPrintable(shown.value(q)));
    line("search slowest, 1-2 characters", *std::max_element(shortTimes.begin(), shortTimes.end()), "ms", 50);
    line("jump to the end of a sorted table (worst of 3 sorts)", *std::max_element(jumps.begin(), jumps.end()), "ms", 50);
    line("memory growth of the page (open, search, scroll)", rssAfter - rssBefore, "MB", 50);
    delete page;
    if (qEnvironmentVariableIsSet("CG_BENCH_PAGE_ONLY"))
        return 0;   // iterating on the page: skip export and import

    // --- Import 100,000 rows --------------------------------------------------
    const QString csv = temp.filePath(QStringLiteral("all.csv"));
    services::ResidentExporter exporter(*deps);
    QElapsedTimer e;
    e.start();
    auto exported = exporter.exportCsv(core::Actor::system(), csv, {true, true});
    if (!exported)
        return 1;
    const double exportS = e.elapsed() / 1000.0;
    storage::Database::Options create;
    create.mode = storage::Database::OpenMode::CreateIfMissing;
    auto target = storage::Database::open(temp.filePath(QStringLiteral("import.sqlite")), create);
    if (!target)
        return 3;
    auto targetDeps = services::ServiceDeps::build(target.value(), temp.filePath(QStringLiteral("keys2")),
                                                   std::make_shared<core::SystemClock>());
    if (!targetDeps)
        return 3;
    services::ResidentImporter importer(*targetDeps);
    QElapsedTimer i;
    i.start();
    const std::clock_t cpuStart = std::clock();
    auto report = importer.runFile(core::Actor::system(), csv, services::ResidentImporter::Mode::Import);
    const double importS = i.elapsed() / 1000.0;
    const double importCpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!report || !report->committed) {
        std::printf("import failed: %s\n",
                    qPrintable(report ? report->issues.value(0).reason : report.error().message));
        return 1;
    }
    std::printf("%-52s %9.1f s   (%d rows, full IDs)\n", "export to CSV", exportS, exported->rows);
    line("import 100,000 rows (all or nothing, one transaction)", importS, "s", 10);
    line("import 100,000 rows: CPU time of this process", importCpu, "s", 10);
    return 0;
}
