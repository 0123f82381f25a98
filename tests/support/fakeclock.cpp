#include "support/fakeclock.h"

namespace cg::test {

FakeClock::FakeClock(QDateTime start) : m_now(std::move(start)) {}

QDateTime FakeClock::nowUtc() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void FakeClock::set(const QDateTime& t)
{
    QMutexLocker lock(&m_mutex);
    m_now = t.toUTC();
}

void FakeClock::advance(qint64 milliseconds)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(milliseconds);
}

void FakeClock::advanceDays(int days)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addDays(days);
}

} // namespace cg::test
