#pragma once

#include "vision/captureworker.h"
#include "vision/facedetector.h"
#include "vision/privacyfilter.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace cg::vision {

enum class CameraState { Connecting, Live, Stale, Offline };

// A frame ready to paint: already pixelated (or, during an authorised unblur,
// raw), with the boxes found and the timings for the HUD.
struct ProcessedFrame
{
    QImage image;                // Format_RGB32, scaled for display when a display size is set
    QSize frameSize;             // the captured frame's size: the coordinates of `boxes`
    FaceBoxes boxes;
    qint64 sequence = 0;
    qint64 capturedAtMs = 0;     // monotonicMs() at capture
    qint64 detectStartedAtMs = 0;   // monotonicMs() when detection took the frame
    qint64 processedAtMs = 0;    // monotonicMs() when blurred
    double detectMs = 0;
    double blurMs = 0;
    bool failClosed = false;     // whole frame pixelated: detection failed, missing or too old
    bool wholeFrame = false;     // whole frame pixelated by the detector's policy (BlurMode::WholeFrame)
    bool raw = false;            // unblurred by an authorised, audited request
    QString detector;
    // Frames captured since the previous processed frame that detection never
    // saw because it was still busy (latest wins): 0 when detection keeps up.
    qint64 skipped = 0;
};

// Detection and blur for one camera, on its own thread. Takes the newest
// captured frame each time (frames that arrive while busy are dropped, never
// queued), so a slower machine shows fewer frames, never older ones.
class DetectionWorker final : public QObject
{
    Q_OBJECT
public:
    DetectionWorker(std::shared_ptr<LatestFrame> latest, std::unique_ptr<FaceDetector> detector, BlurPolicy policy,
                    int maxAgeMs);
    ~DetectionWorker() override;
    void setRawUntil(qint64 monotonicDeadlineMs) { m_rawUntil.store(monotonicDeadlineMs); }
    // Frames are handed out scaled to fit this size (device pixels); empty: as captured.
    void setDisplaySize(QSize size) { m_displaySize.store((quint64(quint32(size.width())) << 32) | quint32(size.height())); }

public Q_SLOTS:
    void process();

Q_SIGNALS:
    void processed(const cg::vision::ProcessedFrame& frame);

private:
    std::shared_ptr<LatestFrame> m_latest;
    std::unique_ptr<FaceDetector> m_detector;
    BlurPolicy m_policy;
    int m_maxAgeMs = 1000;
    qint64 m_lastSequence = 0;
    std::atomic<qint64> m_rawUntil{0};
    std::atomic<quint64> m_displaySize{0};
    struct Held
    {
        qint64 capturedAtMs = 0;
        QSize frameSize;
        FaceBoxes boxes;
    };
    std::vector<Held> m_held;   // recent frames' boxes (BlurPolicy::holdMs)
};

// One camera: a capture thread, a detection thread and a frame-age watchdog.
// Lives on (and is used from) the GUI thread; only signals cross threads.
class CameraPipeline final : public QObject
{
    Q_OBJECT
public:
    // Without a policy: blurPolicyFor(the detector) (the whole frame when there is none).
    CameraPipeline(SourceSpec spec, std::unique_ptr<FaceDetector> detector, CaptureOptions options = {},
                   std::optional<BlurPolicy> policy = std::nullopt, QObject* parent = nullptr);
    ~CameraPipeline() override;   // stops and joins both threads

    void start();
    void stop();
    CameraState state() const { return m_state; }
    QString stateDetail() const { return m_detail; }
    StreamInfo streamInfo() const { return m_info; }
    QString detectorName() const { return m_detectorName; }
    const BlurPolicy& blurPolicy() const { return m_policy; }
    int staleAfterMs() const { return m_options.staleAfterMs; }
    // Frames per second delivered by detection over the last second or so.
    double fps() const { return m_fps; }
    // Since start(): frames handed out by detection, and frames dropped because
    // detection was busy when a newer one arrived (see ProcessedFrame::skipped).
    qint64 framesProcessed() const { return m_processed; }
    qint64 framesSkipped() const { return m_skipped; }
    // Show raw frames until monotonicMs() passes the deadline. The caller
    // (services) checks the permission and audits; 0 ends it now.
    void setRawUntil(qint64 monotonicDeadlineMs);
    qint64 rawUntil() const { return m_rawUntil; }
    // The size (device pixels) the painted image should fit: the detection
    // thread scales frames to it, so painting is a plain copy. Thread-safe.
    void setDisplaySize(const QSize& size);
    // The newest captured frame, NOT blurred: only for face enrolment of a
    // consenting resident (which keeps just the face crop). Never paint it,
    // save it or show it; sequence 0 means nothing was captured yet.
    CapturedFrame latestRawFrame() const;

Q_SIGNALS:
    void frameProcessed(const cg::vision::ProcessedFrame& frame);
    void stateChanged(cg::vision::CameraState state, const QString& detail);
    void streamOpened(const cg::vision::StreamInfo& info);

private:
    void setState(CameraState state, const QString& detail);
    void onProcessed(const ProcessedFrame& frame);
    void checkAge();

    SourceSpec m_spec;
    CaptureOptions m_options;
    QString m_detectorName;
    BlurPolicy m_policy;
    QThread m_captureThread;
    QThread m_detectThread;
    QPointer<CaptureWorker> m_capture;
    QPointer<DetectionWorker> m_detection;
    std::shared_ptr<LatestFrame> m_latest;
    QTimer m_watchdog;
    CameraState m_state = CameraState::Connecting;
    QString m_detail;
    StreamInfo m_info;
    double m_fps = 0;
    qint64 m_processed = 0;
    qint64 m_skipped = 0;
    qint64 m_fpsWindowStart = 0;
    int m_fpsCount = 0;
    qint64 m_rawUntil = 0;
    bool m_started = false;
};

} // namespace cg::vision

Q_DECLARE_METATYPE(cg::vision::ProcessedFrame)
Q_DECLARE_METATYPE(cg::vision::CameraState)
