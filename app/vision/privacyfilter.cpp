#include "vision/privacyfilter.h"

#include "vision/cvimage.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace cg::vision {

namespace {

// Mosaic one region in place: cells about a tenth of the region's smaller side.
void mosaic(cv::Mat& image, const cv::Rect& r, int cellOverride = 0)
{
    cv::Mat roi = image(r);
    const int cell = cellOverride > 0 ? cellOverride : std::max(3, std::min(r.width, r.height) / 8);
    const cv::Size small(std::max(1, (r.width + cell - 1) / cell), std::max(1, (r.height + cell - 1) / cell));
    cv::Mat tiny;
    cv::resize(roi, tiny, small, 0, 0, cv::INTER_AREA);
    cv::resize(tiny, roi, r.size(), 0, 0, cv::INTER_NEAREST);
}

// Where a pixel inside a region still equals the input, flip its lowest bit.
void nudgeUnchanged(cv::Mat& out, const cv::Mat& in, const cv::Rect& r)
{
    cv::Mat diff;
    cv::absdiff(out(r), in(r), diff);
    cv::Mat gray;
    cv::transform(diff, gray, cv::Matx13f(1, 1, 1));
    cv::Mat same = gray == 0;
    if (cv::countNonZero(same) == 0)
        return;
    cv::Mat roi = out(r);
    cv::bitwise_xor(roi, cv::Scalar(1, 1, 1), roi, same);
}

// The whole frame coarsely, then each face region as one flat cell (so even a
// large face close to the camera keeps no features at the whole-frame cell
// size), then one pass restoring "no pixel equals its input".
QImage hideWholeFrame(const QImage& frame, const QList<QRect>& faces)
{
    if (frame.isNull())
        return {};
    QImage keep;
    const cv::Mat in = detail::bgrView(frame, keep);   // the input, read only
    QImage out(frame.size(), QImage::Format_BGR888);
    cv::Mat mat = detail::wrapBgr(out);
    in.copyTo(mat);
    const cv::Rect all(0, 0, mat.cols, mat.rows);
    mosaic(mat, all, std::max(16, std::max(mat.cols, mat.rows) / 24));
    for (const QRect& q : faces) {
        const cv::Rect r = cv::Rect(q.x(), q.y(), q.width(), q.height()) & all;
        if (!r.empty())
            mosaic(mat, r, std::max(r.width, r.height));
    }
    nudgeUnchanged(mat, in, all);
    return out;
}

} // namespace

QList<QRect> PrivacyFilter::regionsFor(const FaceBoxes& boxes, const QSize& frame, const BlurPolicy& policy)
{
    QList<QRect> regions;
    const QRect bounds(QPoint(0, 0), frame);
    for (const FaceBox& box : boxes) {
        const QRectF& b = box.rect;
        const bool large = b.height() > policy.largeFraction * frame.height();
        if (box.score < (large ? policy.minScoreLarge : policy.minScore))
            continue;
        const double k = b.height() < policy.smallHeight ? policy.enlargeSmall : policy.enlargeLarge;
        const double side = std::max(b.width(), b.height());
        // From the longer side: detectors disagree with annotators on width.
        const double h = side * k;
        const double w = h * policy.widthFactor;
        const QPointF c = b.center() - QPointF(0, policy.shiftUp * b.height());
        const QRect r = QRectF(c.x() - w / 2, c.y() - h / 2, w, h).toAlignedRect().intersected(bounds);
        if (!r.isEmpty())
            regions.append(r);
    }
    return regions;
}

QImage PrivacyFilter::pixelate(const QImage& frame, const QList<QRect>& regions)
{
    QImage out = frame.convertToFormat(QImage::Format_BGR888);
    if (regions.isEmpty())
        return out;   // nothing to hide: no copy
    out.detach();
    cv::Mat mat = detail::wrapBgr(out);
    // Only the pixels inside the regions are compared afterwards: copy those,
    // not the whole frame (this runs for every frame of every camera).
    const cv::Rect all = cv::Rect(0, 0, mat.cols, mat.rows);
    cv::Rect bounds;
    for (const QRect& q : regions)
        bounds |= cv::Rect(q.x(), q.y(), q.width(), q.height()) & all;
    if (bounds.empty())
        return out;
    cv::Mat original(mat.size(), mat.type());
    mat(bounds).copyTo(original(bounds));
    // One mask of every region, so the unchanged-pixel check is one pass
    // however many (overlapping) regions there are.
    cv::Mat inRegion(bounds.size(), CV_8U, cv::Scalar(0));
    for (const QRect& q : regions) {
        const cv::Rect r = cv::Rect(q.x(), q.y(), q.width(), q.height()) & all;
        if (r.empty())
            continue;
        mosaic(mat, r);
        inRegion(r - bounds.tl()).setTo(255);
    }
    cv::Mat diff;
    cv::absdiff(mat(bounds), original(bounds), diff);
    cv::Mat sum;
    cv::transform(diff, sum, cv::Matx13f(1, 1, 1));
    cv::Mat same = (sum == 0) & inRegion;
    if (cv::countNonZero(same) > 0) {
        cv::Mat roi = mat(bounds);
        cv::bitwise_xor(roi, cv::Scalar(1, 1, 1), roi, same);
    }
    return out;
}

void PrivacyFilter::mergeRegions(QList<QRect>& into, const QList<QRect>& more)
{
    for (const QRect& r : more) {
        bool merged = false;
        for (QRect& existing : into) {
            const QRect overlap = existing.intersected(r);
            const double inter = double(overlap.width()) * overlap.height();
            const double uni = double(existing.width()) * existing.height() + double(r.width()) * r.height() - inter;
            if (!overlap.isEmpty() && inter / uni >= 0.3) {
                existing = existing.united(r);   // covers both: never less hidden
                merged = true;
                break;
            }
        }
        if (!merged)
            into.append(r);
    }
}

QImage PrivacyFilter::hide(const QImage& frame, const QList<QRect>& regions, BlurMode mode)
{
    return mode == BlurMode::Faces ? pixelate(frame, regions) : hideWholeFrame(frame, regions);
}

QImage PrivacyFilter::pixelateAll(const QImage& frame)
{
    return hideWholeFrame(frame, {});
}

QImage PrivacyFilter::apply(const QImage& frame, const FaceBoxes& boxes, const BlurPolicy& policy)
{
    return hide(frame, regionsFor(boxes, frame.size(), policy), policy.mode);
}

QImage PrivacyFilter::forDisplay(const QImage& frame, const QSize& fitInto)
{
    if (frame.isNull())
        return {};
    QImage keep;
    const cv::Mat src = detail::bgrView(frame, keep);
    QSize size = frame.size();
    if (!fitInto.isEmpty())
        size = frame.size().scaled(fitInto, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
#if Q_BYTE_ORDER == Q_BIG_ENDIAN
    return frame.convertToFormat(QImage::Format_RGB32).scaled(size);
#else
    // RGB32 is the word 0xffRRGGBB: bytes B, G, R, 0xff on a little-endian machine.
    QImage out(size, QImage::Format_RGB32);
    cv::Mat dst(out.height(), out.width(), CV_8UC4, out.bits(), static_cast<size_t>(out.bytesPerLine()));
    if (size == frame.size()) {
        cv::cvtColor(src, dst, cv::COLOR_BGR2BGRA);
    } else {
        // Nearest when enlarging keeps the mosaic's cells sharp (as painting did).
        cv::Mat scaled;
        cv::resize(src, scaled, cv::Size(size.width(), size.height()), 0, 0,
                   size.width() < frame.width() ? cv::INTER_LINEAR : cv::INTER_NEAREST);
        cv::cvtColor(scaled, dst, cv::COLOR_BGR2BGRA);
    }
    return out;
#endif
}

FaceBoxes PrivacyFilter::shown(const FaceBoxes& boxes, const BlurPolicy& policy)
{
    FaceBoxes out;
    for (const FaceBox& b : boxes) {
        if (b.score >= policy.showScore)
            out.append(b);
    }
    return out;
}

} // namespace cg::vision
