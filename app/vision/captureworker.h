#pragma once

#include "vision/framesource.h"
#include "vision/latestframe.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace cg::vision {

struct CaptureOptions
{
    SourceTimeouts timeouts;
    int staleAfterMs = 2000;    // the watchdog marks a camera stale past this frame age
    int backoffMinMs = 250;     // reconnect delays double up to backoffMaxMs
    int backoffMaxMs = 8000;
    bool loopFiles = true;      // a video file plays in a loop (demo, checks)
    bool paceFiles = true;      // read files at their own frame rate, not as fast as possible
};

// Reads one camera continuously on its own thread (moveToThread, then run()
// via QThread::started) and keeps only the newest frame in latest(). On a read
// failure or timeout it reopens with exponential backoff. The loop blocks its
// thread on purpose (reads block); stop() may be called from any thread.
class CaptureWorker final : public QObject
{
    Q_OBJECT
public:
    CaptureWorker(SourceSpec spec, CaptureOptions options);
    ~CaptureWorker() override;

    std::shared_ptr<LatestFrame> latest() const { return m_latest; }
    void stop();
    bool stopping() const { return m_stop.load(); }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void opened(const cg::vision::StreamInfo& info);
    void failed(const QString& detail);       // open failed or frames stopped
    void frameReady(qint64 sequence);

private:
    bool waitFor(int ms);   // false when stopping

    SourceSpec m_spec;
    CaptureOptions m_options;
    std::shared_ptr<LatestFrame> m_latest = std::make_shared<LatestFrame>();
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
};

} // namespace cg::vision

Q_DECLARE_METATYPE(cg::vision::StreamInfo)
