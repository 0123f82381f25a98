#include "vision/captureworker.h"

#include <QThread>

namespace cg::vision {

CaptureWorker::CaptureWorker(SourceSpec spec, CaptureOptions options)
    : m_spec(std::move(spec)), m_options(options)
{
    qRegisterMetaType<cg::vision::StreamInfo>();
}

CaptureWorker::~CaptureWorker() = default;

void CaptureWorker::stop()
{
    m_stop.store(true);
    std::lock_guard lock(m_mutex);
    m_wake.notify_all();
}

bool CaptureWorker::waitFor(int ms)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stop.load(); });
    return !m_stop.load();
}

void CaptureWorker::run()
{
    FrameSource source(m_spec, m_options.timeouts);
    int backoff = m_options.backoffMinMs;
    while (!m_stop.load()) {
        const core::Status status = source.open();
        if (!status) {
            Q_EMIT failed(status.error().message);
            if (!waitFor(backoff))
                break;
            backoff = std::min(backoff * 2, m_options.backoffMaxMs);
            continue;
        }
        const StreamInfo info = source.info();
        Q_EMIT opened(info);
        const bool isFile = m_spec.kind == SourceKind::File;
        const int periodMs = isFile && m_options.paceFiles ? int(1000.0 / (info.fps > 0 ? info.fps : 25.0)) : 0;
        qint64 next = monotonicMs();
        while (!m_stop.load()) {
            auto frame = source.read();
            if (!frame) {
                if (isFile && m_options.loopFiles && source.open() && source.isOpen())
                    continue;   // end of file: play again
                Q_EMIT failed(frame.error().message);
                break;
            }
            backoff = m_options.backoffMinMs;
            m_latest->put(std::move(frame.value()), monotonicMs());
            Q_EMIT frameReady(m_latest->get().sequence);
            if (periodMs > 0) {
                next += periodMs;
                const qint64 wait = next - monotonicMs();
                if (wait > 0 && !waitFor(int(wait)))
                    break;
                if (wait < -periodMs)
                    next = monotonicMs();   // fell behind: do not burst to catch up
            }
        }
        source.close();
        if (!m_stop.load() && !waitFor(backoff))
            break;
        backoff = std::min(backoff * 2, m_options.backoffMaxMs);
    }
}

} // namespace cg::vision
