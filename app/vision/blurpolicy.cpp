#include "vision/blurpolicy.h"

#include "vision/modelstore.h"

#include <QCoreApplication>

namespace cg::vision {

BlurPolicy blurPolicyFor(DetectorKind kind)
{
    BlurPolicy p;
    switch (kind) {
    case DetectorKind::YuNet:
        // Tuned on ../shared/facedata/wider_public at 640 px (boxes dumped once
        // by bench_detect --dump, policies scored offline, then confirmed by
        // the benchmark): blur recall 0.962 with 21 % of the frame blurred.
        // Thresholds below ~0.15 slow YuNet's post-processing sharply.
        p.mode = BlurMode::Faces;
        p.detectScore = 0.2F;
        p.minScore = 0.2F;
        p.minScoreLarge = 0.7F;
        p.enlargeSmall = 1.6;
        p.enlargeLarge = 1.2;
        p.widthFactor = 0.85;
        p.showScore = 0.6F;   // YuNet gives 0.73-0.80 to false boxes on black frames: only draw confident ones
        break;
    case DetectorKind::BlazeFace:
        // Best measured face-only setting (one stretched 256x256 pass; see
        // blazefacedetector.cpp): blur recall 0.870 at share 0.216. Extra tiles
        // cost 3-7 passes and did not raise it. One face in eight missed in a
        // crowd is a leak, so the whole picture is hidden; the boxes still
        // count and mark faces on screen.
        p.mode = BlurMode::WholeFrame;
        p.detectScore = 0.15F;
        p.minScore = 0.0F;
        p.minScoreLarge = 0.5F;
        p.enlargeSmall = 2.0;
        p.enlargeLarge = 1.4;
        p.widthFactor = 1.0;
        p.showScore = 0.5F;
        break;
    case DetectorKind::Haar:
        // Finds about a third of the faces (blur recall 0.375): never trusted alone.
        p.mode = BlurMode::WholeFrame;
        p.detectScore = 0.0F;
        p.minScore = 0.0F;
        p.minScoreLarge = 0.0F;
        p.enlargeSmall = 1.5;
        p.enlargeLarge = 1.3;
        p.widthFactor = 1.0;
        p.showScore = 0.5F;
        break;
    }
    return p;
}

BlurPolicy blurPolicyFor(const QString& detectorName)
{
    if (const auto kind = detectorFromName(detectorName))
        return blurPolicyFor(*kind);
    BlurPolicy p;   // no detector at all: nothing can be trusted
    p.mode = BlurMode::WholeFrame;
    return p;
}

int liveDetectionSide(int cameras)
{
    // YuNet on ../shared/facedata/wider_public (blur recall / share with its
    // policy): 640 px 0.962 / 0.211, 576 px 0.962 / 0.216, 512 px 0.956 / 0.216,
    // 416 px 0.959 / 0.224, 320 px 0.944 / 0.237. 576 keeps 640's recall at 81 %
    // of its detection time, so one camera keeps 25 fps with room for the
    // capture-to-paint target (tests/bench/bench_live); four cameras on two
    // cores need the 416 copy; nine get 320 (below the 0.95 target: fewer
    // cameras per console, or a faster machine, for a crowded scene).
    if (cameras <= 1)
        return 576;
    if (cameras <= 4)
        return 416;
    return 320;
}

QString blurModeSummary(const QString& detectorName, BlurMode mode)
{
    const QString name = detectorName.isEmpty() ? QCoreApplication::translate("cg::vision::BlurPolicy", "none") : detectorName;
    return mode == BlurMode::Faces
               ? QCoreApplication::translate("cg::vision::BlurPolicy", "Detector: %1 · faces blurred").arg(name)
               : QCoreApplication::translate("cg::vision::BlurPolicy", "Detector: %1 · whole picture pixelated (this detector misses too many faces)").arg(name);
}

QString blurModeDetails(const QString& detectorName, BlurMode mode)
{
    if (mode == BlurMode::Faces)
        return {};
    return QCoreApplication::translate("cg::vision::BlurPolicy",
                                       "The installed face detector (%1) finds too few of the faces in a crowd to keep them private, "
                                       "so the whole picture is shown coarsely pixelated; faces found are still marked and counted. "
                                       "To see the picture with only faces blurred, put the YuNet model file %2 (MIT licence, "
                                       "OpenCV Zoo) in the models folder (--models DIR or the data folder) and reopen this page.")
        .arg(detectorName.isEmpty() ? QCoreApplication::translate("cg::vision::BlurPolicy", "none") : detectorName,
             ModelStore::kYuNet);
}

} // namespace cg::vision
