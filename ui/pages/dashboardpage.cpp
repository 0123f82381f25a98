#include "ui/pages/dashboardpage.h"

#include "reports/compliancereport.h"
#include "reports/reporttext.h"
#include "ui/charts/chartwidget.h"
#include "ui/icons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cg::ui {

namespace {

enum Preset { Last30Days, Last3Months, ThisYear, Last12Months, AllTime, Custom };

// Many buildings make the stacked bars unreadable; across several compounds
// the chart then shows one bar per compound (choose a compound to see its
// buildings).
constexpr int kMaxBars = 12;

bool groupsByCompound(const services::ComplianceFigures& f)
{
    if (f.byBuilding.size() <= kMaxBars)
        return false;
    QSet<QString> compounds;
    for (const auto& b : f.byBuilding)
        compounds.insert(b.compound);
    return compounds.size() > 1;
}

services::ComplianceFigures perCompound(const services::ComplianceFigures& f)
{
    services::ComplianceFigures out;
    QMap<QString, storage::BuildingConsent> sums;
    for (const auto& b : f.byBuilding) {
        auto& s = sums[b.compound];
        s.building = b.compound;   // the category label; compound left empty so it is not repeated
        s.agreed += b.agreed;
        s.refused += b.refused;
        s.withdrawn += b.withdrawn;
        s.neverAsked += b.neverAsked;
        s.reconsentNeeded += b.reconsentNeeded;
    }
    out.byBuilding = sums.values();
    return out;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

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

    // Filters.
    auto* filters = new QHBoxLayout;
    m_compoundLabel = new QLabel(content);
    m_compound = new QComboBox(content);
    m_compound->setObjectName(QStringLiteral("compoundFilter"));
    m_compoundLabel->setBuddy(m_compound);
    m_buildingLabel = new QLabel(content);
    m_building = new QComboBox(content);
    m_building->setObjectName(QStringLiteral("buildingFilter"));
    m_buildingLabel->setBuddy(m_building);
    m_periodLabel = new QLabel(content);
    m_preset = new QComboBox(content);
    m_preset->setObjectName(QStringLiteral("periodFilter"));
    for (int i = 0; i <= Custom; ++i)
        m_preset->addItem(QString());
    m_periodLabel->setBuddy(m_preset);
    m_from = new QDateEdit(content);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toLabel = new QLabel(content);
    m_to = new QDateEdit(content);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toLabel->setBuddy(m_to);
    m_refresh = new QPushButton(themedIcon(QStringLiteral("view-refresh")), QString(), content);
    m_refresh->setShortcut(QKeySequence::Refresh);
    for (QWidget* w : std::initializer_list<QWidget*>{m_compoundLabel, m_compound, m_buildingLabel, m_building,
                                                      m_periodLabel, m_preset, m_from, m_toLabel, m_to, m_refresh})
        filters->addWidget(w);
    filters->addStretch(1);
    layout->addLayout(filters);

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

    // Figure tiles.
    auto* tiles = new QHBoxLayout;
    m_violations = makeTile(QStringLiteral("tileViolations"));
    m_violationsButton = new QPushButton(themedIcon(QStringLiteral("view-list-details")), QString(), m_violations.frame);
    m_violationsButton->setObjectName(QStringLiteral("showViolations"));
    m_violations.frame->layout()->addWidget(m_violationsButton);
    m_deletions = makeTile(QStringLiteral("tileDeletions"));
    m_faceData = makeTile(QStringLiteral("tileFaceData"));
    m_doors = makeTile(QStringLiteral("tileDoors"));
    for (const Tile* t : {&m_violations, &m_deletions, &m_faceData, &m_doors})
        tiles->addWidget(t->frame, 1);
    layout->addLayout(tiles);

    // Charts.
    m_statusChart = new ChartWidget(m_painter, content);
    m_statusChart->setObjectName(QStringLiteral("statusChart"));
    m_statusChart->setMinimumHeight(280);
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
    lower->addWidget(m_trendChart, 3);
    lower->addWidget(m_mixChart, 2);
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
    connect(m_compound, &QComboBox::currentIndexChanged, this, [this] {
        fillBuildings();
        refresh();
    });
    connect(m_building, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        refresh();
    });
    // Editing a date makes the period custom; the computation starts on Refresh
    // (or when the editor loses focus) so typing a date does not start ten.
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_preset->currentIndex() != Custom) {
                const QSignalBlocker block(m_preset);
                m_preset->setCurrentIndex(Custom);
            }
            refresh();
        });
    }
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_violationsButton, &QPushButton::clicked, this, [this] { showViolations(); });
    connect(m_report, &QPushButton::clicked, this, &DashboardPage::writeCompliance);
    connect(m_preview, &QPushButton::clicked, this, &DashboardPage::printPreview);
    connect(m_ledger, &QPushButton::clicked, this, &DashboardPage::writeLedger);

    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(Last12Months);
    }
    applyPreset();
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

DashboardPage::Tile DashboardPage::makeTile(const QString& objectName)
{
    Tile t;
    t.frame = new QFrame(this);
    t.frame->setObjectName(objectName);
    t.frame->setFrameShape(QFrame::StyledPanel);
    t.frame->setFocusPolicy(Qt::TabFocus);   // keyboard and screen-reader users reach every figure
    auto* box = new QVBoxLayout(t.frame);
    t.caption = new QLabel(t.frame);
    t.caption->setWordWrap(true);
    t.value = new QLabel(QStringLiteral("—"), t.frame);
    t.value->setObjectName(objectName + QStringLiteral("Value"));
    QFont big = t.value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    t.value->setFont(big);
    t.detail = new QLabel(t.frame);
    t.detail->setObjectName(objectName + QStringLiteral("Detail"));
    t.detail->setWordWrap(true);
    box->addWidget(t.caption);
    box->addWidget(t.value);
    box->addWidget(t.detail, 1);
    setTone(t, Tone::Neutral);
    return t;
}

void DashboardPage::setTone(Tile& tile, Tone tone)
{
    // Colour only repeats what the detail text says (never the only signal).
    QString colour;
    switch (tone) {
    case Tone::Good: colour = QStringLiteral("#2e7d32"); break;
    case Tone::Warning: colour = QStringLiteral("#b26a00"); break;
    case Tone::Bad: colour = QStringLiteral("#c62828"); break;
    case Tone::Neutral: break;
    }
    const QString name = tile.frame->objectName();
    tile.frame->setStyleSheet(colour.isEmpty()
                                  ? QStringLiteral("QFrame#%1 { border: 1px solid palette(mid); border-radius: 6px; }").arg(name)
                                  : QStringLiteral("QFrame#%1 { border: 2px solid %2; border-radius: 6px; } QLabel#%1Value { color: %2; }")
                                        .arg(name, colour));
    tile.frame->setAccessibleName(tile.caption->text() + QStringLiteral(": ") + tile.value->text());
    tile.frame->setAccessibleDescription(tile.detail->text());
}

void DashboardPage::loadScopes()
{
    auto compounds = m_compliance->compounds();
    auto buildings = m_compliance->buildings();
    m_buildingRefs = buildings ? buildings.value() : QList<storage::ScopeRef>{};
    const QSignalBlocker block(m_compound);
    while (m_compound->count() > 1)
        m_compound->removeItem(1);
    if (m_compound->count() == 0)
        m_compound->addItem(tr("All compounds"), qint64(0));
    if (compounds) {
        for (const auto& c : compounds.value())
            m_compound->addItem(c.name, c.id);
    }
    fillBuildings();
}

void DashboardPage::fillBuildings()
{
    const qint64 compound = m_compound->currentData().toLongLong();
    const QSignalBlocker block(m_building);
    m_building->clear();
    m_building->addItem(tr("All buildings"), qint64(0));
    for (const auto& b : m_buildingRefs) {
        if (compound == 0 || b.parentId == compound)
            m_building->addItem(b.name, b.id);
    }
}

void DashboardPage::applyPreset()
{
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    const int preset = m_preset->currentIndex();
    m_from->setEnabled(preset != AllTime);
    m_to->setEnabled(preset != AllTime);
    switch (preset) {
    case Last30Days: m_from->setDate(today.addDays(-29)); m_to->setDate(today); break;
    case Last3Months: m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-2)); m_to->setDate(today); break;
    case ThisYear: m_from->setDate(QDate(today.year(), 1, 1)); m_to->setDate(today); break;
    case Last12Months: m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11)); m_to->setDate(today); break;
    default: break;
    }
}

storage::ComplianceFilter DashboardPage::currentFilter() const
{
    storage::ComplianceFilter f;
    f.compoundId = m_compound->currentData().toLongLong();
    f.buildingId = m_building->currentData().toLongLong();
    if (m_preset->currentIndex() != AllTime) {
        f.from = std::min(m_from->date(), m_to->date());
        f.to = std::max(m_from->date(), m_to->date());
    }
    return f;
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
    m_status->setText(tr("%n resident(s) in scope. Computed at %1 in %2 ms.", nullptr, f.residents)
                          .arg(reports::localDateTime(f.computedAtUtc))
                          .arg(f.elapsedMs)
                      + (f.notes.isEmpty() ? QString() : QStringLiteral(" ") + f.notes.join(QLatin1Char(' '))));
    m_status->setStyleSheet(QString());

    // Coverage violations: target 0.
    if (!f.coverageViolations) {
        m_violations.value->setText(QStringLiteral("—"));
        m_violations.detail->setText(tr("Cannot be computed in this database."));
        setTone(m_violations, Tone::Neutral);
    } else if (*f.coverageViolations > 0) {
        m_violations.value->setText(number(*f.coverageViolations));
        m_violations.detail->setText(
            tr("Action needed: %n resident(s) without face consent cannot pass every door with a card, PIN or QR code.",
               nullptr, *f.coverageViolations));
        setTone(m_violations, Tone::Bad);
    } else {
        m_violations.value->setText(number(0));
        m_violations.detail->setText(tr("OK: everyone without face consent can pass every door another way."));
        setTone(m_violations, Tone::Good);
    }
    m_violationsButton->setEnabled(f.coverageViolations.value_or(0) > 0);

    // Deletions in the period.
    m_deletions.value->setText(number(f.deletions));
    QString deletionText = f.medianDeletionSeconds
                               ? tr("Withdrawal to deletion: median %1, longest %2.")
                                     .arg(reports::durationText(*f.medianDeletionSeconds),
                                          reports::durationText(f.maxDeletionSeconds.value_or(0)))
                               : tr("No deletions in the period.");
    if (f.deviceCopiesPending > 0)
        deletionText += QLatin1Char(' ')
                        + tr("Warning: %n copy(ies) on devices not yet confirmed deleted.", nullptr, f.deviceCopiesPending);
    m_deletions.detail->setText(deletionText);
    setTone(m_deletions, f.deviceCopiesPending > 0 ? Tone::Warning : Tone::Neutral);

    // Face data held against the filing threshold.
    const core::FilingStatus& filing = f.filing;
    m_faceData.value->setText(tr("%1 / %2").arg(number(filing.people), number(core::FilingStatus::kThreshold)));
    QString filingText;
    Tone filingTone = Tone::Good;
    switch (filing.level) {
    case core::FilingStatus::Level::Below:
        filingText = tr("OK: below the filing threshold (warning from %1).").arg(number(core::FilingStatus::kWarning));
        break;
    case core::FilingStatus::Level::Warning:
        filingText = tr("Warning: approaching the 100,000-person threshold; prepare the filing with the provincial "
                        "cyberspace administration.");
        filingTone = Tone::Warning;
        break;
    case core::FilingStatus::Level::Exceeded:
        filingTone = Tone::Bad;
        if (filing.deadline && filing.workingDaysLeft >= 0)
            filingText = tr("Threshold reached: file with the provincial cyberspace administration by %1 "
                            "(%n working day(s) left).", nullptr, filing.workingDaysLeft)
                             .arg(QLocale().toString(*filing.deadline, QLocale::ShortFormat));
        else if (filing.deadline)
            filingText = tr("Filing overdue: it was due on %1.").arg(QLocale().toString(*filing.deadline, QLocale::ShortFormat));
        else
            filingText = tr("Threshold reached: file with the provincial cyberspace administration within 30 working days.");
        if (!filing.calendarCoversDeadline)
            filingText += QLatin1Char(' ') + tr("The holiday table lacks a year of this window; check the date.");
        break;
    }
    m_faceData.detail->setText(filingText);
    setTone(m_faceData, filingTone);

    // Doors failing the lint.
    m_doors.value->setText(number(f.doorLint.size()));
    if (f.doorLint.isEmpty()) {
        m_doors.detail->setText(tr("OK: every door reads a card, PIN or QR code."));
        setTone(m_doors, Tone::Good);
    } else {
        QStringList names;
        for (const auto& d : f.doorLint.mid(0, 4))
            names << (d.building.isEmpty() ? d.name : tr("%1 (building %2)").arg(d.name, d.building));
        if (f.doorLint.size() > 4)
            names << QStringLiteral("…");
        m_doors.detail->setText(tr("Action needed: these doors read no card, PIN or QR code: %1")
                                    .arg(names.join(QLocale().language() == QLocale::Chinese ? QStringLiteral("、")
                                                                                             : QStringLiteral(", "))));
        setTone(m_doors, Tone::Bad);
    }

    // Charts.
    const bool grouped = groupsByCompound(f);
    reports::ChartSpec status = reports::ComplianceReport::statusByBuildingChart(grouped ? perCompound(f) : f);
    if (grouped)
        status.title = tr("Consent status by compound");
    m_statusChart->setChart(status);
    m_chartNote->setVisible(grouped);
    m_chartNote->setText(tr("%n building(s): shown by compound. Choose a compound to see its buildings.", nullptr,
                            int(f.byBuilding.size())));
    m_trendChart->setChart(reports::ComplianceReport::trendChart(f));
    m_mixChart->setChart(reports::ComplianceReport::credentialMixChart(f));
}

QDialog* DashboardPage::showViolations()
{
    if (!m_figures || !m_figures->coverageViolations)
        return nullptr;
    const services::ComplianceFigures& f = *m_figures;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("violationsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Coverage violations"));
    auto* layout = new QVBoxLayout(dialog);
    auto* intro = new QLabel(dialog);
    intro->setWordWrap(true);
    QString text = tr("These residents have no face consent and cannot pass every door with a card, PIN or QR code. "
                      "Issue them a credential on the Credentials page.");
    if (*f.coverageViolations > f.violations.size())
        text += QLatin1Char(' ') + tr("Showing the first %1 of %2.").arg(f.violations.size()).arg(*f.coverageViolations);
    intro->setText(text);
    layout->addWidget(intro);
    auto* table = new QTableWidget(int(f.violations.size()), 3, dialog);
    table->setObjectName(QStringLiteral("violationsTable"));
    table->setAccessibleName(tr("Residents breaking the coverage rule"));
    table->setHorizontalHeaderLabels({tr("Name"), tr("Unit"), tr("Building")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < f.violations.size(); ++row) {
        const auto& v = f.violations.at(row);
        table->setItem(row, 0, new QTableWidgetItem(v.name));
        table->setItem(row, 1, new QTableWidgetItem(v.unit));
        table->setItem(row, 2, new QTableWidgetItem(v.building));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog->resize(560, 420);
    dialog->open();
    table->setFocus();
    return dialog;
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Compliance dashboard"));
    m_compoundLabel->setText(tr("&Compound:"));
    m_buildingLabel->setText(tr("&Building:"));
    m_periodLabel->setText(tr("&Period:"));
    m_toLabel->setText(tr("&to"));
    m_from->setAccessibleName(tr("Period start"));
    m_to->setAccessibleName(tr("Period end"));
    if (m_compound->count() > 0)
        m_compound->setItemText(0, tr("All compounds"));
    if (m_building->count() > 0)
        m_building->setItemText(0, tr("All buildings"));
    m_preset->setItemText(Last30Days, tr("Last 30 days"));
    m_preset->setItemText(Last3Months, tr("Last 3 months"));
    m_preset->setItemText(ThisYear, tr("This year"));
    m_preset->setItemText(Last12Months, tr("Last 12 months"));
    m_preset->setItemText(AllTime, tr("All time"));
    m_preset->setItemText(Custom, tr("Custom dates"));
    m_refresh->setText(tr("&Refresh"));
    m_progress->setAccessibleName(tr("Computing the figures"));
    m_violations.caption->setText(tr("Coverage violations (target 0)"));
    m_violationsButton->setText(tr("Show the &list…"));
    m_violationsButton->setAccessibleName(tr("Show the residents breaking the coverage rule"));
    m_deletions.caption->setText(tr("Deletions in the period"));
    m_faceData.caption->setText(tr("People whose face data is held (filing threshold 100,000)"));
    m_doors.caption->setText(tr("Doors failing the compliance check"));
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
    for (Tile* t : {&m_violations, &m_deletions, &m_faceData, &m_doors}) {
        t->frame->setAccessibleName(t->caption->text() + QStringLiteral(": ") + t->value->text());
        t->frame->setAccessibleDescription(t->detail->text());
    }
}

void DashboardPage::writeCompliance()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("compliance-report-%1.pdf").arg(m_clock->nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the compliance report"), dir + QLatin1Char('/') + name,
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto written = m_reports->writeCompliance(m_actor(), currentFilter(), path);
    if (!written) {
        showError(written.error().message);
        return;
    }
    m_status->setText(tr("Compliance report saved: %1 (%n page(s)).", nullptr, int(written->rows))
                          .arg(QDir::toNativeSeparators(written->path)));
    m_status->setStyleSheet(QString());
}

void DashboardPage::printPreview()
{
    auto document = m_reports->complianceDocument(m_actor(), currentFilter());
    if (!document) {
        showError(document.error().message);
        return;
    }
    std::shared_ptr<reports::PdfDocument> doc = std::move(document.value());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Compliance report"));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Compliance report — print preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [doc](QPrinter* p) { doc->render(*p); });
    preview.exec();
}

void DashboardPage::writeLedger()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("consent-ledger-%1.csv").arg(m_clock->nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the consent ledger"), dir + QLatin1Char('/') + name,
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = m_reports->writeLedger(m_actor(), currentFilter(), path);
    if (!written) {
        showError(written.error().message);
        return;
    }
    m_status->setText(tr("Consent ledger saved: %1 (%n row(s)).", nullptr, int(written->rows))
                          .arg(QDir::toNativeSeparators(written->path)));
    m_status->setStyleSheet(QString());
}

} // namespace cg::ui
