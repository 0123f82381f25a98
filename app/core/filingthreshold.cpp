#include "core/filingthreshold.h"

namespace cg::core {

FilingStatus FilingStatus::evaluate(qint64 people, std::optional<QDate> crossedOn, const QDate& today,
                                    const WorkingCalendar& calendar)
{
    FilingStatus s;
    s.people = people;
    if (people >= kThreshold && !crossedOn)
        crossedOn = today;
    // Once crossed, the filing duty stays even if the count dips below again.
    if (crossedOn) {
        s.level = Level::Exceeded;
        s.crossedOn = crossedOn;
        s.deadline = calendar.addWorkingDays(*crossedOn, kWorkingDays);
        s.workingDaysLeft = calendar.workingDaysBetween(today, *s.deadline);
        // A year without the State Council's arrangement (bridging days,
        // make-up working days) gives a deadline that may be off by days.
        const QList<int> official = calendar.officialYears();
        for (int y = crossedOn->year(); y <= s.deadline->year(); ++y) {
            s.windowYears << y;
            if (!official.contains(y))
                s.provisionalYears << y;
        }
        s.calendarCoversDeadline = s.provisionalYears.isEmpty();
    } else if (people >= kWarning) {
        s.level = Level::Warning;
    }
    return s;
}

} // namespace cg::core
