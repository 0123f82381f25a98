#include "ui/pages/dashboardpage.h"

#include "reports/compliancereport.h"
#include "reports/reporttext.h"
#include "ui/charts/chartwidget.h"
#include "ui/dialogs/holidaytabledialog.h"
#include "ui/dialogs/violationsdialog.h"
#include "ui/widgets/figuretile.h"
#include "ui/icons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cg::ui {

namespace {

enum Preset { Last30Days, Last3Months, ThisYear, Last12Months, AllTime, Custom };

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
    m_violations = new FigureTile(QStringLiteral("tileViolations"), content);
    m_violationsButton = new QPushButton(themedIcon(QStringLiteral("view-list-details")), QString(), m_violations);
    m_violationsButton->setObjectName(QStringLiteral("showViolations"));
    m_violations->addAction(m_violationsButton);
    m_deletions = new FigureTile(QStringLiteral("tileDeletions"), content);
    m_faceData = new FigureTile(QStringLiteral("tileFaceData"), content);
    m_holidayButton = new QPushButton(themedIcon(QStringLiteral("view-calendar")), QString(), m_faceData);
    m_holidayButton->setObjectName(QStringLiteral("showHolidayTable"));
    m_faceData->addAction(m_holidayButton);
    m_doors = new FigureTile(QStringLiteral("tileDoors"), content);
    for (FigureTile* t : {m_violations, m_deletions, m_faceData, m_doors})
        tiles->addWidget(t, 1);
    layout->addLayout(tiles);

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
    connect(m_holidayButton, &QPushButton::clicked, this, [this] { showHolidayTable(); });
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
    using Tone = FigureTile::Tone;
    const services::ComplianceFigures& f = *m_figures;
    m_status->setText(tr("%Ln resident(s) in scope. Computed at %1 in %2 ms.", nullptr, f.residents)
                          .arg(reports::localDateTime(f.computedAtUtc))
                          .arg(f.elapsedMs)
                      + (f.notes.isEmpty() ? QString() : QStringLiteral(" ") + f.notes.join(QLatin1Char(' '))));
    m_status->setStyleSheet(QString());

    // Coverage violations: target 0.
    if (!f.coverageViolations)
        m_violations->setFigure(QStringLiteral("—"), tr("Cannot be computed in this database."), Tone::Neutral);
    else if (*f.coverageViolations > 0)
        m_violations->setFigure(number(*f.coverageViolations),
                                tr("Action needed: %Ln resident(s) without face consent cannot pass every door with a card, "
                                   "PIN or QR code.", nullptr, *f.coverageViolations),
                                Tone::Bad);
    else
        m_violations->setFigure(number(0), tr("OK: everyone without face consent can pass every door another way."),
                                Tone::Good);
    m_violationsButton->setEnabled(f.coverageViolations.value_or(0) > 0);

    // Deletions in the period.
    QString deletionText = f.medianDeletionSeconds
                               ? tr("Withdrawal to deletion: median %1, longest %2.")
                                     .arg(reports::durationText(*f.medianDeletionSeconds),
                                          reports::durationText(f.maxDeletionSeconds.value_or(0)))
                               : tr("No deletions in the period.");
    if (f.deviceCopiesPending > 0)
        deletionText += QLatin1Char(' ')
                        + tr("Warning: %Ln copy(ies) on devices not yet confirmed deleted.", nullptr, f.deviceCopiesPending);
    m_deletions->setFigure(number(f.deletions), deletionText, f.deviceCopiesPending > 0 ? Tone::Warning : Tone::Neutral);

    showFiling(f);
    showDevices(f);

    // Charts.
    const bool grouped = reports::ComplianceReport::statusByCompound(f);
    m_statusChart->setChart(reports::ComplianceReport::statusByBuildingChart(f));
    m_chartNote->setVisible(grouped);
    m_chartNote->setText(tr("%Ln building(s): shown by compound. Choose a compound to see its buildings.", nullptr,
                            int(f.byBuilding.size())));
    m_trendChart->setChart(reports::ComplianceReport::trendChart(f));
    m_mixChart->setChart(reports::ComplianceReport::credentialMixChart(f));
}

void DashboardPage::showFiling(const services::ComplianceFigures& f)
{
    using Tone = FigureTile::Tone;
    const core::FilingStatus& filing = f.filing;
    QString text;
    Tone tone = Tone::Good;
    switch (filing.level) {
    case core::FilingStatus::Level::Below:
        text = tr("OK: below the filing threshold (warning from %1).").arg(number(core::FilingStatus::kWarning));
        break;
    case core::FilingStatus::Level::Warning:
        text = tr("Warning: approaching the 100,000-person threshold; prepare the filing with the provincial "
                  "cyberspace administration.");
        tone = Tone::Warning;
        break;
    case core::FilingStatus::Level::Exceeded:
        tone = Tone::Bad;
        if (filing.deadline && filing.workingDaysLeft >= 0)
            text = tr("Threshold reached: file with the provincial cyberspace administration by %1 "
                      "(%n working day(s) left).", nullptr, filing.workingDaysLeft)
                       .arg(QLocale().toString(*filing.deadline, QLocale::ShortFormat));
        else if (filing.deadline)
            text = tr("Filing overdue: it was due on %1.").arg(QLocale().toString(*filing.deadline, QLocale::ShortFormat));
        else
            text = tr("Threshold reached: file with the provincial cyberspace administration within 30 working days.");
        // Which calendar counted the deadline, and whether a year of it is provisional.
        text += QLatin1Char(' ') + reports::filingCalendarText(filing);
        break;
    }
    // A prompt to whoever keeps the holiday table (shown at every level: the
    // table has to be right before the threshold is reached).
    if (!f.holidayYearsToEnter.isEmpty())
        text += QLatin1Char(' ') + reports::holidayPromptText(f.holidayYearsToEnter);
    m_holidayButton->setIcon(themedIcon(f.holidayYearsToEnter.isEmpty() ? QStringLiteral("view-calendar")
                                                                        : QStringLiteral("emblem-warning")));
    m_faceData->setFigure(tr("%1 / %2").arg(number(filing.people), number(core::FilingStatus::kThreshold)), text, tone);
}

void DashboardPage::showDevices(const services::ComplianceFigures& f)
{
    using Tone = FigureTile::Tone;
    const int failing = f.devicesFailing();
    if (failing == 0) {
        m_doors->setFigure(number(0),
                           tr("OK: all %1 door(s) and %2 camera(s) pass (face never the only way in, no face devices in "
                              "private spaces, signs recorded).")
                               .arg(number(f.doorsInScope), number(f.camerasInScope)),
                           Tone::Good);
        return;
    }
    QStringList names;
    for (const auto& d : f.devices) {
        if (d.problems.isEmpty() || names.size() == 3)
            continue;
        QString why;
        const QString key = d.problemKeys.value(0);
        if (key == QLatin1String("readers"))
            why = tr("face is the only way through");
        else if (key == QLatin1String("private_space"))
            why = tr("face device in a private space");
        else if (key == QLatin1String("no_reader"))
            why = tr("reads no card, PIN or QR code");
        else
            why = tr("no sign recorded");
        // Door names usually start with their building ("1幢 单元门"): not twice.
        const QString where = d.building.isEmpty() || d.name.contains(d.building)
                                  ? d.name
                                  : tr("%1 (%2)").arg(d.name, reports::buildingName(d.building));
        names << tr("%1: %2").arg(where, why);
    }
    if (failing > names.size())
        names << QStringLiteral("…");
    m_doors->setFigure(number(failing),
                       tr("Action needed (details in the compliance report): %1")
                           .arg(names.join(QLocale().language() == QLocale::Chinese ? QStringLiteral("；")
                                                                                    : QStringLiteral("; "))),
                       Tone::Bad);
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
    m_violations->setCaption(tr("Coverage violations (target 0)"));
    m_violationsButton->setText(tr("Show the &list…"));
    m_violationsButton->setAccessibleName(tr("Show the residents breaking the coverage rule"));
    m_deletions->setCaption(tr("Deletions in the period"));
    m_faceData->setCaption(tr("People whose face data is held (filing threshold 100,000)"));
    m_holidayButton->setText(tr("&Holiday table…"));
    m_holidayButton->setToolTip(tr("The working days that count the 30-working-day filing deadline."));
    m_doors->setCaption(tr("Doors and cameras failing the compliance check"));
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
