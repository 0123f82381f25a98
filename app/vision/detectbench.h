#pragma once

#include "vision/blurpolicy.h"
#include "vision/facedetector.h"
#include "vision/privacyfilter.h"

#include <QString>
#include <QTextStream>

#include <functional>

namespace cg::vision {

struct BenchOptions
{
    QString videoFile;          // either this ...
    QString imagesDir;          // ... or a folder of images (annotations.txt beside or above: accuracy figures)
    QString detector;           // "yunet", "blazeface", "haar"; empty: the best available
    QString modelsDir;
    int maxFrames = 300;        // for a video
    bool compareStockCascade = true;
    QString dumpBoxes;          // when set: every box ("file x y w h score" per line) for tuning the policy offline
    DetectorOptions detectorOptions{-1.0F, liveDetectionSide(1)};   // as the single-camera live view
    // The policy measured is the live view's, blurPolicyFor(the detector);
    // this may adjust it (offline tuning from bench_detect only).
    std::function<void(BlurPolicy&)> tunePolicy;
};

// `consentgate bench detect` and tests/bench: per-stage p50/p95 (decode,
// detect, blur, hand-off to another thread through a queued signal), detection
// precision/recall at IoU 0.5 and 0.3, and the lines "blur recall: R",
// "blurred share of frame: S", "frames/s: F", "p95 ms: P" (end to end per
// frame) for the policy the live view uses with that detector (a whole-frame
// policy blurs every face and all of the frame: 1.000 and 1.000, followed by
// the face-only figures it does not use), then the stock CascadeClassifier at
// default parameters.
// Needs a running QCoreApplication (uses a thread and queued signals); call
// it from the main thread. Returns a process exit code (0, 1 failed, 2 usage).
int runDetectBench(const BenchOptions& options, QTextStream& out, QTextStream& err);

} // namespace cg::vision
