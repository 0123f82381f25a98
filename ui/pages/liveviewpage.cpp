#include "ui/pages/liveviewpage.h"

#include "services/deviceservice.h"
#include "ui/icons.h"
#include "ui/widgets/cameratile.h"
#include "ui/widgets/doorpanel.h"
#include "vision/blurpolicy.h"
#include "vision/camerapipeline.h"
#include "vision/modelstore.h"
#include "vision/sourcespec.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>

namespace cg::ui {

namespace {

double percentileOf(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

vision::SourceSpec specFor(const core::Camera& c)
{
    vision::SourceSpec spec;
    vision::sourceKindFromKey(c.kind, spec.kind);
    spec.location = c.location;
    spec.user = c.user;
    spec.password = c.password;
    return spec;
}

} // namespace

LiveViewPage::LiveViewPage(services::DeviceService* devices, services::VerificationService* verifier,
                           std::function<core::Actor()> actor, QString modelsDir, QWidget* parent)
    : Page(parent), m_devices(devices), m_verifier(verifier), m_actor(std::move(actor)), m_modelsDir(std::move(modelsDir))
{
    setObjectName(QStringLiteral("liveViewPage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    top->addWidget(m_heading);
    top->addStretch();
    m_layoutLabel = new QLabel(this);
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("gridChoice"));
    m_layoutLabel->setBuddy(m_layout);
    top->addWidget(m_layoutLabel);
    top->addWidget(m_layout);
    m_unblur = new QPushButton(themedIcon(QStringLiteral("view-preview")), QString(), this);
    top->addWidget(m_unblur);
    layout->addLayout(top);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("detectorNotice"));
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_notice, &QLabel::linkActivated, this, [this] {
        QMessageBox::information(this, tr("Face detection"), noticeDetails());
    });
    layout->addWidget(m_notice);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_grid = new QWidget(splitter);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setSpacing(4);
    m_empty = new QLabel(m_grid);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_gridLayout->addWidget(m_empty, 0, 0);
    m_panel = new DoorPanel(devices, verifier, m_actor, splitter);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    m_figures = new QLabel(this);
    layout->addWidget(m_figures);

    m_layout->addItem(QString(), 1);
    m_layout->addItem(QString(), 4);
    m_layout->addItem(QString(), 9);
    m_layout->setCurrentIndex(1);
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] { relayout(); });
    connect(m_unblur, &QPushButton::clicked, this, &LiveViewPage::askUnblur);

    // HUD ages and stale marks change without new frames: repaint 4x a second.
    m_repaint = new QTimer(this);
    m_repaint->setInterval(250);
    connect(m_repaint, &QTimer::timeout, this, [this] {
        for (CameraTile* t : std::as_const(m_tiles))
            t->update();
        // CG_LIVE_STATS=1: print the latency and stall figures every 10 s.
        static const bool printStats = qEnvironmentVariableIsSet("CG_LIVE_STATS");
        if (printStats && ++m_ticks % 40 == 0)
            printFigures();
        m_figures->setText(tr("GUI thread: p99 stall %1 ms · detector: %2")
                               .arg(guiStallPercentile(0.99), 0, 'f', 1)
                               .arg(m_detectorName.isEmpty() ? tr("none") : m_detectorName));
    });
    // How late a 10 ms timer fires on this thread = how long the GUI thread stalls.
    m_stallProbe = new QTimer(this);
    m_stallProbe->setTimerType(Qt::PreciseTimer);
    m_stallProbe->setInterval(10);
    connect(m_stallProbe, &QTimer::timeout, this, [this] {
        const double late = double(m_stallClock.restart()) - 10.0;
        if (m_stalls.size() < 200000)
            m_stalls.push_back(std::max(0.0, late));
    });
    retranslate();
}

LiveViewPage::~LiveViewPage()
{
    stopPipelines();
}

QString LiveViewPage::title() const
{
    return tr("Live view");
}

QIcon LiveViewPage::icon() const
{
    return themedIcon(QStringLiteral("camera-web"));
}

QString LiveViewPage::shortcutHint() const
{
    return QStringLiteral("Ctrl+L");
}

QString LiveViewPage::detectorNotice() const
{
    return m_detectorNotice;
}

QString LiveViewPage::noticeText() const
{
    return m_notice->text();
}

QString LiveViewPage::noticeDetails() const
{
    QStringList parts;
    const QString why = vision::blurModeDetails(m_detectorName, m_blurMode);
    if (!why.isEmpty())
        parts << why;
    if (!m_detectorNotice.isEmpty())
        parts << m_detectorNotice;
    return parts.join(QStringLiteral("\n\n"));
}

double LiveViewPage::guiStallPercentile(double p) const
{
    return percentileOf(m_stalls, p);
}

void LiveViewPage::retranslate()
{
    m_heading->setText(m_tiles.isEmpty() || m_blurMode == vision::BlurMode::Faces ? tr("Live view — faces blurred")
                                                                                 : tr("Live view — whole picture pixelated"));
    m_layoutLabel->setText(tr("&Grid:"));
    m_layout->setItemText(0, tr("1 camera"));
    m_layout->setItemText(1, tr("2 × 2"));
    m_layout->setItemText(2, tr("3 × 3"));
    m_unblur->setText(tr("Show faces…"));
    m_unblur->setToolTip(tr("Unblur the selected camera for a limited time (needs a reason; recorded in the audit log)."));
    m_empty->setText(tr("No cameras yet. Add one on the Devices page."));
    // One line on the page; why, and how to get faces-only blur, behind Details.
    const QString details = noticeDetails();
    QString line = vision::blurModeSummary(m_detectorName, m_blurMode).toHtmlEscaped();
    if (!details.isEmpty())
        line += QStringLiteral(" &nbsp;<a href=\"#details\">%1</a>").arg(tr("Details…").toHtmlEscaped());
    m_notice->setText(line);
    m_notice->setToolTip(details);
    m_notice->setAccessibleName(vision::blurModeSummary(m_detectorName, m_blurMode));
    m_notice->setAccessibleDescription(details);
    m_notice->setStyleSheet(m_blurMode == vision::BlurMode::Faces && m_detectorNotice.isEmpty()
                                ? QString()
                                : QStringLiteral("QLabel { color: #8a5a00; }"));
    m_notice->setVisible(!m_tiles.isEmpty() || !m_detectorNotice.isEmpty());
}

void LiveViewPage::activated()
{
    m_panel->reload();
}

void LiveViewPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    startPipelines();
    m_repaint->start();
    m_stallClock.start();
    m_stallProbe->start();
}

void LiveViewPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    if (qEnvironmentVariableIsSet("CG_LIVE_STATS"))
        printFigures();
    m_repaint->stop();
    m_stallProbe->stop();
    stopPipelines();
}

void LiveViewPage::startPipelines()
{
    if (!m_tiles.isEmpty())
        return;
    auto cameras = m_devices->cameras(m_actor());
    if (!cameras) {
        m_empty->setText(cameras.error().message);
        return;
    }
    const vision::ModelStore models(m_modelsDir);
    const int count = int(cameras.value().size());
    vision::DetectorOptions options;
    options.maxInputSide = detectionSide(count);
    // Several cameras: one OpenCV thread per detection (each camera has its own thread).
    vision::setDetectionThreads(count > 1 ? 1 : 0);
    m_detectorNotice.clear();
    m_detectorName.clear();
    m_blurMode = vision::BlurMode::WholeFrame;
    for (const core::Camera& camera : cameras.value()) {
        std::unique_ptr<vision::FaceDetector> detector;
        auto best = vision::createBestDetector(models, options);
        if (best) {
            detector = std::move(best->detector);
            m_detectorNotice = best->notice;
            m_detectorName = detector->name();
        } else {
            // No detector at all: the pipeline fails closed (whole frames pixelated).
            m_detectorNotice = best.error().message;
        }
        // The policy follows the detector (vision::blurPolicyFor): faces only
        // with YuNet, the whole picture with a detector that misses too many.
        auto* pipeline = new vision::CameraPipeline(specFor(camera), std::move(detector), vision::CaptureOptions{}, std::nullopt, this);
        m_blurMode = pipeline->blurPolicy().mode;
        auto* tile = new CameraTile(camera.name, pipeline, m_grid);
        connect(tile, &CameraTile::clicked, this, &LiveViewPage::select);
        m_tiles.append(tile);
        m_cameraIds.append(camera.id);
        pipeline->start();
    }
    retranslate();
    relayout();
    if (!m_tiles.isEmpty())
        select(m_tiles.first());
}

void LiveViewPage::stopPipelines()
{
    for (CameraTile* tile : std::as_const(m_tiles)) {
        vision::CameraPipeline* pipeline = tile->pipeline();
        pipeline->stop();
        delete tile;
        delete pipeline;
    }
    m_tiles.clear();
    m_cameraIds.clear();
    m_selected = nullptr;
    vision::setDetectionThreads(0);   // other detectors (enrolment) may use every core again
}

namespace {
int g_sideOverride = 0;   // GUI thread only; set by benchmarks
}

void LiveViewPage::overrideDetectionSide(int side)
{
    g_sideOverride = side;
}

int LiveViewPage::detectionSide(int cameras)
{
    if (g_sideOverride > 0)
        return g_sideOverride;
    return vision::liveDetectionSide(cameras);
}

void LiveViewPage::relayout()
{
    const int capacity = m_layout->currentData().toInt();
    const int columns = capacity == 1 ? 1 : capacity == 4 ? 2 : 3;
    for (CameraTile* t : std::as_const(m_tiles))
        m_gridLayout->removeWidget(t);
    m_empty->setVisible(m_tiles.isEmpty());
    int shown = 0;
    QList<CameraTile*> order = m_tiles;
    if (capacity == 1 && m_selected)
        order = {m_selected};
    for (CameraTile* t : std::as_const(m_tiles))
        t->setVisible(false);
    for (CameraTile* t : std::as_const(order)) {
        if (shown >= capacity)
            break;
        m_gridLayout->addWidget(t, shown / columns, shown % columns);
        t->setVisible(true);
        ++shown;
    }
}

void LiveViewPage::select(CameraTile* tile)
{
    for (CameraTile* t : std::as_const(m_tiles))
        t->setSelected(t == tile);
    m_selected = tile;
}

void LiveViewPage::askUnblur()
{
    if (!m_selected) {
        QMessageBox::information(this, title(), tr("Click a camera first."));
        return;
    }
    const int index = int(m_tiles.indexOf(m_selected));
    const qint64 cameraId = m_cameraIds.value(index);
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Show faces on %1").arg(m_selected->cameraName()));
    auto* form = new QFormLayout(dialog);
    auto* explain = new QLabel(tr("Faces stay blurred unless there is a reason. This is recorded in the audit log with your name and shown on screen."), dialog);
    explain->setWordWrap(true);
    form->addRow(explain);
    auto* reason = new QLineEdit(dialog);
    auto* minutes = new QSpinBox(dialog);
    minutes->setRange(1, services::DeviceService::kMaxUnblurMinutes);
    minutes->setValue(5);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&Minutes:"), minutes);
    auto* error = new QLabel(dialog);
    error->setStyleSheet(QStringLiteral("QLabel { color: #b00000; }"));
    error->setWordWrap(true);
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    CameraTile* tile = m_selected;
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, reason, minutes, error, cameraId, tile] {
        auto until = m_devices->unblur(m_actor(), cameraId, reason->text(), minutes->value());
        if (!until) {
            error->setText(until.error().message);
            return;
        }
        if (m_tiles.contains(tile)) {
            const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(until.value());
            tile->pipeline()->setRawUntil(vision::monotonicMs() + ms);
            tile->setUnblurNotice(tr("%1: %2").arg(m_actor().name, reason->text().trimmed()), until.value());
        }
        dialog->accept();
    });
    dialog->open();
}

void LiveViewPage::printFigures() const
{
    for (CameraTile* t : m_tiles) {
        std::fprintf(stderr, "live %s: painted %zu frames, capture-to-paint p50 %.1f ms p95 %.1f ms\n",
                     qPrintable(t->cameraName()), t->latencies().size(), percentileOf(t->latencies(), 0.5),
                     percentileOf(t->latencies(), 0.95));
    }
    std::fprintf(stderr, "live GUI thread stall p50 %.1f ms p99 %.1f ms max %.1f ms (%zu samples)\n", guiStallPercentile(0.5),
                 guiStallPercentile(0.99), guiStallPercentile(1.0), m_stalls.size());
}

} // namespace cg::ui
