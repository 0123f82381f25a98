// import residents, export residents, retention run: the residents commands.
#include "cli/commands.h"

#include "core/actor.h"
#include "services/moveoutservice.h"
#include "services/residentexporter.h"
#include "services/residentimporter.h"
#include "services/retentionservice.h"
#include "services/servicedeps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <memory>

namespace cg::cli {

namespace {

// lupdate files Tr::tr() strings under this context, the one used at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::cli::ResidentCommands)
};

QString seconds(qint64 ms)
{
    return QLocale(QLocale::C).toString(ms / 1000.0, 'f', 2);
}

} // namespace

Command importCommand()
{
    Command c;
    c.name = QStringLiteral("import");
    c.summary = Tr::tr("Import residents from a CSV file (UTF-8 or GB18030, Chinese or English headers); all or nothing.");
    c.usage = QStringLiteral("import residents FILE --database PATH [--check] [--compound NAME]");
    c.database = DatabaseNeed::Existing;
    c.options = {
        QCommandLineOption(QStringLiteral("check"), Tr::tr("Only check the file; write nothing.")),
        QCommandLineOption(QStringLiteral("compound"), Tr::tr("Compound for rows without a compound column."),
                           QStringLiteral("NAME")),
    };
    c.run = [](CommandContext& ctx) {
        if (ctx.positional.size() != 2 || ctx.positional.at(0) != QLatin1String("residents")) {
            ctx.err << Tr::tr("usage: consentgate import residents FILE --database PATH [--check]") << Qt::endl;
            return int(Usage);
        }
        services::ResidentImporter importer(*ctx.deps);
        const bool check = ctx.parser.isSet(QStringLiteral("check"));
        QElapsedTimer timer;
        timer.start();
        auto report = importer.runFile(core::Actor::system(), ctx.positional.at(1),
                                       check ? services::ResidentImporter::Mode::Check
                                             : services::ResidentImporter::Mode::Import,
                                       ctx.parser.value(QStringLiteral("compound")));
        if (!report)
            return reportError(report.error(), ctx.err);
        const QString file = QFileInfo(ctx.positional.at(1)).fileName();
        if (!report->issues.isEmpty()) {
            for (const core::CsvIssue& issue : report->issues) {
                if (issue.column.isEmpty())
                    ctx.err << Tr::tr("%1:%2: %3").arg(file).arg(issue.line).arg(issue.reason) << Qt::endl;
                else
                    ctx.err << Tr::tr("%1:%2: column “%3”: %4").arg(file).arg(issue.line).arg(issue.column, issue.reason)
                            << Qt::endl;
            }
            ctx.err << Tr::tr("%n problem(s) found; nothing was imported.",
                                                   nullptr, int(report->issues.size()))
                    << Qt::endl;
            return int(Failed);
        }
        if (check) {
            ctx.out << Tr::tr("%1 (%2): %3 residents can be imported; %4 new units, %5 new buildings.")
                           .arg(file, report->encoding)
                           .arg(report->created)
                           .arg(report->unitsCreated)
                           .arg(report->buildingsCreated)
                    << Qt::endl;
            return int(Done);
        }
        ctx.out << Tr::tr("Imported %1 residents from %2 (%3) in %4 s: %5 new units, %6 new buildings, "
                      "%7 minors linked to an adult of their unit as guardian.")
                       .arg(report->created)
                       .arg(file, report->encoding, seconds(timer.elapsed()))
                       .arg(report->unitsCreated)
                       .arg(report->buildingsCreated)
                       .arg(report->guardiansLinked)
                << Qt::endl;
        if (report->maskedIdsSkipped > 0)
            ctx.out << Tr::tr("%1 masked ID numbers (from an export) were not stored.").arg(report->maskedIdsSkipped)
                    << Qt::endl;
        return int(Done);
    };
    return c;
}

Command exportCommand()
{
    Command c;
    c.name = QStringLiteral("export");
    c.summary = Tr::tr("Export residents to a CSV file (UTF-8 with BOM); ID numbers masked unless --include-full-id.");
    c.usage = QStringLiteral("export residents --out FILE --database PATH [--include-full-id] [--chinese-headers]");
    c.database = DatabaseNeed::Existing;
    c.options = {
        QCommandLineOption(QStringLiteral("out"), Tr::tr("The CSV file to write."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("include-full-id"),
                           Tr::tr("Write full ID numbers (a provision of personal data; audited).")),
        QCommandLineOption(QStringLiteral("chinese-headers"), Tr::tr("Write the header row in Chinese.")),
    };
    c.run = [](CommandContext& ctx) {
        const QString out = ctx.parser.value(QStringLiteral("out"));
        if (ctx.positional != QStringList{QStringLiteral("residents")} || out.isEmpty()) {
            ctx.err << Tr::tr("usage: consentgate export residents --out FILE --database PATH") << Qt::endl;
            return int(Usage);
        }
        services::ResidentExporter exporter(*ctx.deps);
        services::ResidentExporter::Options options;
        options.includeFullIds = ctx.parser.isSet(QStringLiteral("include-full-id"));
        options.chineseHeaders = ctx.parser.isSet(QStringLiteral("chinese-headers"));
        auto summary = exporter.exportCsv(core::Actor::system(), out, options);
        if (!summary)
            return reportError(summary.error(), ctx.err);
        ctx.out << (summary->fullIds ? Tr::tr("Exported %1 residents with full ID numbers to %2 (recorded in the audit log).")
                                     : Tr::tr("Exported %1 residents (ID numbers masked) to %2."))
                       .arg(summary->rows)
                       .arg(QFileInfo(out).absoluteFilePath())
                << Qt::endl;
        return int(Done);
    };
    return c;
}

Command retentionCommand()
{
    Command c;
    c.name = QStringLiteral("retention");
    c.summary = Tr::tr("Anonymise former residents whose retention period has ended.");
    c.usage = QStringLiteral("retention run --database PATH");
    c.database = DatabaseNeed::Existing;
    c.run = [](CommandContext& ctx) {
        if (ctx.positional != QStringList{QStringLiteral("run")}) {
            ctx.err << Tr::tr("usage: consentgate retention run --database PATH") << Qt::endl;
            return int(Usage);
        }
        services::RetentionService retention(*ctx.deps, std::make_shared<services::MoveOutService>(*ctx.deps));
        auto report = retention.run(core::Actor::system());
        if (!report)
            return reportError(report.error(), ctx.err);
        ctx.out << Tr::tr("Retention period: %1 years. Anonymised %2 former residents who moved out on or before %3.")
                       .arg(retention.retentionYears())
                       .arg(report->anonymised.size())
                       .arg(report->cutoff.toString(Qt::ISODate))
                << Qt::endl;
        return int(Done);
    };
    return c;
}

} // namespace cg::cli
