#pragma once

#include "vision/facedetector.h"

#include <QString>

namespace cg::vision {

// How a frame is hidden before it reaches any widget, snapshot or file.
enum class BlurMode {
    Faces,        // detected faces pixelated, the rest of the picture visible
    WholeFrame,   // the whole picture coarsely pixelated (detected faces even more):
                  // for detectors that miss too many faces to be trusted alone
};

// Which detections are blurred and how far beyond the box. A missed face is a
// privacy leak while a blurred shadow is harmless, so the thresholds are low;
// large boxes must score higher (false boxes at low scores are mostly large,
// and a large false box costs much of the frame) and are enlarged less.
// Value type; the per-detector values live in blurPolicyFor() and nowhere else.
struct BlurPolicy
{
    BlurMode mode = BlurMode::Faces;
    float detectScore = 0.2F;      // the detector drops boxes below this (its output threshold)
    float minScore = 0.2F;         // boxes scoring below are not blurred
    float minScoreLarge = 0.7F;    // ... boxes taller than largeFraction of the frame need this
    double largeFraction = 0.25;
    double enlargeSmall = 1.6;     // box side multiplier for faces under smallHeight px
    double enlargeLarge = 1.2;     // ... and for the rest
    double smallHeight = 60.0;
    double widthFactor = 0.85;     // region width = region height x this: faces are taller than wide
    double shiftUp = 0.0;          // centre moved up by this share of the box height
    float showScore = 0.6F;        // boxes drawn and counted as faces on screen need this
    // Video only: boxes found in the frames of the last holdMs are blurred too,
    // so a face whose score flickers around the threshold (or that one frame
    // misses) stays hidden instead of showing for a frame.
    int holdMs = 200;
};

// THE per-detector blur policy (live view, camera test snapshot, benchmark).
// YuNet blurs faces only; BlazeFace and the Haar cascade find too few faces in
// crowds (blur recall 0.87 and 0.38 against YuNet's 0.96 on
// ../shared/facedata/wider_public), so with them the whole picture is hidden.
BlurPolicy blurPolicyFor(DetectorKind kind);
// By detector name ("yunet", ...); an unknown or empty name: the whole frame.
BlurPolicy blurPolicyFor(const QString& detectorName);

// The longer side (px) of the copy the live view detects on, by the number of
// cameras it runs; also `bench detect`'s default (the single-camera side), so
// the benchmark measures what the live view does. Never changes with load: a
// slow machine shows fewer frames, never less blurred ones.
int liveDetectionSide(int cameras);

// One line for the screen: which detector and how the picture is hidden
// (translated, context cg::vision::BlurPolicy).
QString blurModeSummary(const QString& detectorName, BlurMode mode);
// Why the whole picture is hidden and how to get faces-only blur, for a
// tooltip or details link; empty for BlurMode::Faces.
QString blurModeDetails(const QString& detectorName, BlurMode mode);

} // namespace cg::vision
