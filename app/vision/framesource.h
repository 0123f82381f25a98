#pragma once

#include "core/result.h"
#include "vision/sourcespec.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

namespace cg::vision {

struct StreamInfo
{
    QString codec;     // FourCC as text, e.g. "MJPG", "h264"
    QSize size;
    double fps = 0.0;  // as the stream declares it (0 when unknown)
    QString backend;   // e.g. "FFMPEG", "V4L2"
};

struct SourceTimeouts
{
    int openMs = 5000;
    int readMs = 3000;
};

// One opened video stream (cv::VideoCapture behind a Qt-only face). Not
// thread-safe: it belongs to the capture worker's thread.
class FrameSource final
{
public:
    explicit FrameSource(SourceSpec spec, SourceTimeouts timeouts = {});
    ~FrameSource();
    FrameSource(const FrameSource&) = delete;
    FrameSource& operator=(const FrameSource&) = delete;

    // Opens with the open/read timeouts set at open time (FFmpeg backend);
    // RTSP goes over TCP. The error message never contains the password.
    core::Status open();
    void close();
    bool isOpen() const;
    // The next frame, blocking up to the read timeout. After a failed read the
    // source is closed: FFmpeg fails every later read after a timeout, so the
    // caller reopens.
    core::Result<QImage> read();
    // Restart a file from its first frame (files loop in the live view).
    bool rewind();
    StreamInfo info() const;
    const SourceSpec& spec() const { return m_spec; }

private:
    struct Impl;
    SourceSpec m_spec;
    SourceTimeouts m_timeouts;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cg::vision
