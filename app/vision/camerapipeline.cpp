#include "vision/camerapipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace cg::vision {

DetectionWorker::DetectionWorker(std::shared_ptr<LatestFrame> latest, std::unique_ptr<FaceDetector> detector,
                                 BlurPolicy policy, int maxAgeMs)
    : m_latest(std::move(latest)), m_detector(std::move(detector)), m_policy(policy), m_maxAgeMs(maxAgeMs)
{
}

DetectionWorker::~DetectionWorker() = default;

void DetectionWorker::process()
{
    const CapturedFrame frame = m_latest->get();
    if (frame.sequence == m_lastSequence || frame.image.isNull())
        return;   // a queued wake-up for a frame already handled (latest wins)
    ProcessedFrame out;
    if (m_lastSequence > 0)
        out.skipped = std::max<qint64>(0, frame.sequence - m_lastSequence - 1);
    m_lastSequence = frame.sequence;

    out.sequence = frame.sequence;
    out.capturedAtMs = frame.capturedAtMs;
    out.detectStartedAtMs = monotonicMs();
    out.frameSize = frame.image.size();
    out.detector = m_detector ? m_detector->name() : QString();
    QElapsedTimer timer;
    timer.start();
    core::Result<FaceBoxes> boxes = m_detector ? m_detector->detect(frame.image)
                                               : core::Result<FaceBoxes>(core::Error::make(core::Error::Kind::NotFound, {}));
    out.detectMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const bool tooOld = monotonicMs() - frame.capturedAtMs > m_maxAgeMs;
    const bool raw = monotonicMs() < m_rawUntil.load();
    if (boxes)
        out.boxes = boxes.value();
    if (raw && boxes) {
        out.image = frame.image;
        out.raw = true;
    } else if (!boxes || tooOld) {
        // Fail closed: no trustworthy boxes for this frame, so hide all of it.
        out.image = PrivacyFilter::pixelateAll(frame.image);
        out.failClosed = true;
    } else {
        // Blur this frame's faces and those found in the last holdMs.
        std::erase_if(m_held, [&](const Held& h) {
            return frame.capturedAtMs - h.capturedAtMs > m_policy.holdMs || h.frameSize != frame.image.size();
        });
        // A face that stays put is found in every frame: merged, it is
        // pixelated once rather than once per held frame.
        QList<QRect> regions = PrivacyFilter::regionsFor(out.boxes, frame.image.size(), m_policy);
        for (const Held& h : m_held)
            PrivacyFilter::mergeRegions(regions, PrivacyFilter::regionsFor(h.boxes, frame.image.size(), m_policy));
        out.image = PrivacyFilter::hide(frame.image, regions, m_policy.mode);
        out.wholeFrame = m_policy.mode == BlurMode::WholeFrame;
    }
    if (boxes && m_policy.holdMs > 0)
        m_held.push_back({frame.capturedAtMs, frame.image.size(), out.boxes});
    // The GUI paints RGB32 at its size without converting or scaling; doing
    // both here (one pass) keeps that work off the GUI thread.
    const quint64 display = m_displaySize.load();
    out.image = PrivacyFilter::forDisplay(out.image, QSize(int(display >> 32), int(display & 0xffffffffU)));
    out.blurMs = double(timer.nsecsElapsed()) / 1e6;
    out.processedAtMs = monotonicMs();
    Q_EMIT processed(out);
}

CameraPipeline::CameraPipeline(SourceSpec spec, std::unique_ptr<FaceDetector> detector, CaptureOptions options,
                               std::optional<BlurPolicy> policy, QObject* parent)
    : QObject(parent), m_spec(std::move(spec)), m_options(options)
{
    qRegisterMetaType<cg::vision::ProcessedFrame>();
    qRegisterMetaType<cg::vision::CameraState>();
    qRegisterMetaType<cg::vision::StreamInfo>();
    m_detectorName = detector ? detector->name() : QString();
    m_policy = policy.value_or(blurPolicyFor(m_detectorName));

    auto* capture = new CaptureWorker(m_spec, m_options);
    m_latest = capture->latest();
    capture->moveToThread(&m_captureThread);
    m_capture = capture;
    // A frame older than the stale limit when detection starts is hidden entirely.
    auto* detection = new DetectionWorker(m_latest, std::move(detector), m_policy, std::max(500, options.staleAfterMs));
    detection->moveToThread(&m_detectThread);
    m_detection = detection;

    connect(&m_captureThread, &QThread::started, capture, &CaptureWorker::run);
    connect(&m_captureThread, &QThread::finished, capture, &QObject::deleteLater);
    connect(&m_detectThread, &QThread::finished, detection, &QObject::deleteLater);
    connect(capture, &CaptureWorker::frameReady, detection, &DetectionWorker::process, Qt::QueuedConnection);
    connect(capture, &CaptureWorker::opened, this, [this](const StreamInfo& info) {
        m_info = info;
        Q_EMIT streamOpened(info);
    });
    connect(capture, &CaptureWorker::failed, this, [this](const QString& detail) {
        setState(CameraState::Offline, detail);
    });
    connect(detection, &DetectionWorker::processed, this, &CameraPipeline::onProcessed, Qt::QueuedConnection);

    m_watchdog.setInterval(std::clamp(m_options.staleAfterMs / 4, 50, 500));
    connect(&m_watchdog, &QTimer::timeout, this, &CameraPipeline::checkAge);
}

CameraPipeline::~CameraPipeline()
{
    stop();
}

CapturedFrame CameraPipeline::latestRawFrame() const
{
    return m_latest ? m_latest->get() : CapturedFrame{};
}

void CameraPipeline::start()
{
    if (m_started)
        return;
    m_started = true;
    m_fpsWindowStart = monotonicMs();
    m_detectThread.start();
    m_captureThread.start();
    m_watchdog.start();
}

void CameraPipeline::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_watchdog.stop();
    if (m_capture)
        m_capture->stop();
    m_captureThread.quit();
    m_captureThread.wait();
    m_detectThread.quit();
    m_detectThread.wait();
}

void CameraPipeline::setRawUntil(qint64 monotonicDeadlineMs)
{
    m_rawUntil = monotonicDeadlineMs;
    if (m_detection)
        m_detection->setRawUntil(monotonicDeadlineMs);
}

void CameraPipeline::setDisplaySize(const QSize& size)
{
    if (m_detection)
        m_detection->setDisplaySize(size);
}

void CameraPipeline::setState(CameraState state, const QString& detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged(state, detail);
}

void CameraPipeline::onProcessed(const ProcessedFrame& frame)
{
    const qint64 now = monotonicMs();
    ++m_fpsCount;
    ++m_processed;
    m_skipped += frame.skipped;
    if (now - m_fpsWindowStart >= 1000) {
        m_fps = m_fpsCount * 1000.0 / double(now - m_fpsWindowStart);
        m_fpsCount = 0;
        m_fpsWindowStart = now;
    }
    if (now - frame.capturedAtMs <= m_options.staleAfterMs)
        setState(CameraState::Live, {});
    Q_EMIT frameProcessed(frame);
}

void CameraPipeline::checkAge()
{
    const qint64 last = m_latest->lastCaptureMs();
    const qint64 now = monotonicMs();
    if (now - m_fpsWindowStart >= 2000) {   // no frames at all: show 0, not the last rate
        m_fps = m_fpsCount * 1000.0 / double(now - m_fpsWindowStart);
        m_fpsCount = 0;
        m_fpsWindowStart = now;
    }
    if (m_state == CameraState::Live && (last == 0 || now - last > m_options.staleAfterMs))
        setState(CameraState::Stale, QCoreApplication::translate("cg::vision::CameraPipeline", "No new frame for %1 s")
                                         .arg(double(now - last) / 1000.0, 0, 'f', 1));
}

} // namespace cg::vision
