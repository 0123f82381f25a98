#include "ui/pages/dashboardpage.h"

#include "reports/compliancereport.h"
#include "reports/reporttext.h"
#include "ui/charts/chartwidget.h"
#include "ui/dialogs/holidaytabledialog.h"
#include "ui/dialogs/violationsdialog.h"
#include "ui/icons.h"
#include "ui/pages/dashboardfilterbar.h"
#include "ui/pages/dashboardtiles.h"

#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cg::ui {

DashboardPage::DashboardPage(std::shared_ptr<services::ComplianceService> compliance,
                             std::shared_ptr<reports::ReportService> reports,
                             std::shared_ptr<const QtChartPainter> painter, std::shared_ptr<const core::Clock> clock,
                             ActorProvider actor, QWidget* parent)
    : Page(parent)
    , m_compliance(std::move(compliance))
    , m_reports(std::move(reports))
    , m_painter(std::move(painter))
    , m_clock(std::move(clock))
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    m_heading = new QLabel(content);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    m_filters = new DashboardFilterBar(m_clock, content);
    layout->addWidget(m_filters);

    // Progress.
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(content);
    m_progress->setRange(0, 0);   // busy: the service reports no steps
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_status, 1);
    layout->addLayout(progressRow);

    m_tiles = new DashboardTiles(content);
    layout->addWidget(m_tiles);

    // Charts.
    m_statusChart = new ChartWidget(m_painter, content);
    m_statusChart->setObjectName(QStringLiteral("statusChart"));
    m_statusChart->setMinimumChartHeight(280);
    layout->addWidget(m_statusChart, 2);
    m_chartNote = new QLabel(content);
    m_chartNote->setWordWrap(true);
    m_chartNote->hide();
    layout->addWidget(m_chartNote);
    auto* lower = new QHBoxLayout;
    m_trendChart = new ChartWidget(m_painter, content);
    m_trendChart->setObjectName(QStringLiteral("trendChart"));
    m_mixChart = new ChartWidget(m_painter, content);
    m_mixChart->setObjectName(QStringLiteral("mixChart"));
    // Equal halves: the pie's legend names every slice with its count and
    // share, and Qt Charts elides legend entries that do not fit.
    lower->addWidget(m_trendChart, 1);
    lower->addWidget(m_mixChart, 1);
    layout->addLayout(lower, 2);

    // Reports.
    auto* buttons = new QHBoxLayout;
    m_report = new QPushButton(themedIcon(QStringLiteral("document-save")), QString(), content);
    m_preview = new QPushButton(themedIcon(QStringLiteral("document-print")), QString(), content);
    m_preview->setShortcut(QKeySequence::Print);
    m_ledger = new QPushButton(themedIcon(QStringLiteral("document-export")), QString(), content);
    buttons->addWidget(m_report);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_ledger);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(&m_watcher, &QFutureWatcher<core::Result<services::ComplianceFigures>>::finished, this,
            &DashboardPage::computed);
    connect(m_filters, &DashboardFilterBar::refreshRequested, this, &DashboardPage::refresh);
    connect(m_tiles, &DashboardTiles::violationsRequested, this, [this] { showViolations(); });
    connect(m_tiles, &DashboardTiles::holidayTableRequested, this, [this] { showHolidayTable(); });
    connect(m_report, &QPushButton::clicked, this, &DashboardPage::writeCompliance);
    connect(m_preview, &QPushButton::clicked, this, &DashboardPage::printPreview);
    connect(m_ledger, &QPushButton::clicked, this, &DashboardPage::writeLedger);
    retranslate();
}

DashboardPage::~DashboardPage()
{
    // The worker uses the service this page shares; let it finish first.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

QString DashboardPage::title() const
{
    return tr("Reports");
}

QIcon DashboardPage::icon() const
{
    return themedIcon(QStringLiteral("office-chart-bar"));
}

void DashboardPage::activated()
{
    if (!m_loaded) {
        m_loaded = true;
        loadScopes();
    }
    refresh();
}

void DashboardPage::loadScopes()
{
    auto compounds = m_compliance->compounds();
    auto buildings = m_compliance->buildings();
    m_filters->setScopes(compounds ? compounds.value() : QList<storage::ScopeRef>{},
                         buildings ? buildings.value() : QList<storage::ScopeRef>{});
}

storage::ComplianceFilter DashboardPage::currentFilter() const
{
    return m_filters->filter();
}

bool DashboardPage::isComputing() const
{
    return m_watcher.isRunning();
}

void DashboardPage::refresh()
{
    if (!m_loaded)
        return;   // first shown: activated() loads the filters, then computes
    if (m_watcher.isRunning()) {
        m_pending = true;   // the running result is stale; compute again when it lands
        return;
    }
    m_progress->show();
    m_status->setText(tr("Computing the figures…"));
    m_status->setStyleSheet(QString());
    m_watcher.setFuture(m_compliance->computeAsync(m_actor(), currentFilter()));
}

void DashboardPage::computed()
{
    if (m_pending) {
        m_pending = false;
        m_watcher.setFuture(m_compliance->computeAsync(m_actor(), currentFilter()));
        return;
    }
    m_progress->hide();
    const auto result = m_watcher.result();
    if (!result) {
        m_error = result.error().message;
        showError(m_error);
        return;
    }
    m_error.clear();
    m_figures = result.value();
    showFigures();
    Q_EMIT figuresShown();
}

void DashboardPage::showError(const QString& text)
{
    m_status->setText(tr("Error: the figures could not be computed. %1").arg(text));
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
}

void DashboardPage::showFigures()
{
    if (!m_figures)
        return;
    const services::ComplianceFigures& f = *m_figures;
    m_status->setText(tr("%Ln resident(s) in scope. Computed at %1 in %2 ms.", nullptr, f.residents)
                          .arg(reports::localDateTime(f.computedAtUtc))
                          .arg(f.elapsedMs)
                      + (f.notes.isEmpty() ? QString() : QStringLiteral(" ") + f.notes.join(QLatin1Char(' '))));
    m_status->setStyleSheet(QString());
    m_tiles->showFigures(f);

    // Charts.
    const bool grouped = reports::ComplianceReport::statusByCompound(f);
    m_statusChart->setChart(reports::ComplianceReport::statusByBuildingChart(f));
    m_chartNote->setVisible(grouped);
    m_chartNote->setText(tr("%Ln building(s): shown by compound. Choose a compound to see its buildings.", nullptr,
                            int(f.byBuilding.size())));
    m_trendChart->setChart(reports::ComplianceReport::trendChart(f));
    m_mixChart->setChart(reports::ComplianceReport::credentialMixChart(f));
}

QDialog* DashboardPage::showHolidayTable()
{
    auto* dialog = new HolidayTableDialog(m_compliance, m_actor(), m_clock->todayLocal().year(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &DashboardPage::refresh);
    dialog->open();
    return dialog;
}

QDialog* DashboardPage::showViolations()
{
    if (!m_figures || !m_figures->coverageViolations)
        return nullptr;
    auto* dialog = new ViolationsDialog(*m_figures, this);
    dialog->open();
    return dialog;
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Compliance dashboard"));
    // The scroll area takes the focus so the keyboard can scroll the tiles and charts.
    if (auto* scroll = findChild<QScrollArea*>())
        scroll->setAccessibleName(m_heading->text());
    m_progress->setAccessibleName(tr("Computing the figures"));
    m_report->setText(tr("Compliance &report…"));
    m_report->setToolTip(tr("Save the compliance report as a PDF for an inspector."));
    m_preview->setText(tr("Print pre&view…"));
    m_ledger->setText(tr("Consent &ledger (CSV)…"));
    m_ledger->setToolTip(tr("Every consent event with the hash of the notice shown."));
    if (m_figures)
        showFigures();
    else if (!m_error.isEmpty())
        showError(m_error);
    else if (m_watcher.isRunning())
        m_status->setText(tr("Computing the figures…"));
}

} // namespace cg::ui
