#pragma once

#include "core/result.h"
#include "vision/facebox.h"

#include <QImage>
#include <QString>

#include <memory>

namespace cg::vision {

class ModelStore;

// Tunables shared by every detector. Defaults favour privacy: a low score
// threshold (a blurred shadow is harmless, a missed face is a leak).
struct DetectorOptions
{
    float scoreThreshold = -1.0F;  // < 0: blurPolicyFor(kind).detectScore
    int maxInputSide = 640;        // the frame is downscaled so its longer side fits
};

// A face detector. Instances are NOT thread-safe: give each worker its own.
// Detection only finds where faces are; nothing here identifies anyone.
class FaceDetector
{
public:
    virtual ~FaceDetector() = default;
    FaceDetector() = default;
    FaceDetector(const FaceDetector&) = delete;
    FaceDetector& operator=(const FaceDetector&) = delete;

    virtual QString name() const = 0;   // "yunet", "blazeface", "haar"
    // Boxes in the coordinates of `frame` (any QImage format). Throws nothing;
    // an internal failure comes back as an error so the caller can fail closed.
    virtual core::Result<FaceBoxes> detect(const QImage& frame) = 0;
};

enum class DetectorKind { YuNet, BlazeFace, Haar };

QString detectorName(DetectorKind kind);
std::optional<DetectorKind> detectorFromName(const QString& name);

core::Result<std::unique_ptr<FaceDetector>> createDetector(DetectorKind kind, const ModelStore& models,
                                                           const DetectorOptions& options = {});

// The best detector whose model is present and verified: YuNet, then BlazeFace,
// then the Haar cascade. `notice` explains (translated) why a lesser one was
// chosen, e.g. a missing or tampered model; empty when YuNet was used.
struct DetectorChoice
{
    std::unique_ptr<FaceDetector> detector;
    QString notice;
};
core::Result<DetectorChoice> createBestDetector(const ModelStore& models, const DetectorOptions& options = {});

// OpenCV's worker pool is process-wide. With one stream, one detection may use
// every core; with several streams each camera's detection thread already
// keeps a core busy and nested pool threads only add contention (measured on
// 2 cores), so the live view asks for 1 while it runs several cameras.
// 0 restores OpenCV's default (all cores). Thread-safe; affects every detector.
void setDetectionThreads(int threads);
int detectionThreads();

} // namespace cg::vision
