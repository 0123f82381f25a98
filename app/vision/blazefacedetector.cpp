// MediaPipe BlazeFace (back-camera model, 256x256) through OpenCV's dnn module.
// The ONNX file holds only the network: anchors, box decoding and non-maximum
// suppression are ours, following MediaPipe's SSD anchor options for this model
// (strides 16, 32, 32, 32; fixed anchor size; offset 0.5).
#include "vision/cvimage.h"
#include "vision/detectorsinternal.h"

#include <QCoreApplication>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace cg::vision::detail {

namespace {

constexpr int kInput = 256;

struct Anchor
{
    float cx;
    float cy;
};

// Stride 16: a 16x16 grid with 2 anchors per cell (512). The three stride-32
// layers share an 8x8 grid with 2 anchors each (384). Order: row, column, anchor.
std::vector<Anchor> anchorsFor(int grid, int perCell)
{
    std::vector<Anchor> out;
    out.reserve(size_t(grid * grid * perCell));
    for (int y = 0; y < grid; ++y) {
        for (int x = 0; x < grid; ++x) {
            for (int a = 0; a < perCell; ++a)
                out.push_back({(x + 0.5F) / grid, (y + 0.5F) / grid});
        }
    }
    return out;
}

float sigmoid(float v)
{
    return 1.0F / (1.0F + std::exp(-std::clamp(v, -100.0F, 100.0F)));
}

// One pass over the whole frame, STRETCHED to the model's 256x256 square
// rather than letterboxed: a 640x480 frame then keeps 0.53 of its height
// instead of 0.4, and small faces score higher. Measured on
// ../shared/facedata/wider_public (blur recall / blurred share, policy of
// blurPolicyFor): letterbox at threshold 0.4: 0.516 / 0.072; 0.1: 0.735 / 0.194;
// stretched at 0.15: 0.814 / 0.159, with larger regions 0.870 / 0.216.
// Extra passes on 2-6 overlapping square tiles (3-7 network runs; the ONNX
// graph has fixed shapes, so neither a larger input nor a batch is possible)
// gave 0.864-0.873 at the same share: not worth 3-7 times the time.
class BlazeFaceDetector final : public FaceDetector
{
public:
    BlazeFaceDetector(const QString& model, const DetectorOptions& options)
        : m_net(cv::dnn::readNetFromONNX(model.toStdString())),
          m_threshold(options.scoreThreshold >= 0 ? options.scoreThreshold : 0.15F),
          m_coarse(anchorsFor(8, 6)),
          m_fine(anchorsFor(16, 2))
    {
        m_outputs = m_net.getUnconnectedOutLayersNames();
    }
    QString name() const override { return detectorName(DetectorKind::BlazeFace); }

    core::Result<FaceBoxes> detect(const QImage& frame) override
    {
        try {
            return run(frame);
        } catch (const cv::Exception& e) {
            return core::Error::make(core::Error::Kind::Internal,
                                     QCoreApplication::translate("cg::vision::FaceDetector", "Face detection failed: %1")
                                         .arg(QString::fromStdString(e.what())),
                                     QStringLiteral("detect.failed"));
        }
    }

private:
    core::Result<FaceBoxes> run(const QImage& frame)
    {
        QImage pixels;
        const cv::Mat bgr = bgrView(frame, pixels);   // read only: no copy of the frame
        cv::Mat input;
        cv::resize(bgr, input, cv::Size(kInput, kInput), 0, 0, cv::INTER_AREA);
        cv::cvtColor(input, input, cv::COLOR_BGR2RGB);
        cv::Mat scaled;
        input.convertTo(scaled, CV_32FC3, 1.0 / 127.5, -1.0);
        const int dims[] = {1, kInput, kInput, 3};   // channels-last, as the model was exported
        cv::Mat blob(4, dims, CV_32F, scaled.data);
        m_net.setInput(blob);
        std::vector<cv::Mat> outs;
        m_net.forward(outs, m_outputs);
        const double sx = bgr.cols;
        const double sy = bgr.rows;

        // Pair the outputs by shape: scores end in 1, regressors in 16;
        // 512 rows belong to the fine grid, 384 to the coarse one. Regressors
        // are x, y, w, h in input pixels (MediaPipe's reverse_output_order).
        std::vector<cv::Rect2d> boxes;
        std::vector<float> scores;
        for (const cv::Mat& s : outs) {
            if (s.dims != 3 || s.size[2] != 1)
                continue;
            const int n = s.size[1];
            const std::vector<Anchor>& anchors = n == 512 ? m_fine : m_coarse;
            if (size_t(n) != anchors.size())
                continue;
            const cv::Mat* reg = nullptr;
            for (const cv::Mat& r : outs) {
                if (r.dims == 3 && r.size[1] == n && r.size[2] == 16)
                    reg = &r;
            }
            if (!reg)
                continue;
            const float* sp = s.ptr<float>();
            const float* rp = reg->ptr<float>();
            for (int i = 0; i < n; ++i) {
                const float score = sigmoid(sp[i]);
                if (score < m_threshold)
                    continue;
                const float* r = rp + ptrdiff_t(i) * 16;
                const double cx = (r[0] / kInput + anchors[size_t(i)].cx) * sx;
                const double cy = (r[1] / kInput + anchors[size_t(i)].cy) * sy;
                const double w = r[2] / kInput * sx;
                const double h = r[3] / kInput * sy;
                boxes.emplace_back(cx - w / 2, cy - h / 2, w, h);
                scores.push_back(score);
            }
        }
        std::vector<cv::Rect> intBoxes;
        for (const cv::Rect2d& b : boxes)
            intBoxes.emplace_back(cvRound(b.x), cvRound(b.y), cvRound(b.width), cvRound(b.height));
        std::vector<int> keep;
        // NMS at IoU 0.3 as MediaPipe (letterboxed at 0.15: IoU 0.5 gave 0.687 / 0.142, 0.3 0.664 / 0.136: no real gain).
        cv::dnn::NMSBoxes(intBoxes, scores, m_threshold, 0.3F, keep);
        FaceBoxes out;
        for (int k : keep) {
            const cv::Rect2d& b = boxes[size_t(k)];
            out.append({QRectF(b.x, b.y, b.width, b.height), scores[size_t(k)]});
        }
        return out;
    }

    cv::dnn::Net m_net;
    std::vector<cv::String> m_outputs;
    float m_threshold = 0.15F;
    std::vector<Anchor> m_coarse;
    std::vector<Anchor> m_fine;
};

} // namespace

core::Result<std::unique_ptr<FaceDetector>> createBlazeFace(const QString& model, const DetectorOptions& options)
{
    return std::unique_ptr<FaceDetector>(std::make_unique<BlazeFaceDetector>(model, options));
}

} // namespace cg::vision::detail
