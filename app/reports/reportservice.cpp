#include "reports/reportservice.h"

#include "core/clock.h"
#include "reports/csvwriter.h"
#include "reports/reporttext.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "storage/database.h"
#include "storage/exportrepository.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace cg::reports {

using core::Result;

ReportService::ReportService(services::ServiceDeps deps, std::shared_ptr<const ChartPainter> charts)
    : m_deps(deps), m_compliance(deps), m_charts(std::move(charts))
{
}

QString ReportService::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Compliance: return QStringLiteral("compliance");
    case Kind::Ledger: return QStringLiteral("ledger");
    case Kind::AccessEvents: return QStringLiteral("access");
    case Kind::Deletions: return QStringLiteral("deletions");
    case Kind::DeletionCertificate: return QStringLiteral("deletion_certificate");
    case Kind::ImpactAssessment: return QStringLiteral("pia");
    }
    return {};
}

QString ReportService::periodText(const storage::ComplianceFilter& f)
{
    if (!f.from.isValid() && !f.to.isValid())
        return tr("all time");
    if (!f.from.isValid())
        return tr("until %1").arg(f.to.toString(Qt::ISODate));
    if (!f.to.isValid())
        return tr("from %1").arg(f.from.toString(Qt::ISODate));
    return QStringLiteral("%1 – %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
}

QString ReportService::scopeText(const storage::ComplianceFilter& f) const
{
    QString compound;
    QString building;
    qint64 compoundId = f.compoundId;
    if (f.buildingId > 0) {
        if (auto list = m_compliance.buildings()) {
            for (const auto& b : *list)
                if (b.id == f.buildingId) {
                    building = b.name;
                    compoundId = b.parentId;
                }
        }
    }
    if (compoundId > 0) {
        if (auto list = m_compliance.compounds()) {
            for (const auto& c : *list)
                if (c.id == compoundId)
                    compound = c.name;
        }
    }
    if (compound.isEmpty())
        return tr("All compounds");
    if (building.isEmpty())
        return tr("Compound: %1").arg(compound);
    return tr("Compound: %1, building: %2").arg(compound, building);
}

PdfDocument::Options ReportService::options(const core::Actor& actor, const QString& title, const QString& filters) const
{
    PdfDocument::Options o;
    o.title = title;
    // A scheduled job runs as the system actor ("system:<OS user>"): say so in words.
    const QString osUser = actor.name.section(QLatin1Char(':'), 1);
    o.operatorName = !actor.isSystem() ? actor.name
                     : (osUser.isEmpty() || osUser == QLatin1String("unknown"))
                         ? tr("scheduled job (command line)")
                         : tr("scheduled job (command line, %1)").arg(osUser);
    o.filters = filters;
    o.generatedAtUtc = m_deps.clock->nowUtc();
    o.footerNote = tr("ConsentGate %1 · database %2 · confidential: contains personal information")
                       .arg(QStringLiteral(CG_VERSION), m_deps.database->uuid().left(8));
    return o;
}

core::Status ReportService::audit(const core::Actor& actor, Kind kind, const storage::ComplianceFilter& f,
                                  const QString& path, qint64 size, const QString& action, const QString& recordId) const
{
    QJsonObject details{{QStringLiteral("kind"), kindKey(kind)},
                        {QStringLiteral("size"), size},
                        {QStringLiteral("compound"), f.compoundId},
                        {QStringLiteral("building"), f.buildingId},
                        {QStringLiteral("from"), f.from.toString(Qt::ISODate)},
                        {QStringLiteral("to"), f.to.toString(Qt::ISODate)}};
    if (!path.isEmpty())
        details.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_deps.audit->record(actor, action, QStringLiteral("report"), recordId.isEmpty() ? kindKey(kind) : recordId,
                                      details);
        !s)
        return s;
    return tx.commit();
}

Result<ComplianceReportData> ReportService::complianceData(const core::Actor& actor,
                                                          const storage::ComplianceFilter& filter) const
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::GenerateReports); !s)
        return s.error();
    ComplianceReportData data;
    auto figures = m_compliance.compute(actor, filter);
    if (!figures)
        return figures.error();
    data.figures = std::move(*figures);
    auto optedOut = m_compliance.optedOut(actor, filter, ComplianceReport::kListLimit);
    if (!optedOut)
        return optedOut.error();
    data.optedOut = *optedOut;
    auto reconsent = m_compliance.reconsentBacklog(actor, filter, ComplianceReport::kListLimit);
    if (!reconsent)
        return reconsent.error();
    data.reconsent = *reconsent;
    auto audit = m_compliance.auditCheck(actor);
    if (!audit)
        return audit.error();
    data.audit = *audit;
    data.scope = scopeText(filter);
    data.period = periodText(filter);
    return data;
}

Result<std::unique_ptr<PdfDocument>> ReportService::complianceDocument(const core::Actor& actor,
                                                                       const storage::ComplianceFilter& filter) const
{
    auto data = complianceData(actor, filter);
    if (!data)
        return data.error();
    auto doc = std::make_unique<PdfDocument>(
        options(actor, tr("Compliance report"), data->scope + QStringLiteral(" · ") + data->period));
    doc->setChartPainter(m_charts);
    ComplianceReport::build(*doc, *data);
    if (auto s = audit(actor, Kind::Compliance, filter, {}, 0, QStringLiteral("report.print")); !s)
        return s.error();
    return doc;
}

Result<ReportService::Written> ReportService::writeCompliance(const core::Actor& actor,
                                                              const storage::ComplianceFilter& filter,
                                                              const QString& path) const
{
    QElapsedTimer timer;
    timer.start();
    auto data = complianceData(actor, filter);
    if (!data)
        return data.error();
    PdfDocument doc(options(actor, tr("Compliance report"), data->scope + QStringLiteral(" · ") + data->period));
    doc.setChartPainter(m_charts);
    ComplianceReport::build(doc, *data);
    if (auto s = doc.writePdf(path); !s)
        return s.error();
    if (auto s = audit(actor, Kind::Compliance, filter, path, doc.pageCount()); !s) {
        QFile::remove(path);   // no unaudited export
        return s.error();
    }
    return Written{path, doc.pageCount(), timer.elapsed()};
}

namespace {

template <typename Fill>
Result<ReportService::Written> writeCsv(const QString& path, const QStringList& header, Fill fill)
{
    QElapsedTimer timer;
    timer.start();
    CsvWriter csv(path);
    if (auto s = csv.open(header); !s)
        return s.error();
    auto n = fill([&csv](const QStringList& fields) { csv.row(fields); });
    if (!n)
        return n.error();
    if (auto s = csv.commit(); !s)
        return s.error();
    return ReportService::Written{path, csv.rows(), timer.elapsed()};
}

} // namespace

Result<ReportService::Written> ReportService::writeLedger(const core::Actor& actor,
                                                          const storage::ComplianceFilter& filter,
                                                          const QString& path) const
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::GenerateReports); !s)
        return s.error();
    storage::ExportRepository repo(m_deps.database);
    auto written = writeCsv(path, storage::ExportRepository::ledgerColumns(),
                            [&](const storage::ExportRepository::Sink& sink) { return repo.consentLedger(filter, sink); });
    if (!written)
        return written.error();
    if (auto s = audit(actor, Kind::Ledger, filter, path, written->rows); !s) {
        QFile::remove(path);
        return s.error();
    }
    return written;
}

Result<ReportService::Written> ReportService::writeAccessEvents(const core::Actor& actor,
                                                                const storage::ComplianceFilter& filter,
                                                                const QString& path) const
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::GenerateReports); !s)
        return s.error();
    storage::ExportRepository repo(m_deps.database);
    auto written = writeCsv(path, storage::ExportRepository::accessColumns(),
                            [&](const storage::ExportRepository::Sink& sink) { return repo.accessEvents(filter, sink); });
    if (!written)
        return written.error();
    if (auto s = audit(actor, Kind::AccessEvents, filter, path, written->rows); !s) {
        QFile::remove(path);
        return s.error();
    }
    return written;
}

Result<ReportService::Written> ReportService::writeDeletions(const core::Actor& actor,
                                                             const storage::ComplianceFilter& filter,
                                                             const QString& path) const
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = m_deps.authorizer->require(actor, core::Permission::GenerateReports); !s)
        return s.error();
    storage::ComplianceRepository repo(m_deps.database);
    auto total = repo.deletionCount(filter);
    if (!total)
        return total.error();
    auto rows = repo.deletions(filter, std::max(1, *total));
    if (!rows)
        return rows.error();
    const QString scope = scopeText(filter);
    PdfDocument::Options o = options(actor, tr("Face data deletions"), scope + QStringLiteral(" · ") + periodText(filter));
    o.format = PdfDocument::Format::A4Landscape;
    PdfDocument doc(o);
    doc.heading(tr("Face data deletions"));
    doc.keyValues({{tr("Scope"), scope}, {tr("Period"), periodText(filter)}, {tr("Deletions"), QString::number(*total)}});
    if (rows->isEmpty()) {
        doc.paragraph(tr("No deletions in the period."));
    } else {
        QList<QStringList> table;
        for (const auto& d : *rows)
            table << QStringList{localDateTime(d.requestedAt), localDateTime(d.deletedAt),
                                 durationText(std::max<qint64>(0, d.requestedAt.secsTo(d.deletedAt))),
                                 d.building + QLatin1Char(' ') + d.unit, d.name, deletionReasonName(d.reason),
                                 deletedDataText(d.images, d.templates),
                                 d.pendingDevices.isEmpty() ? tr("none pending") : d.pendingDevices.join(QStringLiteral(", ")),
                                 d.actor};
        doc.table({tr("Requested"), tr("Deleted"), tr("Took"), tr("Unit"), tr("Resident"), tr("Reason"),
                   tr("Deleted data"), tr("Device copies pending"), tr("By")},
                  table, {0.12, 0.12, 0.08, 0.1, 0.12, 0.12, 0.12, 0.11, 0.11});
    }
    if (auto s = doc.writePdf(path); !s)
        return s.error();
    if (auto s = audit(actor, Kind::Deletions, filter, path, rows->size()); !s) {
        QFile::remove(path);
        return s.error();
    }
    return Written{path, doc.pageCount(), timer.elapsed()};
}

} // namespace cg::reports
