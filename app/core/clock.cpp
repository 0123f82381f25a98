#include "core/clock.h"

namespace cg::core {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace cg::core
