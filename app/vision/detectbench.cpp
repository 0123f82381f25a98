#include "vision/detectbench.h"

#include "vision/annotations.h"
#include "vision/blurpolicy.h"
#include "vision/cvimage.h"
#include "vision/framesource.h"
#include "vision/latestframe.h"
#include "vision/modelstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QThread>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <atomic>
#include <functional>

namespace cg::vision {

namespace {


struct Sample
{
    double decode = 0, detect = 0, blur = 0, handoff = 0, total = 0;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

// Receives processed frames on the calling (main) thread: the hand-off stage
// is the time a frame spends in the queued-signal hop.
class Receiver final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    std::vector<double> handoffMs;
    std::vector<double> totalMs;
    int received = 0;
public Q_SLOTS:
    void take(const QImage& image, qint64 startedAtNs, qint64 emittedAtNs)
    {
        const qint64 now = nowNs();
        handoffMs.push_back(double(now - emittedAtNs) / 1e6);
        totalMs.push_back(double(now - startedAtNs) / 1e6);
        if (!image.isNull())
            ++received;
    }

public:
    static qint64 nowNs()
    {
        using namespace std::chrono;
        return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
    }
};

class Emitter final : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void frame(const QImage& image, qint64 startedAtNs, qint64 emittedAtNs);
};

// Where the images of an annotated folder are: DIR/images when it exists.
QString imageFolder(const QString& dir)
{
    const QString sub = dir + QStringLiteral("/images");
    return QFileInfo(sub).isDir() ? sub : dir;
}

} // namespace

int runDetectBench(const BenchOptions& options, QTextStream& out, QTextStream& err)
{
    if (options.videoFile.isEmpty() == options.imagesDir.isEmpty()) {
        err << QCoreApplication::translate("cg::vision::DetectBench", "error: give exactly one of --video FILE or --images DIR") << Qt::endl;
        return 2;
    }
    const ModelStore models(options.modelsDir);
    std::unique_ptr<FaceDetector> detector;
    QString notice;
    if (options.detector.isEmpty()) {
        auto best = createBestDetector(models, options.detectorOptions);
        if (!best) {
            err << best.error().message << Qt::endl;
            return 1;
        }
        detector = std::move(best->detector);
        notice = best->notice;
    } else {
        const auto kind = detectorFromName(options.detector);
        if (!kind) {
            err << QCoreApplication::translate("cg::vision::DetectBench", "error: unknown detector “%1” (yunet, blazeface, haar)").arg(options.detector) << Qt::endl;
            return 2;
        }
        auto made = createDetector(*kind, models, options.detectorOptions);
        if (!made) {
            err << made.error().message << Qt::endl;
            return 1;
        }
        detector = std::move(made.value());
    }
    BlurPolicy policy = blurPolicyFor(detector->name());
    if (options.tunePolicy)
        options.tunePolicy(policy);
    const bool wholeFrame = policy.mode == BlurMode::WholeFrame;
    out << "detector: " << detector->name() << Qt::endl;
    out << "blur policy: " << (wholeFrame ? "whole frame" : "faces") << ", detector threshold "
        << fixed(options.detectorOptions.scoreThreshold >= 0 ? options.detectorOptions.scoreThreshold : policy.detectScore, 2)
        << ", min score " << fixed(policy.minScore, 2) << " (large " << fixed(policy.minScoreLarge, 2) << "), enlarge "
        << fixed(policy.enlargeSmall, 2) << "/" << fixed(policy.enlargeLarge, 2) << ", width " << fixed(policy.widthFactor, 2)
        << Qt::endl;
    if (!notice.isEmpty())
        out << "notice: " << notice << Qt::endl;
    out << "detection side: " << options.detectorOptions.maxInputSide << " px" << Qt::endl;
    out << "opencv threads: " << cv::getNumThreads() << Qt::endl;

    // Inputs: a list of image files (with ground truth when annotated) or a video.
    AnnotationSet truth;
    bool annotated = false;
    QStringList files;
    QString folder;
    std::unique_ptr<FrameSource> video;
    if (!options.imagesDir.isEmpty()) {
        folder = imageFolder(options.imagesDir);
        const QStringList candidates = {options.imagesDir + QStringLiteral("/annotations.txt"), folder + QStringLiteral("/annotations.txt")};
        for (const QString& candidate : candidates) {
            if (!annotated && QFileInfo(candidate).isFile()) {
                auto loaded = AnnotationSet::load(candidate);
                if (!loaded) {
                    err << loaded.error().message << Qt::endl;
                    return 1;
                }
                truth = loaded.value();
                annotated = true;
            }
        }
        if (annotated) {
            files = truth.files;
        } else {
            const QStringList filters = {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"), QStringLiteral("*.bmp")};
            files = QDir(folder).entryList(filters, QDir::Files, QDir::Name);
        }
        if (files.isEmpty()) {
            err << QCoreApplication::translate("cg::vision::DetectBench", "error: no images in %1").arg(folder) << Qt::endl;
            return 1;
        }
    } else {
        video = std::make_unique<FrameSource>(SourceSpec{SourceKind::File, options.videoFile, {}, {}});
        const core::Status opened = video->open();
        if (!opened) {
            err << opened.error().message << Qt::endl;
            return 1;
        }
        const StreamInfo info = video->info();
        out << "video: " << info.size.width() << "x" << info.size.height() << " " << info.codec << " "
            << fixed(info.fps, 1) << " fps" << Qt::endl;
    }

    // The measured pipeline runs on a worker thread and hands each blurred
    // frame to this thread through a queued signal, as the live view does.
    Receiver receiver;
    Emitter emitter;
    QThread worker;
    emitter.moveToThread(&worker);
    QObject::connect(&emitter, &Emitter::frame, &receiver, &Receiver::take, Qt::QueuedConnection);

    QFile dump(options.dumpBoxes);
    QTextStream dumpOut(&dump);
    if (!options.dumpBoxes.isEmpty() && !dump.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << dump.errorString() << Qt::endl;
        return 1;
    }
    std::vector<Sample> samples;
    MatchCounts at50, at30, shown50;
    BlurCounts blur;       // the live view's policy
    BlurCounts faceBlur;   // faces only (differs for a whole-frame policy)
    std::atomic<bool> failed{false};
    QString failure;
    int frames = 0;
    QElapsedTimer wall;

    auto body = [&] {
        wall.start();
        const int limit = video ? options.maxFrames : int(files.size());
        for (int i = 0; i < limit; ++i) {
            const qint64 start = Receiver::nowNs();
            Sample s;
            QImage image;
            QString name;
            if (video) {
                auto frame = video->read();
                if (!frame)
                    break;
                image = frame.value();
            } else {
                name = files.at(i);
                QImageReader reader(folder + QLatin1Char('/') + name);
                image = reader.read();
                if (image.isNull()) {
                    failure = QCoreApplication::translate("cg::vision::DetectBench", "cannot read image %1").arg(name);
                    failed = true;
                    break;
                }
                image = image.convertToFormat(QImage::Format_BGR888);
            }
            qint64 t = Receiver::nowNs();
            s.decode = double(t - start) / 1e6;
            auto boxes = detector->detect(image);
            qint64 t2 = Receiver::nowNs();
            s.detect = double(t2 - t) / 1e6;
            if (!boxes) {
                failure = boxes.error().message;
                failed = true;
                break;
            }
            const QList<QRect> faceRegions = PrivacyFilter::regionsFor(boxes.value(), image.size(), policy);
            const QList<QRect> regions = wholeFrame ? QList<QRect>{image.rect()} : faceRegions;
            const QImage blurred = PrivacyFilter::apply(image, boxes.value(), policy);
            t = Receiver::nowNs();
            s.blur = double(t - t2) / 1e6;
            Q_EMIT emitter.frame(blurred, start, t);
            samples.push_back(s);
            ++frames;
            if (dump.isOpen()) {
                dumpOut << "# " << (video ? QString::number(i) : name) << ' ' << image.width() << ' ' << image.height() << '\n';
                for (const FaceBox& b : boxes.value())
                    dumpOut << (video ? QString::number(i) : name) << ' ' << b.rect.x() << ' ' << b.rect.y() << ' '
                            << b.rect.width() << ' ' << b.rect.height() << ' ' << b.score << '\n';
            }
            if (annotated) {
                const QList<GroundTruthFace> faces = truth.faces.value(name);
                FaceBoxes kept;
                for (const FaceBox& b : boxes.value()) {
                    const bool large = b.rect.height() > policy.largeFraction * image.height();
                    if (b.score >= (large ? policy.minScoreLarge : policy.minScore))
                        kept.append(b);
                }
                at50.add(kept, faces, 0.5);
                shown50.add(PrivacyFilter::shown(boxes.value(), policy), faces, 0.5);   // what the live view draws
                at30.add(kept, faces, 0.3);
                blur.add(regions, image.size(), faces);
                faceBlur.add(faceRegions, image.size(), faces);
            } else {
                blur.addFrameShare(regions, image.size());
                faceBlur.addFrameShare(faceRegions, image.size());
            }
        }
    };
    QObject::connect(&worker, &QThread::started, &emitter, [&] {
        body();
        worker.quit();
    });
    QEventLoop loop;
    QObject::connect(&worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker.start();
    loop.exec();
    worker.wait();
    QCoreApplication::sendPostedEvents(&receiver);   // the last hand-offs
    dumpOut.flush();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    if (failed) {
        err << failure << Qt::endl;
        return 1;
    }
    if (frames == 0) {
        err << QCoreApplication::translate("cg::vision::DetectBench", "error: no frames decoded") << Qt::endl;
        return 1;
    }

    std::vector<double> decode, detect, blurMs;
    for (const Sample& s : samples) {
        decode.push_back(s.decode);
        detect.push_back(s.detect);
        blurMs.push_back(s.blur);
    }
    auto stage = [&](const char* label, const std::vector<double>& v) {
        out << "stage " << label << ": p50 " << fixed(percentile(v, 0.5), 2) << " ms, p95 " << fixed(percentile(v, 0.95), 2)
            << " ms" << Qt::endl;
    };
    out << "frames: " << frames << Qt::endl;
    stage("decode", decode);
    stage("detect", detect);
    stage("blur", blurMs);
    stage("hand-off", receiver.handoffMs);
    if (annotated) {
        out << "blur boxes (policy thresholds): precision@0.5: " << fixed(at50.precision(), 3) << "  recall@0.5: " << fixed(at50.recall(), 3) << Qt::endl;
        out << "boxes shown (score >= " << fixed(policy.showScore, 2) << "): precision@0.5: " << fixed(shown50.precision(), 3) << "  recall@0.5: "
            << fixed(shown50.recall(), 3) << Qt::endl;
        out << "precision@0.3: " << fixed(at30.precision(), 3) << "  recall@0.3: " << fixed(at30.recall(), 3) << Qt::endl;
        out << "faces counted for blur: " << blur.facesCounted << Qt::endl;
        out << "blur recall: " << fixed(blur.recall(), 3) << Qt::endl;
    }
    out << "blurred share of frame: " << fixed(blur.share(), 3) << Qt::endl;
    out << "frames/s: " << fixed(frames / seconds, 1) << Qt::endl;
    out << "p95 ms: " << fixed(percentile(receiver.totalMs, 0.95), 1) << Qt::endl;
    if (wholeFrame) {
        out << "face-only blur (not what the live view uses with " << detector->name() << "): ";
        if (annotated)
            out << "recall " << fixed(faceBlur.recall(), 3) << ", ";
        out << "share " << fixed(faceBlur.share(), 3) << Qt::endl;
    }

    if (!options.compareStockCascade)
        return 0;
    // The stock comparison: CascadeClassifier::detectMultiScale at its defaults.
    auto cascadePath = models.locate(ModelStore::kHaarDefault);   // verified like every model
    if (!cascadePath) {
        out << "stock cascade: " << cascadePath.error().message << Qt::endl;
        return 0;
    }
    cv::CascadeClassifier cascade(cascadePath.value().toStdString());
    if (cascade.empty())
        return 0;
    MatchCounts s50;
    BlurCounts sblur;
    std::vector<double> stimes;
    const int limit = video ? std::min(frames, 50) : int(files.size());
    if (video && !video->open())
        return 0;
    for (int i = 0; i < limit; ++i) {
        QImage image;
        QString name;
        if (video) {
            auto frame = video->read();
            if (!frame)
                break;
            image = frame.value();
        } else {
            name = files.at(i);
            image = QImage(folder + QLatin1Char('/') + name).convertToFormat(QImage::Format_BGR888);
        }
        QElapsedTimer t;
        t.start();
        cv::Mat gray;
        cv::cvtColor(detail::toBgrMat(image), gray, cv::COLOR_BGR2GRAY);
        std::vector<cv::Rect> rects;
        cascade.detectMultiScale(gray, rects);
        stimes.push_back(double(t.nsecsElapsed()) / 1e6);
        FaceBoxes boxes;
        QList<QRect> regions;
        for (const cv::Rect& r : rects) {
            boxes.append({QRectF(r.x, r.y, r.width, r.height), 1.0F});
            regions.append(QRect(r.x, r.y, r.width, r.height));
        }
        if (annotated) {
            s50.add(boxes, truth.faces.value(name), 0.5);
            sblur.add(regions, image.size(), truth.faces.value(name));
        } else {
            sblur.addFrameShare(regions, image.size());
        }
    }
    out << "stock cascade (haarcascade_frontalface_default, detectMultiScale defaults): detect p50 "
        << fixed(percentile(stimes, 0.5), 1) << " ms, p95 " << fixed(percentile(stimes, 0.95), 1) << " ms";
    if (annotated)
        out << ", precision@0.5 " << fixed(s50.precision(), 3) << ", recall@0.5 " << fixed(s50.recall(), 3)
            << ", blur recall " << fixed(sblur.recall(), 3);
    out << ", blurred share " << fixed(sblur.share(), 3) << Qt::endl;
    return 0;
}

} // namespace cg::vision

#include "detectbench.moc"
