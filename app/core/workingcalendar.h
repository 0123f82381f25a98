#pragma once

#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace cg::core {

// One entry of the holiday table: a day off on a weekday, or a weekend day
// that is a working day (mainland 调休 make-up working day).
struct CalendarDay
{
    enum class Kind { Holiday, Workday };
    QDate date;
    Kind kind = Kind::Holiday;
    QString nameZh;
    QString nameEn;
    QString source;     // "official-2026", "statutory-2027", "admin:<user>"
};

// Working days for legal deadlines (e.g. the CAC filing within 30 working
// days). Monday–Friday are working days unless the table says "holiday";
// Saturday/Sunday are days off unless the table says "workday".
// Pure value type; thread-safe for reads.
class WorkingCalendar final
{
public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(const QList<CalendarDay>& days);

    bool isWorkingDay(const QDate& date) const;
    // The date on which the n-th working day after `start` falls (`start`
    // itself does not count: the period starts the day after the event).
    QDate addWorkingDays(const QDate& start, int n) const;
    // Working days in (from, to]; negative when to < from.
    int workingDaysBetween(const QDate& from, const QDate& to) const;
    // Years the table has entries for (to warn when the current year is missing).
    QList<int> coveredYears() const;
    // Years whose official State Council arrangement is in the table: an
    // entry from the shipped notice ("official-YYYY") or entered by a person
    // ("admin:..."). A year with only the statutory days ("statutory-YYYY")
    // is provisional: its bridging days and make-up working days are
    // published each autumn and must be entered.
    QList<int> officialYears() const;
    static bool isOfficialSource(const QString& source);
    const QList<CalendarDay>& days() const { return m_list; }

    // Parses the shipped CSV format: date,kind,name_zh,name_en,source with
    // '#' comments. Errors name the line.
    static Result<QList<CalendarDay>> parseCsv(const QString& text);
    static QString kindKey(CalendarDay::Kind kind);

private:
    QList<CalendarDay> m_list;
    QHash<QDate, CalendarDay::Kind> m_days;
};

} // namespace cg::core
