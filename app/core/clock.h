#pragma once

#include <QDateTime>

namespace cg::core {

// The seam for time: services ask a Clock, tests hand in a fake one.
// Implementations must be safe to call from any thread.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate todayLocal() const { return nowUtc().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

} // namespace cg::core
