#pragma once

#include "core/result.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QRectF>

#include <functional>

namespace cg::services {

// Decides whether a photo is good enough to enrol, and cuts out the face.
// Face finding is handed in (the vision library's detector behind a Qt-only
// function), so this class never sees OpenCV. Checks, in order:
// exactly one face, a minimum face size, sharpness, exposure. The verdict
// names the check that failed in plain words.
// Thread-safety: as safe as the face finder handed in.
class FaceQualityGate final
{
public:
    using FaceFinder = std::function<core::Result<QList<QRectF>>(const QImage&)>;

    struct Thresholds
    {
        int minFacePixels = 90;          // face box height in the photo, px
        double minSharpness = 40.0;      // variance of the Laplacian on a 128 px face
        double minBrightness = 55.0;     // mean luma of the face, 0..255
        double maxBrightness = 210.0;
        double maxClipped = 0.25;        // share of face pixels at <= 8 or >= 247
    };

    enum class Check { Passed, FaceCount, FaceSize, Sharpness, Exposure, Detector };

    struct Verdict
    {
        Check check = Check::Detector;
        QString message;                 // translated; empty when passed
        int faces = 0;
        QRectF face;                     // in photo coordinates
        double sharpness = 0;
        double brightness = 0;
        double clipped = 0;
        QImage crop;                     // the face with a margin; only when passed

        bool passed() const { return check == Check::Passed; }
        QString checkKey() const;        // "face_count", "face_size", "sharpness", "exposure"
        QJsonObject toJson() const;      // figures for the enrolment record (no pixels)
    };

    explicit FaceQualityGate(FaceFinder finder);
    FaceQualityGate(FaceFinder finder, Thresholds thresholds);
    Verdict check(const QImage& photo) const;
    const Thresholds& thresholds() const { return m_thresholds; }

    // Helpers, public for tests.
    static double sharpnessOf(const QImage& face);
    static void exposureOf(const QImage& face, double* meanLuma, double* clippedShare);
    static QRect cropRect(const QRectF& face, const QSize& photo);

private:
    FaceFinder m_finder;
    Thresholds m_thresholds;
};

} // namespace cg::services
