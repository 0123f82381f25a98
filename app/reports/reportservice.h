#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "reports/compliancereport.h"
#include "reports/pdfdocument.h"
#include "services/complianceservice.h"
#include "services/servicedeps.h"

#include <QCoreApplication>

#include <memory>

namespace cg::reports {

// Generates the reports of issue 8 and records each one in the audit trail
// ("report.generate" with kind, filters and size; never personal data).
// Permission: GenerateReports. PDF generation draws charts through the
// injected ChartPainter, so call it on the GUI thread when that painter is
// Qt Charts; CSV exports can run on any thread.
class ReportService final
{
    Q_DECLARE_TR_FUNCTIONS(cg::reports::ReportService)
public:
    enum class Kind { Compliance, Ledger, AccessEvents, Deletions, DeletionCertificate, ImpactAssessment };

    struct Written
    {
        QString path;
        qint64 rows = 0;      // CSV rows / PDF pages
        qint64 elapsedMs = 0;
    };

    ReportService(services::ServiceDeps deps, std::shared_ptr<const ChartPainter> charts);

    // The compliance report as a document (for print preview); audited as
    // "report.print" once per call.
    core::Result<std::unique_ptr<PdfDocument>> complianceDocument(const core::Actor& actor,
                                                                  const storage::ComplianceFilter& filter) const;
    core::Result<Written> writeCompliance(const core::Actor& actor, const storage::ComplianceFilter& filter,
                                          const QString& path) const;
    // Every consent event with its notice hash (CSV).
    core::Result<Written> writeLedger(const core::Actor& actor, const storage::ComplianceFilter& filter,
                                      const QString& path) const;
    // Door events: card / PIN / QR presentations, allowed or denied (CSV).
    core::Result<Written> writeAccessEvents(const core::Actor& actor, const storage::ComplianceFilter& filter,
                                            const QString& path) const;
    // Deletions in the period (PDF list) — the "deletions" headless report.
    core::Result<Written> writeDeletions(const core::Actor& actor, const storage::ComplianceFilter& filter,
                                         const QString& path) const;
    // One resident's deletion certificate (PDF).
    core::Result<Written> writeDeletionCertificate(const core::Actor& actor, qint64 residentId,
                                                   const QString& path) const;
    // Personal-information impact assessment draft (PIPL Art. 55–56), PDF or
    // Markdown (.md, to be completed in a word processor).
    core::Result<Written> writeImpactAssessment(const core::Actor& actor, const QString& path) const;

    // "Compound: …, Building: …" and "2026-10-01 – 2026-10-31" (translated).
    QString scopeText(const storage::ComplianceFilter& filter) const;
    static QString periodText(const storage::ComplianceFilter& filter);
    static QString kindKey(Kind kind);

private:
    PdfDocument::Options options(const core::Actor& actor, const QString& title, const QString& filters) const;
    core::Status audit(const core::Actor& actor, Kind kind, const storage::ComplianceFilter& filter,
                       const QString& path, qint64 size, const QString& action = QStringLiteral("report.generate"),
                       const QString& recordId = {}) const;
    core::Result<ComplianceReportData> complianceData(const core::Actor& actor,
                                                      const storage::ComplianceFilter& filter) const;

    services::ServiceDeps m_deps;
    services::ComplianceService m_compliance;
    std::shared_ptr<const ChartPainter> m_charts;
};

} // namespace cg::reports
