#include "vision/framesource.h"

#include "vision/cvimage.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <opencv2/videoio.hpp>

#include <cstdlib>
#include <mutex>

namespace cg::vision {

namespace {


// FFmpeg reads its options from this variable when OpenCV opens a stream; it is
// process-wide, so set it once: RTSP over TCP (UDP loses packets behind NAT and
// firewalls). Applies to files too, so nothing codec-specific here.
void setFfmpegOptionsOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!qEnvironmentVariableIsSet("OPENCV_FFMPEG_CAPTURE_OPTIONS"))
            qputenv("OPENCV_FFMPEG_CAPTURE_OPTIONS", "rtsp_transport;tcp");
    });
}

QString fourccText(double value)
{
    const auto v = static_cast<unsigned int>(value);
    QString s;
    for (int i = 0; i < 4; ++i) {
        const char c = char((v >> (8 * i)) & 0xFF);
        if (c >= 32 && c < 127)
            s += QLatin1Char(c);
    }
    return s.trimmed();
}

} // namespace

struct FrameSource::Impl
{
    cv::VideoCapture capture;
    cv::Mat frame;
};

FrameSource::FrameSource(SourceSpec spec, SourceTimeouts timeouts)
    : m_spec(std::move(spec)), m_timeouts(timeouts), m_impl(std::make_unique<Impl>())
{
}

FrameSource::~FrameSource() = default;

core::Status FrameSource::open()
{
    close();
    setFfmpegOptionsOnce();
    const std::vector<int> params = {cv::CAP_PROP_OPEN_TIMEOUT_MSEC, m_timeouts.openMs,
                                     cv::CAP_PROP_READ_TIMEOUT_MSEC, m_timeouts.readMs};
    bool opened = false;
    try {
        switch (m_spec.kind) {
        case SourceKind::File:
            if (!QFileInfo(m_spec.location).isFile())
                return core::Error::invalid(QStringLiteral("source"),
                                            QCoreApplication::translate("cg::vision::FrameSource", "The video file %1 does not exist.").arg(m_spec.location));
            opened = m_impl->capture.open(m_spec.location.toStdString(), cv::CAP_FFMPEG, params);
            break;
        case SourceKind::V4l2:
            if (!QFileInfo::exists(m_spec.location))
                return core::Error::invalid(QStringLiteral("source"),
                                            QCoreApplication::translate("cg::vision::FrameSource", "The camera %1 is not connected.").arg(m_spec.location));
            opened = m_impl->capture.open(m_spec.devicePath().toStdString(), cv::CAP_V4L2);
            break;
        case SourceKind::Rtsp:
        case SourceKind::HttpMjpeg:
            opened = m_impl->capture.open(m_spec.openUrl().toStdString(), cv::CAP_FFMPEG, params);
            break;
        }
    } catch (const cv::Exception& e) {
        return core::Error::make(core::Error::Kind::Io, QCoreApplication::translate("cg::vision::FrameSource", "Could not open %1: %2")
                                                            .arg(m_spec.displayName(), QString::fromStdString(e.what())));
    }
    if (!opened || !m_impl->capture.isOpened()) {
        m_impl->capture.release();
        return core::Error::make(core::Error::Kind::Io,
                                 QCoreApplication::translate("cg::vision::FrameSource", "Could not open %1 (no answer, wrong address or credentials, or an unsupported format).")
                                     .arg(m_spec.displayName()),
                                 QStringLiteral("source.open"));
    }
    return {};
}

void FrameSource::close()
{
    if (m_impl->capture.isOpened())
        m_impl->capture.release();
}

bool FrameSource::isOpen() const
{
    return m_impl->capture.isOpened();
}

core::Result<QImage> FrameSource::read()
{
    if (!isOpen())
        return core::Error::make(core::Error::Kind::Io, QCoreApplication::translate("cg::vision::FrameSource", "The stream is not open."), QStringLiteral("source.closed"));
    bool ok = false;
    try {
        ok = m_impl->capture.read(m_impl->frame);
    } catch (const cv::Exception&) {
        ok = false;
    }
    if (!ok || m_impl->frame.empty()) {
        close();
        return core::Error::make(core::Error::Kind::Io, QCoreApplication::translate("cg::vision::FrameSource", "No frame from %1.").arg(m_spec.displayName()),
                                 QStringLiteral("source.read"));
    }
    if (m_impl->frame.type() != CV_8UC3) {
        cv::Mat converted;
        if (m_impl->frame.channels() == 1)
            cv::Mat(m_impl->frame).convertTo(converted, CV_8U);
        m_impl->frame = converted;
        if (m_impl->frame.empty())
            return core::Error::make(core::Error::Kind::Io, QCoreApplication::translate("cg::vision::FrameSource", "Unsupported pixel format."), QStringLiteral("source.format"));
        QImage gray(m_impl->frame.data, m_impl->frame.cols, m_impl->frame.rows, static_cast<qsizetype>(m_impl->frame.step),
                    QImage::Format_Grayscale8);
        return gray.convertToFormat(QImage::Format_BGR888);
    }
    return detail::toQImage(m_impl->frame);
}

bool FrameSource::rewind()
{
    if (!isOpen())
        return false;
    return m_impl->capture.set(cv::CAP_PROP_POS_FRAMES, 0);
}

StreamInfo FrameSource::info() const
{
    StreamInfo info;
    if (!isOpen())
        return info;
    cv::VideoCapture& c = m_impl->capture;
    info.codec = fourccText(c.get(cv::CAP_PROP_FOURCC));
    info.size = QSize(int(c.get(cv::CAP_PROP_FRAME_WIDTH)), int(c.get(cv::CAP_PROP_FRAME_HEIGHT)));
    info.fps = c.get(cv::CAP_PROP_FPS);
    if (!(info.fps > 0 && info.fps < 1000))
        info.fps = 0;
    info.backend = QString::fromStdString(c.getBackendName());
    return info;
}

} // namespace cg::vision
