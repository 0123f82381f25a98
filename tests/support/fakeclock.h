#pragma once

#include "core/clock.h"

#include <QMutex>
#include <QTimeZone>

namespace cg::test {

// A clock the test moves by hand.
class FakeClock final : public core::Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    QDateTime nowUtc() const override;
    void set(const QDateTime& t);
    void advance(qint64 milliseconds);
    void advanceDays(int days);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace cg::test
