#pragma once

#include "vision/blurpolicy.h"
#include "vision/facebox.h"

#include <QImage>
#include <QList>
#include <QRect>

namespace cg::vision {

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
    // The frame as the policy hides it: BlurMode::Faces pixelates the regions
    // of `boxes`; BlurMode::WholeFrame pixelates everything coarsely and the
    // face regions more coarsely still.
    static QImage apply(const QImage& frame, const FaceBoxes& boxes, const BlurPolicy& policy);
    // The (already hidden) frame as the GUI paints it: Format_RGB32, scaled to
    // fit `fitInto` keeping its aspect ratio (QSize::scaled), or its own size
    // when `fitInto` is empty. Done on the detection thread so the GUI thread
    // only copies pixels.
    static QImage forDisplay(const QImage& frame, const QSize& fitInto = {});
    // apply() for regions already computed.
    static QImage hide(const QImage& frame, const QList<QRect>& regions, BlurMode mode);
    // Adds `more` to `into`, replacing a region by its union with one of `more`
    // that overlaps it (IoU >= 0.3): the same face in consecutive frames is then
    // pixelated once, in a region covering both positions.
    static void mergeRegions(QList<QRect>& into, const QList<QRect>& more);
    // The boxes confident enough to draw and count as faces on screen.
    static FaceBoxes shown(const FaceBoxes& boxes, const BlurPolicy& policy);
};

} // namespace cg::vision
