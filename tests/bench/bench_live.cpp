// The live pipeline under load, end to end: N cameras (default 4) through the
// real capture workers, detection, privacy filter and the real LiveViewPage
// (offscreen by default, or on an X display such as xvfb-run).
//
//   bench_live [--cameras N] [--seconds S] [--warmup S] [--source file|mjpeg]
//              [--videos DIR] [--models DIR] [--side PX] [--grid 0|1|2]
//
// Sources: 640x480 25 fps videos made with ffmpeg from ../shared/facedata
// images (H.264 MP4 and MJPEG AVI alternating; cached in --videos DIR), or
// the same frames served as HTTP MJPEG by a server on 127.0.0.1 (own thread).
// Prints, per camera and overall: frames captured/processed/skipped by
// detection (skipped = a newer frame arrived while detection was busy),
// painted frames/s, capture-to-paint p50/p95, detection p50/p95; the GUI
// thread's stall p50/p99/max (lateness of a 10 ms heartbeat timer on the GUI
// thread); the machine's load average before and after.
#include "../vision/mjpegserver.h"
#include "core/actor.h"
#include "core/clock.h"
#include "services/deviceservice.h"
#include "services/servicedeps.h"
#include "services/verificationservice.h"
#include "support/tempdatabase.h"
#include "ui/pages/liveviewpage.h"
#include "ui/widgets/cameratile.h"
#include "vision/camerapipeline.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace cg;

namespace {

constexpr int kWidth = 640;
constexpr int kHeight = 480;
constexpr int kFps = 25;

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

// CPU seconds used by this process (all threads): on a shared machine, CPU per
// frame says what the pipeline costs independently of the others' load.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Photos from the annotated sets, camera `index` taking every n-th one, each
// fitted into 640x480 and shown for 2 s with a slow pan (so frames differ).
QList<QImage> framesFor(const QString& shared, int index, int cameras, int seconds)
{
    QStringList photos;
    for (const QString& set : {QStringLiteral("wider_public"), QStringLiteral("dlib_faces")}) {
        QDir dir(shared + QStringLiteral("/facedata/") + set + QStringLiteral("/images"));
        if (!dir.exists())
            dir.setPath(shared + QStringLiteral("/facedata/") + set);
        for (const QString& f : dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files, QDir::Name))
            photos.append(dir.filePath(f));
    }
    QList<QImage> frames;
    const int perPhoto = 2 * kFps;
    for (int k = index; k < photos.size() && frames.size() < seconds * kFps; k += cameras) {
        const QImage photo = QImage(photos.at(k)).scaled(kWidth + 40, kHeight + 30, Qt::KeepAspectRatioByExpanding,
                                                         Qt::SmoothTransformation);
        for (int j = 0; j < perPhoto; ++j) {
            QImage frame(kWidth, kHeight, QImage::Format_RGB32);
            frame.fill(Qt::black);
            QPainter p(&frame);
            const int dx = (photo.width() - kWidth) * j / perPhoto;
            const int dy = (photo.height() - kHeight) * j / perPhoto;
            p.drawImage(QPoint(-dx, -dy), photo);
            p.end();
            frames.append(frame);
        }
    }
    return frames;
}

QByteArray jpeg(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 85);
    return bytes;
}

// A 640x480 25 fps video through ffmpeg: H.264 MP4 for even cameras, MJPEG AVI for odd ones.
QString makeVideo(const QString& dir, const QString& shared, int index, int cameras)
{
    const bool h264 = index % 2 == 0;
    const QString out = dir + QStringLiteral("/cam%1.%2").arg(index).arg(h264 ? QStringLiteral("mp4") : QStringLiteral("avi"));
    if (QFileInfo(out).size() > 0)
        return out;
    const QString frameDir = dir + QStringLiteral("/frames%1").arg(index);
    QDir().mkpath(frameDir);
    const QList<QImage> frames = framesFor(shared, index, cameras, 24);
    for (int i = 0; i < frames.size(); ++i)
        frames.at(i).save(frameDir + QStringLiteral("/%1.jpg").arg(i, 5, 10, QLatin1Char('0')), "JPG", 92);
    QStringList args = {QStringLiteral("-y"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-framerate"),
                        QString::number(kFps), QStringLiteral("-i"), frameDir + QStringLiteral("/%05d.jpg")};
    if (h264)
        args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p")
             << QStringLiteral("-g") << QStringLiteral("50");
    else
        args << QStringLiteral("-c:v") << QStringLiteral("mjpeg") << QStringLiteral("-q:v") << QStringLiteral("5");
    args << out;
    if (QProcess::execute(QStringLiteral("ffmpeg"), args) != 0) {
        std::fprintf(stderr, "ffmpeg failed for %s\n", qPrintable(out));
        return {};
    }
    QDir(frameDir).removeRecursively();
    return out;
}

struct CameraFigures
{
    std::vector<double> detectMs;
    qint64 processedAtStart = 0;
    qint64 skippedAtStart = 0;
    size_t paintedAtStart = 0;
    size_t stagesAtStart = 0;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString shared = qEnvironmentVariable("CG_SHARED_DIR", QStringLiteral(CG_DEFAULT_SHARED_DIR));
    int cameras = 4;
    int grid = -1;   // --grid 0|1|2: 1 camera, 2x2, 3x3 (default: the page's)
    int seconds = 20;
    int warmup = 4;
    QString source = QStringLiteral("file");
    QString videos = QDir::tempPath() + QStringLiteral("/cg_bench_live");
    QString models = shared + QStringLiteral("/models");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString& key = args.at(i);
        const QString& value = args.at(i + 1);
        if (key == QLatin1String("--cameras"))
            cameras = std::clamp(value.toInt(), 1, 9);
        else if (key == QLatin1String("--seconds"))
            seconds = std::max(1, value.toInt());
        else if (key == QLatin1String("--warmup"))
            warmup = std::max(0, value.toInt());
        else if (key == QLatin1String("--source"))
            source = value;
        else if (key == QLatin1String("--videos"))
            videos = value;
        else if (key == QLatin1String("--models"))
            models = value;
        else if (key == QLatin1String("--side"))
            ui::LiveViewPage::overrideDetectionSide(value.toInt());
        else if (key == QLatin1String("--grid"))
            grid = std::clamp(value.toInt(), 0, 2);
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(key));
            return 2;
        }
    }
    if (!QFileInfo(shared + QStringLiteral("/facedata")).isDir()) {
        std::fprintf(stderr, "no face data in %s/facedata (set CG_SHARED_DIR)\n", qPrintable(shared));
        return 1;
    }
    QDir().mkpath(videos);

    // Sources first (ffmpeg work is not part of the measurement).
    QThread serverThread;
    QObject serverAnchor;   // lives on the server thread: servers are built and destroyed there
    std::vector<std::unique_ptr<test::MjpegServer>> servers;
    QStringList locations;
    if (source == QLatin1String("mjpeg")) {
        serverAnchor.moveToThread(&serverThread);
        serverThread.start();
        for (int c = 0; c < cameras; ++c) {
            QList<QByteArray> parts;
            for (const QImage& frame : framesFor(shared, c, cameras, 12))
                parts.append(jpeg(frame));
            QString url;
            QMetaObject::invokeMethod(
                &serverAnchor,
                [&] {
                    servers.push_back(std::make_unique<test::MjpegServer>(parts));
                    if (servers.back()->start())
                        url = servers.back()->url();
                },
                Qt::BlockingQueuedConnection);
            if (url.isEmpty()) {
                std::fprintf(stderr, "cannot start the MJPEG server\n");
                return 1;
            }
            locations.append(url);
        }
    } else {
        for (int c = 0; c < cameras; ++c) {
            const QString file = makeVideo(videos, shared, c, cameras);
            if (file.isEmpty())
                return 1;
            locations.append(file);
        }
    }

    test::TempDatabase temp;
    auto database = temp.open();
    auto deps = services::ServiceDeps::build(database, temp.keyDir(), std::make_shared<core::SystemClock>());
    if (!deps) {
        std::fprintf(stderr, "%s\n", qPrintable(deps.error().message));
        return 3;
    }
    services::DeviceService devices(deps.value());
    services::VerificationService verifier(deps.value());
    const core::Actor admin = core::Actor::system();
    for (int c = 0; c < cameras; ++c) {
        core::Camera camera;
        camera.name = QStringLiteral("Cam %1").arg(c + 1);
        camera.kind = source == QLatin1String("mjpeg") ? QStringLiteral("mjpeg") : QStringLiteral("file");
        camera.location = locations.at(c);
        if (auto saved = devices.saveCamera(admin, camera); !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
            return 1;
        }
    }

    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    std::printf("platform: %s, cameras: %d (%s), %d x %d at %d fps, %d s measured after %d s warm-up\n",
                qPrintable(QGuiApplication::platformName()), cameras, qPrintable(source), kWidth, kHeight, kFps, seconds, warmup);

    ui::LiveViewPage page(&devices, &verifier, [admin] { return admin; }, models);
    page.resize(1280, 800);
    page.show();
    if (auto* choice = page.findChild<QComboBox*>(QStringLiteral("gridChoice")); choice && grid >= 0)
        choice->setCurrentIndex(grid);

    // The GUI thread's heartbeat: how late a 10 ms timer fires = how long the thread was busy.
    std::vector<double> stalls;
    bool measuring = false;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const double late = double(beat.nsecsElapsed()) / 1e6 - 10.0;
        beat.restart();
        if (measuring)
            stalls.push_back(std::max(0.0, late));
    });
    beat.start();
    heartbeat.start();

    std::map<ui::CameraTile*, CameraFigures> figures;
    QElapsedTimer wall;
    double cpuAtStart = 0;
    QTimer::singleShot(warmup * 1000, &app, [&] {
        for (ui::CameraTile* tile : page.tiles()) {
            CameraFigures& f = figures[tile];
            f.processedAtStart = tile->pipeline()->framesProcessed();
            f.skippedAtStart = tile->pipeline()->framesSkipped();
            f.paintedAtStart = tile->latencies().size();
            f.stagesAtStart = tile->stages().size();
            QObject::connect(tile->pipeline(), &vision::CameraPipeline::frameProcessed, &app,
                             [&f](const vision::ProcessedFrame& frame) { f.detectMs.push_back(frame.detectMs); });
        }
        measuring = true;
        cpuAtStart = processCpuSeconds();
        wall.start();
    });
    QTimer::singleShot((warmup + seconds) * 1000, &app, [&] {
        measuring = false;
        const double elapsed = double(wall.elapsed()) / 1000.0;
        const double cpu = processCpuSeconds() - cpuAtStart;
        std::vector<double> allLatency;
        std::vector<double> allDetect;
        qint64 allProcessed = 0;
        qint64 allSkipped = 0;
        std::printf("detector: %s  %s\n", qPrintable(page.tiles().isEmpty() ? QString() : page.tiles().first()->pipeline()->detectorName()),
                    qPrintable(page.detectorNotice()));
        for (ui::CameraTile* tile : page.tiles()) {
            const CameraFigures& f = figures[tile];
            vision::CameraPipeline* p = tile->pipeline();
            const qint64 processed = p->framesProcessed() - f.processedAtStart;
            const qint64 skipped = p->framesSkipped() - f.skippedAtStart;
            const std::vector<double> latency(tile->latencies().begin() + qsizetype(f.paintedAtStart), tile->latencies().end());
            allLatency.insert(allLatency.end(), latency.begin(), latency.end());
            allDetect.insert(allDetect.end(), f.detectMs.begin(), f.detectMs.end());
            allProcessed += processed;
            allSkipped += skipped;
            std::printf("%s: processed %lld (%.1f/s), skipped by detection %lld (%.1f %%), painted %.1f/s, "
                        "capture-to-paint p50 %.1f ms p95 %.1f ms, detect p50 %.1f ms p95 %.1f ms, state %d\n",
                        qPrintable(tile->cameraName()), processed, double(processed) / elapsed, skipped,
                        100.0 * double(skipped) / double(std::max<qint64>(1, processed + skipped)), double(latency.size()) / elapsed,
                        percentile(latency, 0.5), percentile(latency, 0.95), percentile(f.detectMs, 0.5),
                        percentile(f.detectMs, 0.95), int(p->state()));
        }
        {
            std::vector<double> wait, detect, blur, handoff, paint;
            for (ui::CameraTile* tile : page.tiles()) {
                const auto& st = tile->stages();
                for (size_t i = figures[tile].stagesAtStart; i < st.size(); ++i) {
                    wait.push_back(st[i].wait);
                    detect.push_back(st[i].detect);
                    blur.push_back(st[i].blur);
                    handoff.push_back(st[i].handoff);
                    paint.push_back(st[i].paint);
                }
            }
            std::printf("painted frames, where the time went (p50/p95 ms): wait for detection %.1f/%.1f, detect %.1f/%.1f, "
                        "blur+display copy %.1f/%.1f, hand-off to GUI %.1f/%.1f, GUI receive-to-paint %.1f/%.1f\n",
                        percentile(wait, 0.5), percentile(wait, 0.95), percentile(detect, 0.5), percentile(detect, 0.95),
                        percentile(blur, 0.5), percentile(blur, 0.95), percentile(handoff, 0.5), percentile(handoff, 0.95),
                        percentile(paint, 0.5), percentile(paint, 0.95));
        }
        std::printf("all cameras: processed %.1f frames/s, skipped by detection %.1f %%, capture-to-paint p50 %.1f ms p95 %.1f ms, "
                    "detect p50 %.1f ms p95 %.1f ms\n",
                    double(allProcessed) / elapsed, 100.0 * double(allSkipped) / double(std::max<qint64>(1, allProcessed + allSkipped)),
                    percentile(allLatency, 0.5), percentile(allLatency, 0.95), percentile(allDetect, 0.5), percentile(allDetect, 0.95));
        std::printf("process CPU: %.0f %% of one core, %.1f ms per processed frame (cores: %d)\n", 100.0 * cpu / elapsed,
                    1000.0 * cpu / double(std::max<qint64>(1, allProcessed)), QThread::idealThreadCount());
        std::printf("GUI thread stall: p50 %.1f ms p99 %.1f ms max %.1f ms (%zu heartbeats)\n", percentile(stalls, 0.5),
                    percentile(stalls, 0.99), percentile(stalls, 1.0), stalls.size());
        std::printf("load average after: %s\n", qPrintable(loadAverage()));
        std::fflush(stdout);
        page.hide();
        app.quit();
    });
    const int rc = app.exec();
    if (serverThread.isRunning())
        QMetaObject::invokeMethod(&serverAnchor, [&] { servers.clear(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return rc;
}
