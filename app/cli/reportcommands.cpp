// report compliance|ledger|deletions|pia|access|certificate: headless reports
// for scheduled jobs. Charts need a QGuiApplication: main.cpp creates the
// application on the offscreen platform for this command (Command::draws).
#include "cli/commands.h"

#include "core/actor.h"
#include "reports/reportservice.h"
#include "services/servicedeps.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace cg::cli {

namespace {

struct ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(cg::cli::ReportCommands)
};

const QString kOut = QStringLiteral("out");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kCompound = QStringLiteral("compound");
const QString kBuilding = QStringLiteral("building");
const QString kResident = QStringLiteral("resident");

const QString kUsage = QStringLiteral(
    "report compliance|ledger|deletions|pia|access|certificate --database PATH --out FILE"
    " [--lang zh_CN|en] [--from DATE --to DATE] [--compound NAME|ID] [--building NAME|ID] [--resident ID]");

// A compound or building by id or exact name; 0 when not given.
core::Result<qint64> scopeId(const QString& value, const QList<storage::ScopeRef>& refs, const QString& option,
                             qint64 parent = 0)
{
    if (value.isEmpty())
        return qint64(0);
    for (const auto& r : refs) {
        if ((parent == 0 || r.parentId == parent) && (QString::number(r.id) == value || r.name == value))
            return r.id;
    }
    return core::Error::invalid(option, ReportCommands::tr("--%1: there is no “%2”.").arg(option, value));
}

} // namespace

Command reportCommand()
{
    Command c;
    c.name = QStringLiteral("report");
    c.summary = ReportCommands::tr("Write a compliance report (PDF), consent ledger or door events (CSV), deletions (PDF), "
                   "a deletion certificate or an impact assessment draft.");
    c.usage = kUsage;
    c.database = DatabaseNeed::Existing;
    c.draws = true;
    c.options = {
        QCommandLineOption(kOut, ReportCommands::tr("File to write (.pdf; .csv for ledger and access; .pdf or .md for pia)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(kFrom, ReportCommands::tr("First day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")),
        QCommandLineOption(kTo, ReportCommands::tr("Last day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")),
        QCommandLineOption(kCompound, ReportCommands::tr("Only this compound (name or number)."), QStringLiteral("NAME")),
        QCommandLineOption(kBuilding, ReportCommands::tr("Only this building (name or number)."), QStringLiteral("NAME")),
        QCommandLineOption(kResident, ReportCommands::tr("Resident record number (certificate)."), QStringLiteral("ID")),
    };
    c.run = [](CommandContext& ctx) {
        const QString kind = ctx.positional.value(0);
        const QStringList kinds{QStringLiteral("compliance"), QStringLiteral("ledger"), QStringLiteral("deletions"),
                                QStringLiteral("pia"), QStringLiteral("access"), QStringLiteral("certificate")};
        if (ctx.positional.size() != 1 || !kinds.contains(kind)) {
            ctx.err << ReportCommands::tr("usage: consentgate ") << kUsage << Qt::endl;
            return int(Usage);
        }
        const QString out = ctx.parser.value(kOut);
        if (out.isEmpty()) {
            ctx.err << ReportCommands::tr("error: --out FILE is required") << Qt::endl;
            return int(Usage);
        }
        storage::ComplianceFilter filter;
        for (const auto& [option, date] : {std::pair{kFrom, &filter.from}, std::pair{kTo, &filter.to}}) {
            if (!ctx.parser.isSet(option))
                continue;
            *date = QDate::fromString(ctx.parser.value(option), Qt::ISODate);
            if (!date->isValid()) {
                ctx.err << ReportCommands::tr("error: --%1 must be a date like 2026-10-31").arg(option) << Qt::endl;
                return int(Usage);
            }
        }
        if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from) {
            ctx.err << ReportCommands::tr("error: --to is before --from") << Qt::endl;
            return int(Usage);
        }
        services::ComplianceService compliance(*ctx.deps);
        if (ctx.parser.isSet(kCompound) || ctx.parser.isSet(kBuilding)) {
            auto compounds = compliance.compounds();
            auto buildings = compliance.buildings();
            if (!compounds || !buildings)
                return reportError(compounds ? buildings.error() : compounds.error(), ctx.err);
            auto compound = scopeId(ctx.parser.value(kCompound), *compounds, kCompound);
            if (!compound)
                return reportError(compound.error(), ctx.err);
            auto building = scopeId(ctx.parser.value(kBuilding), *buildings, kBuilding, *compound);
            if (!building)
                return reportError(building.error(), ctx.err);
            filter.compoundId = *compound;
            filter.buildingId = *building;
        }

        reports::ReportService service(*ctx.deps, ctx.charts);
        const core::Actor actor = core::Actor::system();
        core::Result<reports::ReportService::Written> written = core::Error::make(core::Error::Kind::Internal, {});
        if (kind == QLatin1String("compliance"))
            written = service.writeCompliance(actor, filter, out);
        else if (kind == QLatin1String("ledger"))
            written = service.writeLedger(actor, filter, out);
        else if (kind == QLatin1String("access"))
            written = service.writeAccessEvents(actor, filter, out);
        else if (kind == QLatin1String("deletions"))
            written = service.writeDeletions(actor, filter, out);
        else if (kind == QLatin1String("pia"))
            written = service.writeImpactAssessment(actor, out);
        else {
            bool ok = false;
            const qint64 resident = ctx.parser.value(kResident).toLongLong(&ok);
            if (!ok || resident <= 0) {
                ctx.err << ReportCommands::tr("error: --resident ID is required for a certificate") << Qt::endl;
                return int(Usage);
            }
            written = service.writeDeletionCertificate(actor, resident, out);
        }
        if (!written)
            return reportError(written.error(), ctx.err);
        const bool csv = kind == QLatin1String("ledger") || kind == QLatin1String("access");
        const int count = int(written->rows);
        ctx.out << (csv ? ReportCommands::tr("Wrote %1 (%n row(s)) in %2 s.", nullptr, count)
                        : ReportCommands::tr("Wrote %1 (%n page(s)) in %2 s.", nullptr, count))
                       .arg(QFileInfo(written->path).absoluteFilePath())
                       .arg(QLocale::c().toString(written->elapsedMs / 1000.0, 'f', 2))
                << Qt::endl;
        return int(Done);
    };
    return c;
}

} // namespace cg::cli
