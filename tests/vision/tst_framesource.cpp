// Frame sources on real streams: MJPEG AVI and H.264 MP4 files made with
// ffmpeg here, and a real HTTP MJPEG server on 127.0.0.1 that wants a password
// with '@' and ':' in it.
#include "mjpegserver.h"
#include "vision/framesource.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <future>

using namespace cg::vision;

namespace {
const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");

QList<QByteArray> jpegFrames()
{
    QList<QByteArray> frames;
    QImage base(kMessi);
    if (base.isNull()) {
        base = QImage(320, 240, QImage::Format_RGB888);
        base.fill(Qt::darkGreen);
    }
    for (int i = 0; i < 5; ++i) {
        QImage img = base.scaled(320, 240);
        img.setPixelColor(i * 10, 5, Qt::red);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "JPG", 85);
        frames.append(jpeg);
    }
    return frames;
}
} // namespace

class tst_FrameSource final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString makeVideo(const QString& name, const QStringList& codecArgs)
    {
        const QString out = m_dir.filePath(name);
        QStringList args = {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                            QStringLiteral("lavfi"), QStringLiteral("-i"),
                            QStringLiteral("testsrc=size=640x480:rate=25:duration=2")};
        args += codecArgs;
        args << out;
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"), args);
        if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
            return {};
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
            QFAIL("ffmpeg is required (installer/setup.sh test_packages)");
    }

    void readsVideoFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("codec");
        QTest::addColumn<QString>("fourcc");
        QTest::newRow("mjpeg-avi") << QStringLiteral("clip.avi")
                                   << QStringList{QStringLiteral("-c:v"), QStringLiteral("mjpeg"), QStringLiteral("-q:v"), QStringLiteral("5")}
                                   << QStringLiteral("MJPG");
        QTest::newRow("h264-mp4") << QStringLiteral("clip.mp4")
                                  << QStringList{QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                                                 QStringLiteral("yuv420p")}
                                  << QStringLiteral("avc1");
    }
    void readsVideoFiles()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, codec);
        QFETCH(QString, fourcc);
        const QString file = makeVideo(name, codec);
        QVERIFY2(!file.isEmpty(), "ffmpeg could not make the clip");
        FrameSource source(SourceSpec{SourceKind::File, file, {}, {}});
        const cg::core::Status opened = source.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const StreamInfo info = source.info();
        QCOMPARE(info.size, QSize(640, 480));
        QCOMPARE(qRound(info.fps), 25);
        QCOMPARE(info.codec.toLower(), fourcc.toLower());
        int frames = 0;
        while (true) {
            auto frame = source.read();
            if (!frame)
                break;
            QCOMPARE(frame->size(), QSize(640, 480));
            ++frames;
        }
        QVERIFY2(frames >= 48 && frames <= 50, qPrintable(QString::number(frames)));   // 2 s at 25 fps
        QVERIFY(!source.isOpen());   // end of file closes; the worker reopens to loop
    }

    void missingFileIsAnError()
    {
        FrameSource source(SourceSpec{SourceKind::File, m_dir.filePath(QStringLiteral("nope.avi")), {}, {}});
        const cg::core::Status opened = source.open();
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QStringLiteral("nope.avi")));
    }

    void httpMjpegWithAtInPassword()
    {
        const QString password = QStringLiteral("p@ss:w0rd");
        cg::test::MjpegServer server(jpegFrames());
        QVERIFY(server.start());
        server.requireBasicAuth(QStringLiteral("viewer"), password);
        SourceSpec spec{SourceKind::HttpMjpeg, server.url(), QStringLiteral("viewer"), password};
        // Open and read on another thread: the server needs this thread's event loop.
        auto result = std::async(std::launch::async, [spec] {
            FrameSource source(spec, SourceTimeouts{5000, 3000});
            const cg::core::Status opened = source.open();
            if (!opened)
                return opened.error().message;
            auto frame = source.read();
            if (!frame)
                return frame.error().message;
            return QStringLiteral("ok %1x%2 %3").arg(frame->width()).arg(frame->height()).arg(source.info().codec);
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 20000);
        const QString outcome = result.get();
        QVERIFY2(outcome.startsWith(QStringLiteral("ok 320x240")), qPrintable(outcome));
        QCOMPARE(server.clientsServed(), 1);
        QCOMPARE(QByteArray::fromBase64(server.lastAuthorization().mid(6)), QByteArray("viewer:p@ss:w0rd"));
    }

    void wrongPasswordFailsWithoutLeakingIt()
    {
        cg::test::MjpegServer server(jpegFrames());
        QVERIFY(server.start());
        server.requireBasicAuth(QStringLiteral("viewer"), QStringLiteral("right"));
        SourceSpec spec{SourceKind::HttpMjpeg, server.url(), QStringLiteral("viewer"), QStringLiteral("wr@ng")};
        auto result = std::async(std::launch::async, [spec] {
            FrameSource source(spec, SourceTimeouts{3000, 2000});
            const cg::core::Status opened = source.open();
            return opened ? QStringLiteral("opened") : opened.error().message;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 20000);
        const QString outcome = result.get();
        QVERIFY(outcome != QLatin1String("opened"));
        QVERIFY(!outcome.contains(QStringLiteral("wr@ng")));
        QVERIFY(!outcome.contains(QStringLiteral("wr%40ng")));
        QVERIFY(server.unauthorised() >= 1);
    }

    void openTimesOutOnSilentServer()
    {
        // Accepts connections and never answers: the open timeout must end it.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SourceSpec spec{SourceKind::HttpMjpeg, QStringLiteral("http://127.0.0.1:%1/x.mjpg").arg(silent.serverPort()), {}, {}};
        QElapsedTimer timer;
        timer.start();
        auto result = std::async(std::launch::async, [spec] {
            FrameSource source(spec, SourceTimeouts{1500, 1000});
            return source.open().ok();
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 15000);
        QVERIFY(!result.get());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(tst_FrameSource)
#include "tst_framesource.moc"
