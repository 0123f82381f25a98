#pragma once
// Private to app/vision: the only bridge between QImage and cv::Mat.

#include <QImage>

#include <opencv2/core.hpp>

namespace cg::vision::detail {

// A BGR copy of `image` (QImage::Format_BGR888 shares the layout cv::Mat wants).
inline cv::Mat toBgrMat(const QImage& image)
{
    QImage bgr = image.format() == QImage::Format_BGR888 ? image : image.convertToFormat(QImage::Format_BGR888);
    cv::Mat view(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar*>(bgr.constBits()),
                 static_cast<size_t>(bgr.bytesPerLine()));
    return view.clone();
}

// A READ-ONLY BGR view of `image` without copying when it already is
// Format_BGR888 (the capture's format); `keep` holds the pixels alive (a
// converted copy otherwise). Never write through the returned Mat.
inline cv::Mat bgrView(const QImage& image, QImage& keep)
{
    keep = image.format() == QImage::Format_BGR888 ? image : image.convertToFormat(QImage::Format_BGR888);
    return cv::Mat(keep.height(), keep.width(), CV_8UC3, const_cast<uchar*>(keep.constBits()),
                   static_cast<size_t>(keep.bytesPerLine()));
}

// Wraps the pixels of a detached Format_BGR888 image without copying.
inline cv::Mat wrapBgr(QImage& image)
{
    return cv::Mat(image.height(), image.width(), CV_8UC3, image.bits(), static_cast<size_t>(image.bytesPerLine()));
}

inline QImage toQImage(const cv::Mat& bgr)
{
    QImage out(bgr.data, bgr.cols, bgr.rows, static_cast<qsizetype>(bgr.step), QImage::Format_BGR888);
    return out.copy();
}

// Downscale so the longer side is at most maxSide; returns the scale applied.
double downscaleInto(const cv::Mat& src, cv::Mat& dst, int maxSide);

} // namespace cg::vision::detail
