// YuNet (cv::FaceDetectorYN) and the Haar cascade, plus detector selection.
#include "vision/blurpolicy.h"
#include "vision/cvimage.h"
#include "vision/detectorsinternal.h"
#include "vision/facedetector.h"
#include "vision/modelstore.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

namespace cg::vision {

namespace {


core::Error failure(const cv::Exception& e)
{
    return core::Error::make(core::Error::Kind::Internal, QCoreApplication::translate("cg::vision::FaceDetector", "Face detection failed: %1").arg(QString::fromStdString(e.what())),
                             QStringLiteral("detect.failed"));
}

// YuNet: dense anchor-free detector; fast on a downscaled copy. Its boxes are
// tight around the face, so the privacy filter enlarges them.
class YuNetDetector final : public FaceDetector
{
public:
    YuNetDetector(const QString& model, const DetectorOptions& options)
        : m_options(options)
    {
        m_threshold = options.scoreThreshold >= 0 ? options.scoreThreshold : 0.2F;
        // Below ~0.15 YuNet's post-processing slows sharply (measured).
        m_yunet = cv::FaceDetectorYN::create(model.toStdString(), "", cv::Size(320, 320), m_threshold, 0.3F, 5000);
    }
    QString name() const override { return detectorName(DetectorKind::YuNet); }
    core::Result<FaceBoxes> detect(const QImage& frame) override
    {
        try {
            QImage keep;
            const cv::Mat bgr = detail::bgrView(frame, keep);   // read only: no copy of the frame
            cv::Mat small;
            const double scale = detail::downscaleInto(bgr, small, m_options.maxInputSide);
            if (small.size() != m_size) {
                m_yunet->setInputSize(small.size());
                m_size = small.size();
            }
            cv::Mat faces;
            m_yunet->detect(small, faces);
            FaceBoxes out;
            for (int i = 0; i < faces.rows; ++i) {
                const float* r = faces.ptr<float>(i);
                out.append({QRectF(r[0] / scale, r[1] / scale, r[2] / scale, r[3] / scale), r[14]});
            }
            return out;
        } catch (const cv::Exception& e) {
            return failure(e);
        }
    }

private:
    DetectorOptions m_options;
    float m_threshold = 0.2F;
    cv::Ptr<cv::FaceDetectorYN> m_yunet;
    cv::Size m_size;
};

// The Haar cascade from opencv-data: slow and misses turned faces; the fallback
// when no neural model is installed.
class HaarDetector final : public FaceDetector
{
public:
    HaarDetector(const QString& cascade, const DetectorOptions& options)
        : m_options(options)
    {
        m_cascade.load(cascade.toStdString());
    }
    bool loaded() const { return !m_cascade.empty(); }
    QString name() const override { return detectorName(DetectorKind::Haar); }
    core::Result<FaceBoxes> detect(const QImage& frame) override
    {
        try {
            QImage keep;
            const cv::Mat bgr = detail::bgrView(frame, keep);   // read only: no copy of the frame
            cv::Mat small;
            const double scale = detail::downscaleInto(bgr, small, m_options.maxInputSide);
            cv::Mat gray;
            cv::cvtColor(small, gray, cv::COLOR_BGR2GRAY);
            cv::equalizeHist(gray, gray);
            std::vector<cv::Rect> rects;
            std::vector<int> levels;
            std::vector<double> weights;
            // Few neighbours: favour recall, the blur tolerates false boxes.
            m_cascade.detectMultiScale(gray, rects, levels, weights, 1.15, 2, 0, cv::Size(20, 20), cv::Size(), true);
            FaceBoxes out;
            for (size_t i = 0; i < rects.size(); ++i) {
                const cv::Rect& r = rects[i];
                const float score = weights.size() > i ? float(std::clamp(0.5 + weights[i] / 10.0, 0.0, 1.0)) : 0.5F;
                out.append({QRectF(r.x / scale, r.y / scale, r.width / scale, r.height / scale), score});
            }
            return out;
        } catch (const cv::Exception& e) {
            return failure(e);
        }
    }

private:
    DetectorOptions m_options;
    cv::CascadeClassifier m_cascade;
};

} // namespace

namespace detail {

double downscaleInto(const cv::Mat& src, cv::Mat& dst, int maxSide)
{
    const int longer = std::max(src.cols, src.rows);
    if (maxSide <= 0 || longer <= maxSide) {
        dst = src;
        return 1.0;
    }
    const double scale = double(maxSide) / longer;
    cv::resize(src, dst, cv::Size(), scale, scale, cv::INTER_AREA);
    return scale;
}

} // namespace detail

QString detectorName(DetectorKind kind)
{
    switch (kind) {
    case DetectorKind::YuNet: return QStringLiteral("yunet");
    case DetectorKind::BlazeFace: return QStringLiteral("blazeface");
    case DetectorKind::Haar: return QStringLiteral("haar");
    }
    return {};
}

std::optional<DetectorKind> detectorFromName(const QString& name)
{
    for (DetectorKind k : {DetectorKind::YuNet, DetectorKind::BlazeFace, DetectorKind::Haar}) {
        if (name.compare(detectorName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

core::Result<std::unique_ptr<FaceDetector>> createDetector(DetectorKind kind, const ModelStore& models,
                                                           const DetectorOptions& requested)
{
    DetectorOptions options = requested;
    if (options.scoreThreshold < 0)
        options.scoreThreshold = blurPolicyFor(kind).detectScore;   // the one place that sets it
    try {
        switch (kind) {
        case DetectorKind::YuNet: {
            auto path = models.locate(ModelStore::kYuNet);
            if (!path)
                return path.error();
            return std::unique_ptr<FaceDetector>(std::make_unique<YuNetDetector>(path.value(), options));
        }
        case DetectorKind::BlazeFace: {
            auto path = models.locate(ModelStore::kBlazeFace);
            if (!path)
                return path.error();
            return detail::createBlazeFace(path.value(), options);
        }
        case DetectorKind::Haar: {
            auto path = models.haarCascade();
            if (!path)
                return path.error();
            auto haar = std::make_unique<HaarDetector>(path.value(), options);
            if (!haar->loaded())
                return core::Error::make(core::Error::Kind::Io, QCoreApplication::translate("cg::vision::FaceDetector", "The Haar cascade %1 could not be read.").arg(path.value()));
            return std::unique_ptr<FaceDetector>(std::move(haar));
        }
        }
    } catch (const cv::Exception& e) {
        return failure(e);
    }
    return core::Error::make(core::Error::Kind::Internal, QCoreApplication::translate("cg::vision::FaceDetector", "Unknown detector."));
}

void setDetectionThreads(int threads)
{
    cv::setNumThreads(threads > 0 ? threads : -1);   // negative: OpenCV's default
}

int detectionThreads()
{
    return cv::getNumThreads();
}

core::Result<DetectorChoice> createBestDetector(const ModelStore& models, const DetectorOptions& options)
{
    QStringList reasons;
    for (DetectorKind kind : {DetectorKind::YuNet, DetectorKind::BlazeFace, DetectorKind::Haar}) {
        auto made = createDetector(kind, models, options);
        if (made) {
            DetectorChoice choice{std::move(made.value()), {}};
            if (!reasons.isEmpty()) {
                const QString why = reasons.join(QLatin1Char(' '));
                choice.notice = kind == DetectorKind::Haar
                                    ? QCoreApplication::translate("cg::vision::FaceDetector", "No face model found: using the slower, less accurate Haar cascade. %1").arg(why)
                                    : QCoreApplication::translate("cg::vision::FaceDetector", "Using %2 face detection. %1").arg(why, detectorName(kind));
            }
            return choice;
        }
        reasons.append(made.error().message);
    }
    return core::Error::make(core::Error::Kind::NotFound,
                             QCoreApplication::translate("cg::vision::FaceDetector", "No face detector is available: %1").arg(reasons.join(QLatin1Char(' '))),
                             QStringLiteral("detect.none"));
}

} // namespace cg::vision
