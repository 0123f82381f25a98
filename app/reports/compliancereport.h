#pragma once

#include "reports/pdfdocument.h"
#include "services/complianceservice.h"

namespace cg::reports {

// What the compliance report shows; gathered by ReportService.
struct ComplianceReportData
{
    services::ComplianceFigures figures;
    QList<storage::ResidentLine> optedOut;      // capped; figures give the totals
    QList<storage::ResidentLine> reconsent;
    services::AuditCheck audit;
    QString scope;                               // "Compound: …, Building: …" (translated)
    QString period;                              // "2026-10-01 – 2026-10-31" or "all time"
};

// Lays the compliance report out into `doc` (A4): summary table, charts,
// coverage violations, opted-out residents with their credentials,
// deletions, re-consent backlog, device status, audit chain, notes.
// Strings in context "cg::reports::ComplianceReport" (the current language).
class ComplianceReport final
{
    Q_DECLARE_TR_FUNCTIONS(cg::reports::ComplianceReport)
public:
    static constexpr int kListLimit = 1000;   // longer lists: see the CSV exports
    static constexpr int kDeviceListAll = 120;   // more devices: list those using face or failing
    static void build(PdfDocument& doc, const ComplianceReportData& data);
    // More bars than this turn the status chart horizontal.
    static constexpr int kMaxBars = 12;
    // The three charts, shared with the dashboard. Consent status shows one
    // bar per building, or one per compound when more than kMaxBars
    // buildings of several compounds are in scope (statusByCompound()).
    static ChartSpec statusByBuildingChart(const services::ComplianceFigures& f);
    static bool statusByCompound(const services::ComplianceFigures& f);
    // The height (mm) the status chart needs on A4 so every bar keeps its label.
    static qreal statusChartHeightMm(const ChartSpec& spec);
    static ChartSpec trendChart(const services::ComplianceFigures& f);
    static ChartSpec credentialMixChart(const services::ComplianceFigures& f);
    // Status colours (also used by the dashboard legend).
    static QColor statusColor(const QString& key);
};

} // namespace cg::reports
