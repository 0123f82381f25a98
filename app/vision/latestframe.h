#pragma once

#include <QImage>

#include <chrono>
#include <mutex>

namespace cg::vision {

// Milliseconds on a monotonic clock shared by capture, detection and painting.
inline qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

struct CapturedFrame
{
    QImage image;
    qint64 sequence = 0;      // 0: none yet
    qint64 capturedAtMs = 0;  // monotonicMs() when read
};

// The one-slot mailbox between a capture worker and its consumer: the writer
// replaces, the reader copies (QImage is implicitly shared, so cheap). Only the
// newest frame is ever kept. Thread-safe.
class LatestFrame final
{
public:
    void put(QImage image, qint64 capturedAtMs)
    {
        std::lock_guard lock(m_mutex);
        m_frame.image = std::move(image);
        m_frame.capturedAtMs = capturedAtMs;
        ++m_frame.sequence;
    }
    CapturedFrame get() const
    {
        std::lock_guard lock(m_mutex);
        return m_frame;
    }
    qint64 lastCaptureMs() const
    {
        std::lock_guard lock(m_mutex);
        return m_frame.capturedAtMs;
    }

private:
    mutable std::mutex m_mutex;
    CapturedFrame m_frame;
};

} // namespace cg::vision
