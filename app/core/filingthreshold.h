#pragma once

#include "core/workingcalendar.h"

#include <QDate>
#include <QList>
#include <optional>

namespace cg::core {

// CAC Measures on Facial Recognition: whoever holds face data of 100,000
// people files with the provincial CAC within 30 working days. We warn from
// 80,000 so the filing can be prepared before it is due.
struct FilingStatus
{
    enum class Level { Below, Warning, Exceeded };
    static constexpr qint64 kThreshold = 100000;
    static constexpr qint64 kWarning = 80000;
    static constexpr int kWorkingDays = 30;

    qint64 people = 0;                 // distinct people whose face data is held
    Level level = Level::Below;
    std::optional<QDate> crossedOn;    // first day the count reached the threshold
    std::optional<QDate> deadline;     // crossedOn + 30 working days
    int workingDaysLeft = 0;           // from `today`; negative when overdue
    bool calendarCoversDeadline = true;   // false: a year in the window lacks the official arrangement
    // The years from crossedOn to the deadline, and those of them whose
    // State Council arrangement is not in the holiday table (statutory days
    // only): the deadline is then provisional and every screen says so.
    QList<int> windowYears;
    QList<int> provisionalYears;

    // `crossedOn` comes from storage (recorded the first time the count was
    // seen at or above the threshold); `today` from the Clock.
    static FilingStatus evaluate(qint64 people, std::optional<QDate> crossedOn, const QDate& today,
                                 const WorkingCalendar& calendar);
};

} // namespace cg::core
