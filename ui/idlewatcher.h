#pragma once

#include <QObject>
#include <QTimer>

namespace cg::ui {

// Emits idle() after `timeout` without keyboard, mouse or touch input
// anywhere in the application (an event filter on qApp). GUI thread only.
class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int milliseconds);
    int timeout() const { return m_timer.interval(); }
    void start();   // (re)arms the timer
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    int remainingTime() const { return m_timer.remainingTime(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace cg::ui
