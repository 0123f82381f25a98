#pragma once

#include "vision/facebox.h"

#include <QImage>
#include <QList>
#include <QRect>

namespace cg::vision {

// Which detections are blurred and how far beyond the box. A missed face is a
// privacy leak while a blurred shadow is harmless, so the thresholds are low;
// large boxes must score higher (false boxes at low scores are mostly large,
// and a large false box costs much of the frame) and are enlarged less.
struct BlurPolicy
{
    // Defaults tuned on ../shared/facedata/wider_public with YuNet at 640 px
    // (blur recall 0.959 at 21 % of the frame blurred; see tests/bench).
    float minScore = 0.2F;         // boxes scoring below are ignored
    float minScoreLarge = 0.5F;    // ... boxes taller than largeFraction of the frame need this
    double largeFraction = 0.25;
    double enlargeSmall = 1.5;     // box side multiplier for faces under smallHeight px
    double enlargeLarge = 1.2;     // ... and for the rest
    double smallHeight = 60.0;
    double shiftUp = 0.0;          // centre moved up by this share of the box height
    // Video only: boxes found in the frames of the last holdMs are blurred too,
    // so a face whose score flickers around the threshold (or that one frame
    // misses) stays hidden instead of showing for a frame.
    int holdMs = 200;
};

// Pixelates faces in a frame before it reaches any widget, snapshot or file.
// Pure functions; thread-safe.
class PrivacyFilter final
{
public:
    // The regions (clipped to the frame) that `policy` pixelates for `boxes`.
    static QList<QRect> regionsFor(const FaceBoxes& boxes, const QSize& frame, const BlurPolicy& policy);
    // A copy of `frame` with every region pixelated. No pixel inside a region
    // keeps its original value (a pixel that happens to equal its cell's mean
    // is nudged by one level), so nothing raw survives inside a face.
    static QImage pixelate(const QImage& frame, const QList<QRect>& regions);
    // Fail-closed path: the whole frame, coarsely pixelated.
    static QImage pixelateAll(const QImage& frame);
    // regionsFor + pixelate.
    static QImage apply(const QImage& frame, const FaceBoxes& boxes, const BlurPolicy& policy = {});
};

} // namespace cg::vision
