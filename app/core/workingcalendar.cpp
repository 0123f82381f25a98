#include "core/workingcalendar.h"

#include <QCoreApplication>
#include <QSet>

namespace cg::core {

WorkingCalendar::WorkingCalendar(const QList<CalendarDay>& days) : m_list(days)
{
    for (const CalendarDay& d : days)
        m_days.insert(d.date, d.kind);
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return it.value() == CalendarDay::Kind::Workday;
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(const QDate& start, int n) const
{
    QDate d = start;
    int counted = 0;
    while (counted < n) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    if (to < from)
        return -workingDaysBetween(to, from);
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

QList<int> WorkingCalendar::coveredYears() const
{
    QSet<int> years;
    for (const CalendarDay& d : m_list)
        years.insert(d.date.year());
    QList<int> out(years.begin(), years.end());
    std::sort(out.begin(), out.end());
    return out;
}

bool WorkingCalendar::isOfficialSource(const QString& source)
{
    return source.startsWith(QLatin1String("official")) || source.startsWith(QLatin1String("admin"));
}

QList<int> WorkingCalendar::officialYears() const
{
    QSet<int> years;
    for (const CalendarDay& d : m_list)
        if (isOfficialSource(d.source))
            years.insert(d.date.year());
    QList<int> out(years.begin(), years.end());
    std::sort(out.begin(), out.end());
    return out;
}

QString WorkingCalendar::kindKey(CalendarDay::Kind kind)
{
    return kind == CalendarDay::Kind::Workday ? QStringLiteral("workday") : QStringLiteral("holiday");
}

Result<QList<CalendarDay>> WorkingCalendar::parseCsv(const QString& text)
{
    QList<CalendarDay> days;
    QSet<QDate> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QCoreApplication::translate("cg::core::WorkingCalendar", "line %1").arg(i + 1);
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() < 2)
            return Error::invalid(where, QCoreApplication::translate("cg::core::WorkingCalendar",
                                                                     "Line %1: expected date,kind,name_zh,name_en,source.")
                                             .arg(i + 1));
        CalendarDay day;
        day.date = QDate::fromString(f.at(0).trimmed(), Qt::ISODate);
        if (!day.date.isValid())
            return Error::invalid(where, QCoreApplication::translate("cg::core::WorkingCalendar",
                                                                     "Line %1: “%2” is not a date (YYYY-MM-DD).")
                                             .arg(i + 1)
                                             .arg(f.at(0)));
        const QString kind = f.at(1).trimmed();
        if (kind == QLatin1String("holiday"))
            day.kind = CalendarDay::Kind::Holiday;
        else if (kind == QLatin1String("workday"))
            day.kind = CalendarDay::Kind::Workday;
        else
            return Error::invalid(where, QCoreApplication::translate("cg::core::WorkingCalendar",
                                                                     "Line %1: kind must be “holiday” or “workday”.")
                                             .arg(i + 1));
        if (seen.contains(day.date))
            return Error::invalid(where, QCoreApplication::translate("cg::core::WorkingCalendar",
                                                                     "Line %1: %2 appears twice.")
                                             .arg(i + 1)
                                             .arg(day.date.toString(Qt::ISODate)));
        seen.insert(day.date);
        day.nameZh = f.value(2).trimmed();
        day.nameEn = f.value(3).trimmed();
        day.source = f.value(4).trimmed();
        days << day;
    }
    return days;
}

} // namespace cg::core
