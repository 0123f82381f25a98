#include "services/facequalitygate.h"

#include <QCoreApplication>

#include <cmath>

namespace cg::services {

namespace {


constexpr int kProbeSide = 128;   // sharpness is measured at a fixed size so thresholds do not depend on resolution
constexpr int kMaxCropSide = 480; // the stored crop never needs more

} // namespace

QString FaceQualityGate::Verdict::checkKey() const
{
    switch (check) {
    case Check::Passed: return QStringLiteral("passed");
    case Check::FaceCount: return QStringLiteral("face_count");
    case Check::FaceSize: return QStringLiteral("face_size");
    case Check::Sharpness: return QStringLiteral("sharpness");
    case Check::Exposure: return QStringLiteral("exposure");
    case Check::Detector: return QStringLiteral("detector");
    }
    return {};
}

QJsonObject FaceQualityGate::Verdict::toJson() const
{
    return {{QStringLiteral("check"), checkKey()},
            {QStringLiteral("faces"), faces},
            {QStringLiteral("face_height"), qRound(face.height())},
            {QStringLiteral("sharpness"), std::round(sharpness * 10) / 10},
            {QStringLiteral("brightness"), std::round(brightness * 10) / 10},
            {QStringLiteral("clipped"), std::round(clipped * 1000) / 1000}};
}

FaceQualityGate::FaceQualityGate(FaceFinder finder) : FaceQualityGate(std::move(finder), Thresholds{}) {}

FaceQualityGate::FaceQualityGate(FaceFinder finder, Thresholds thresholds)
    : m_finder(std::move(finder)), m_thresholds(thresholds)
{
}

double FaceQualityGate::sharpnessOf(const QImage& face)
{
    const QImage gray = face.convertToFormat(QImage::Format_Grayscale8)
                            .scaled(kProbeSide, kProbeSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // Variance of the 4-neighbour Laplacian: blur removes the high frequencies it measures.
    double sum = 0;
    double sumSq = 0;
    int n = 0;
    for (int y = 1; y < gray.height() - 1; ++y) {
        const uchar* up = gray.constScanLine(y - 1);
        const uchar* row = gray.constScanLine(y);
        const uchar* down = gray.constScanLine(y + 1);
        for (int x = 1; x < gray.width() - 1; ++x) {
            const double lap = double(up[x]) + down[x] + row[x - 1] + row[x + 1] - 4.0 * row[x];
            sum += lap;
            sumSq += lap * lap;
            ++n;
        }
    }
    if (n == 0)
        return 0;
    const double mean = sum / n;
    return sumSq / n - mean * mean;
}

void FaceQualityGate::exposureOf(const QImage& face, double* meanLuma, double* clippedShare)
{
    const QImage gray = face.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    qint64 clipped = 0;
    const qint64 total = qint64(gray.width()) * gray.height();
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            sum += row[x];
            if (row[x] <= 8 || row[x] >= 247)
                ++clipped;
        }
    }
    *meanLuma = total ? sum / double(total) : 0;
    *clippedShare = total ? double(clipped) / double(total) : 1;
}

QRect FaceQualityGate::cropRect(const QRectF& face, const QSize& photo)
{
    // A portrait-like margin (hair, chin) as door terminals expect, clipped to the photo.
    const double side = std::max(face.width(), face.height()) * 1.6;
    const QPointF c = face.center();
    const QRectF wanted(c.x() - side / 2, c.y() - side / 2 - face.height() * 0.05, side, side);
    return wanted.toAlignedRect().intersected(QRect(QPoint(0, 0), photo));
}

FaceQualityGate::Verdict FaceQualityGate::check(const QImage& photo) const
{
    Verdict v;
    if (photo.isNull()) {
        v.check = Check::Detector;
        v.message = QCoreApplication::translate("cg::services::FaceQualityGate", "The image could not be read.");
        return v;
    }
    auto faces = m_finder(photo);
    if (!faces) {
        v.check = Check::Detector;
        v.message = QCoreApplication::translate("cg::services::FaceQualityGate", "Face detection failed: %1").arg(faces.error().message);
        return v;
    }
    v.faces = int(faces->size());
    if (v.faces != 1) {
        v.check = Check::FaceCount;
        v.message = v.faces == 0 ? QCoreApplication::translate("cg::services::FaceQualityGate", "No face was found. Ask the resident to face the camera, or use another photo.")
                                 : QCoreApplication::translate("cg::services::FaceQualityGate", "%n faces were found; the photo must show only the resident.", nullptr, v.faces);
        return v;
    }
    v.face = faces->constFirst().intersected(QRectF(QPointF(0, 0), QSizeF(photo.size())));
    if (v.face.height() < m_thresholds.minFacePixels) {
        v.check = Check::FaceSize;
        v.message = QCoreApplication::translate("cg::services::FaceQualityGate", "The face is too small (%1 px high, at least %2 px needed). Come closer or use a larger photo.")
                        .arg(qRound(v.face.height()))
                        .arg(m_thresholds.minFacePixels);
        return v;
    }
    const QImage faceOnly = photo.copy(v.face.toAlignedRect());
    v.sharpness = sharpnessOf(faceOnly);
    if (v.sharpness < m_thresholds.minSharpness) {
        v.check = Check::Sharpness;
        v.message = QCoreApplication::translate("cg::services::FaceQualityGate", "The face is blurred (sharpness %1, at least %2 needed). Hold still and try again.")
                        .arg(qRound(v.sharpness))
                        .arg(qRound(m_thresholds.minSharpness));
        return v;
    }
    exposureOf(faceOnly, &v.brightness, &v.clipped);
    if (v.brightness < m_thresholds.minBrightness || v.brightness > m_thresholds.maxBrightness
        || v.clipped > m_thresholds.maxClipped) {
        v.check = Check::Exposure;
        v.message = v.brightness < m_thresholds.minBrightness
                        ? QCoreApplication::translate("cg::services::FaceQualityGate", "The face is too dark. Add light in front of the resident.")
                        : QCoreApplication::translate("cg::services::FaceQualityGate", "The face is too bright or washed out. Avoid direct light or a window behind the camera.");
        return v;
    }
    v.check = Check::Passed;
    QImage crop = photo.copy(cropRect(v.face, photo.size()));
    if (std::max(crop.width(), crop.height()) > kMaxCropSide)
        crop = crop.scaled(kMaxCropSide, kMaxCropSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    v.crop = crop.convertToFormat(QImage::Format_RGB888);
    return v;
}

} // namespace cg::services
