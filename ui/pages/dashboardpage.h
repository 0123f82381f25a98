#pragma once

#include "core/actor.h"
#include "core/clock.h"
#include "reports/reportservice.h"
#include "services/complianceservice.h"
#include "ui/page.h"

#include <QFutureWatcher>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;

namespace cg::ui {

class ChartWidget;
class DashboardFilterBar;
class DashboardTiles;
class QtChartPainter;

// Reports: the compliance dashboard (issue 8). The filter bar (compound,
// building, period; DashboardFilterBar); figures computed by
// ComplianceService on the thread pool while a busy indicator shows, so the
// console never freezes; the figure tiles (DashboardTiles: coverage
// violations with the list one click away, deletions, face-data holders
// against the 100,000 filing threshold, door lint); three charts; the
// compliance PDF, its print preview and the consent ledger CSV
// (dashboardexports.cpp).
class DashboardPage final : public Page
{
    Q_OBJECT
public:
    using ActorProvider = std::function<core::Actor()>;

    DashboardPage(std::shared_ptr<services::ComplianceService> compliance,
                  std::shared_ptr<reports::ReportService> reports, std::shared_ptr<const QtChartPainter> painter,
                  std::shared_ptr<const core::Clock> clock, ActorProvider actor, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    // Starts a computation with the current filters (queued behind a running one).
    void refresh();
    bool isComputing() const;
    const std::optional<services::ComplianceFigures>& figures() const { return m_figures; }
    storage::ComplianceFilter currentFilter() const;
    // The list behind the violations tile (non-modal, so the page stays usable).
    QDialog* showViolations();
    // The working-day calendar behind the filing deadline (read-only for
    // roles that cannot edit it). Non-modal; recomputes after a save.
    QDialog* showHolidayTable();

Q_SIGNALS:
    void figuresShown();

protected:
    void retranslate() override;

private:
    void loadScopes();
    void computed();
    void showFigures();
    void showError(const QString& text);
    void writeCompliance();
    void printPreview();
    void writeLedger();

    std::shared_ptr<services::ComplianceService> m_compliance;
    std::shared_ptr<reports::ReportService> m_reports;
    std::shared_ptr<const QtChartPainter> m_painter;
    std::shared_ptr<const core::Clock> m_clock;
    ActorProvider m_actor;
    QFutureWatcher<core::Result<services::ComplianceFigures>> m_watcher;
    std::optional<services::ComplianceFigures> m_figures;
    QString m_error;
    bool m_pending = false;
    bool m_loaded = false;

    QLabel* m_heading = nullptr;
    DashboardFilterBar* m_filters = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    DashboardTiles* m_tiles = nullptr;
    ChartWidget* m_statusChart = nullptr;
    ChartWidget* m_trendChart = nullptr;
    ChartWidget* m_mixChart = nullptr;
    QLabel* m_chartNote = nullptr;
    QPushButton* m_report = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_ledger = nullptr;
};

} // namespace cg::ui
