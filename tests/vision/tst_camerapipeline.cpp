// The capture pipeline end to end: a video file and a real HTTP MJPEG server,
// faces pixelated before frames leave the pipeline, a stream that stops (stale
// within the watchdog period) and comes back (reconnects), fail-closed output.
#include "mjpegserver.h"
#include "support/testenv.h"
#include "vision/camerapipeline.h"
#include "vision/modelstore.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cg::vision;

namespace {
const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");
const QRect kMessiFace(222, 92, 36, 42);

std::unique_ptr<FaceDetector> yunet()
{
    auto made = createDetector(DetectorKind::YuNet, ModelStore::withFolders({cg::test::sharedDir() + QStringLiteral("/models")}));
    return made ? std::move(made.value()) : nullptr;
}

QByteArray messiJpeg()
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImage(kMessi).save(&buffer, "JPG", 90);
    return jpeg;
}

int rawPixels(const QImage& before, const QImage& after, const QRect& r)
{
    const QImage a = before.convertToFormat(QImage::Format_RGB888);
    const QImage b = after.convertToFormat(QImage::Format_RGB888);
    int same = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            same += qAbs(qRed(a.pixel(x, y)) - qRed(b.pixel(x, y))) + qAbs(qGreen(a.pixel(x, y)) - qGreen(b.pixel(x, y))) < 3 ? 1 : 0;
    return same;
}
// Share of horizontally adjacent pixel pairs that differ by more than a few
// levels: high for a photo, about 1/cell width for a coarse mosaic.
double detailShare(const QImage& image)
{
    const QImage a = image.convertToFormat(QImage::Format_RGB888);
    qint64 differ = 0;
    qint64 pairs = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 1; x < a.width(); ++x) {
            const QRgb p = a.pixel(x - 1, y);
            const QRgb q = a.pixel(x, y);
            differ += std::max({qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q)), qAbs(qBlue(p) - qBlue(q))}) > 4 ? 1 : 0;
            ++pairs;
        }
    }
    return pairs ? double(differ) / double(pairs) : 0.0;
}
} // namespace

class tst_CameraPipeline final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(kMessi))
            QFAIL("opencv-doc (messi5.jpg) is required");
    }

    void mjpegStreamIsBlurredStaleAndReconnects()
    {
        CG_REQUIRE_SHARED(QString(QStringLiteral("models/") + ModelStore::kYuNet));
        cg::test::MjpegServer server({messiJpeg()});
        QVERIFY(server.start());
        CaptureOptions options;
        options.timeouts = {2000, 1000};
        options.staleAfterMs = 600;
        options.backoffMinMs = 100;
        options.backoffMaxMs = 400;
        CameraPipeline pipeline(SourceSpec{SourceKind::HttpMjpeg, server.url(), {}, {}}, yunet(), options);
        QSignalSpy frames(&pipeline, &CameraPipeline::frameProcessed);
        QSignalSpy states(&pipeline, &CameraPipeline::stateChanged);
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3, 20000);
        QCOMPARE(pipeline.state(), CameraState::Live);
        const auto frame = frames.last().at(0).value<ProcessedFrame>();
        QVERIFY(!frame.failClosed);
        QVERIFY(!frame.raw);
        QCOMPARE(frame.image.size(), QSize(548, 342));
        QVERIFY(!frame.boxes.isEmpty());
        // The pixels of the face are gone (allowing for JPEG noise).
        QVERIFY2(rawPixels(QImage(kMessi), frame.image, kMessiFace) < kMessiFace.width() * kMessiFace.height() / 10,
                 qPrintable(QString::number(rawPixels(QImage(kMessi), frame.image, kMessiFace))));
        QCOMPARE(pipeline.streamInfo().size, QSize(548, 342));

        // The stream stops: stale within the watchdog period, then offline.
        server.pause();
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(pipeline.state(), CameraState::Stale, 3000);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(pipeline.state(), CameraState::Offline, 6000);

        // It comes back: the worker reconnects on its own.
        const int servedBefore = server.clientsServed();
        frames.clear();
        server.resume();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(pipeline.state(), CameraState::Live, 5000);
        QVERIFY(server.clientsServed() > servedBefore);
        pipeline.stop();
    }

    void videoFileLoopsAndFailsClosedWithoutDetector()
    {
        QTemporaryDir dir;
        const QString clip = dir.filePath(QStringLiteral("messi.avi"));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-loop"),
                                                QStringLiteral("1"), QStringLiteral("-i"), kMessi, QStringLiteral("-t"), QStringLiteral("1"),
                                                QStringLiteral("-r"), QStringLiteral("25"), QStringLiteral("-vf"), QStringLiteral("scale=548:342"),
                                                QStringLiteral("-c:v"), QStringLiteral("mjpeg"), QStringLiteral("-q:v"), QStringLiteral("3"), clip});
        QVERIFY(ffmpeg.waitForFinished(60000));
        QCOMPARE(ffmpeg.exitCode(), 0);
        // No detector at all: every frame must come out fully pixelated.
        CameraPipeline pipeline(SourceSpec{SourceKind::File, clip, {}, {}}, nullptr);
        QSignalSpy frames(&pipeline, &CameraPipeline::frameProcessed);
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 30, 20000);   // 25 frames in the file: it looped
        for (const QList<QVariant>& args : std::as_const(frames)) {
            const auto frame = args.at(0).value<ProcessedFrame>();
            QVERIFY(frame.failClosed);
            QVERIFY(rawPixels(QImage(kMessi), frame.image, QRect(0, 0, 548, 342)) < 548 * 342 / 4);
        }
        QCOMPARE(pipeline.streamInfo().codec, QStringLiteral("MJPG"));
        pipeline.stop();
    }

    void faceFoundInOneFrameStaysBlurredForTheHoldTime()
    {
        // A detector that finds the face once and then misses it (as YuNet
        // does when a score flickers around the threshold).
        struct OnceDetector final : FaceDetector
        {
            int calls = 0;
            QString name() const override { return QStringLiteral("once"); }
            cg::core::Result<FaceBoxes> detect(const QImage&) override
            {
                return ++calls == 1 ? FaceBoxes{{QRectF(kMessiFace), 0.9F}} : FaceBoxes{};
            }
        };
        auto latest = std::make_shared<LatestFrame>();
        BlurPolicy policy;
        policy.holdMs = 200;
        DetectionWorker worker(latest, std::make_unique<OnceDetector>(), policy, 100000);
        QSignalSpy processed(&worker, &DetectionWorker::processed);
        const QImage messi = QImage(kMessi).convertToFormat(QImage::Format_BGR888);
        const qint64 t0 = monotonicMs();
        const int faceArea = kMessiFace.width() * kMessiFace.height();
        auto run = [&](qint64 at) {
            latest->put(messi, at);
            worker.process();
            return processed.last().at(0).value<ProcessedFrame>();
        };
        QVERIFY(rawPixels(messi, run(t0).image, kMessiFace) < faceArea / 10);
        // Missed 40 ms later: still blurred, though this frame has no box.
        const ProcessedFrame missed = run(t0 + 40);
        QVERIFY(missed.boxes.isEmpty());
        QVERIFY(rawPixels(messi, missed.image, kMessiFace) < faceArea / 10);
        // Past the hold time nothing of that old box is left.
        QVERIFY(rawPixels(messi, run(t0 + 400).image, kMessiFace) > faceArea * 9 / 10);
        QCOMPARE(processed.size(), 3);
    }

    // The Haar cascade alone is not trusted: the pipeline takes the detector's
    // policy (vision::blurPolicyFor) and hides every pixel of every frame.
    void haarOnlyPipelineFailsClosedOnTheWholeFrame()
    {
        auto haar = createDetector(DetectorKind::Haar, ModelStore::withFolders({}));
        QVERIFY2(haar.ok(), haar.ok() ? "" : qPrintable(haar.error().message));
        cg::test::MjpegServer server({messiJpeg()});
        QVERIFY(server.start());
        CameraPipeline pipeline(SourceSpec{SourceKind::HttpMjpeg, server.url(), {}, {}}, std::move(haar.value()));
        QCOMPARE(pipeline.blurPolicy().mode, BlurMode::WholeFrame);
        QSignalSpy frames(&pipeline, &CameraPipeline::frameProcessed);
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 2, 20000);
        pipeline.stop();
        const QImage messi(kMessi);
        for (const QList<QVariant>& args : std::as_const(frames)) {
            const ProcessedFrame f = args.at(0).value<ProcessedFrame>();
            QVERIFY(f.wholeFrame || f.failClosed);
            QVERIFY(!f.raw);
            QCOMPARE(f.detector, QStringLiteral("haar"));
            // Nothing of the picture's detail survives: neighbours differ only
            // at the borders of the coarse cells (>= 16 px).
            QVERIFY2(detailShare(f.image) < 0.08, qPrintable(QString::number(detailShare(f.image))));
        }
        QVERIFY(detailShare(messi) > 0.2);   // the measure sees the raw picture's detail
        // Haar finds Messi's face: it is still counted for the HUD.
        QVERIFY(!frames.last().at(0).value<ProcessedFrame>().boxes.isEmpty());
    }

    void unblurShowsRawFramesOnlyUntilTheDeadline()
    {
        CG_REQUIRE_SHARED(QString(QStringLiteral("models/") + ModelStore::kYuNet));
        cg::test::MjpegServer server({messiJpeg()});
        QVERIFY(server.start());
        CameraPipeline pipeline(SourceSpec{SourceKind::HttpMjpeg, server.url(), {}, {}}, yunet());
        QSignalSpy frames(&pipeline, &CameraPipeline::frameProcessed);
        pipeline.setRawUntil(monotonicMs() + 800);
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.last().at(0).value<ProcessedFrame>().raw, 10000);
        frames.clear();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3, 10000);
        for (const QList<QVariant>& args : std::as_const(frames))
            QVERIFY(!args.at(0).value<ProcessedFrame>().raw);
        pipeline.stop();
    }
};

QTEST_GUILESS_MAIN(tst_CameraPipeline)
#include "tst_camerapipeline.moc"
