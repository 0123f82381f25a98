// Working days from the shipped mainland holiday table (make-up working days
// included) and the 100,000-people filing threshold driven by a fake clock.
#include "core/filingthreshold.h"
#include "core/workingcalendar.h"
#include "support/fakeclock.h"
#include "support/testenv.h"

#include <QFile>
#include <QTest>

using namespace cg;
using core::FilingStatus;

class tst_WorkingCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QFile file(test::sourceDir() + QStringLiteral("/resources/calendar/cn_mainland.csv"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        auto days = core::WorkingCalendar::parseCsv(QString::fromUtf8(file.readAll()));
        QVERIFY2(days, qPrintable(days.ok() ? QString() : days.error().message));
        m_calendar = core::WorkingCalendar(*days);
    }

    void shippedTableCoversThisAndNextYear()
    {
        QCOMPARE(m_calendar.coveredYears(), (QList<int>{2026, 2027}));
        // 2027's State Council notice was not known when the table was made:
        // only its statutory days are in, so the year is provisional.
        QCOMPARE(m_calendar.officialYears(), (QList<int>{2026}));
    }

    void makeUpDaysAndHolidays()
    {
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 2, 14)));    // Saturday, Spring Festival make-up day
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 9, 20)));    // Sunday, National Day make-up day
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 10, 8)));     // Thursday after the holiday
        QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 10, 5)));   // Monday in the National Day week
        QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 2, 23)));   // Monday, last Spring Festival day
        QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 11, 28)));  // ordinary Saturday
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 11, 26)));   // ordinary Thursday
    }

    void thirtyWorkingDays_data()
    {
        QTest::addColumn<QDate>("crossed");
        QTest::addColumn<QDate>("deadline");
        // Hand-counted against the 2026 State Council notice.
        QTest::newRow("through mid-autumn and national day") << QDate(2026, 9, 15) << QDate(2026, 11, 2);
        QTest::newRow("through spring festival") << QDate(2026, 2, 10) << QDate(2026, 3, 30);
        QTest::newRow("into 2027, new year's day off") << QDate(2026, 12, 20) << QDate(2027, 2, 1);
    }
    void thirtyWorkingDays()
    {
        QFETCH(QDate, crossed);
        QFETCH(QDate, deadline);
        QCOMPARE(m_calendar.addWorkingDays(crossed, 30), deadline);
        QCOMPARE(m_calendar.workingDaysBetween(crossed, deadline), 30);
    }

    void withoutTableOnlyWeekends()
    {
        const core::WorkingCalendar plain;
        QCOMPARE(plain.addWorkingDays(QDate(2026, 12, 20), 30), QDate(2027, 1, 29));
    }

    void parseErrorsNameTheLine()
    {
        auto bad = core::WorkingCalendar::parseCsv(QStringLiteral("# c\n2026-01-01,holiday,a,b,c\n2026-13-01,holiday\n"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("line 3"));
        QVERIFY(bad.error().message.contains(QStringLiteral("2026-13-01")));
        auto kind = core::WorkingCalendar::parseCsv(QStringLiteral("2026-01-01,vacation\n"));
        QVERIFY(!kind);
        QCOMPARE(kind.error().field, QStringLiteral("line 1"));
        auto twice = core::WorkingCalendar::parseCsv(QStringLiteral("2026-01-01,holiday\n2026-01-01,workday\n"));
        QVERIFY(!twice);
    }

    void thresholdLevels()
    {
        test::FakeClock clock(QDateTime(QDate(2026, 9, 15), QTime(10, 0), Qt::UTC));
        const QDate today = clock.todayLocal();
        QCOMPARE(FilingStatus::evaluate(79999, {}, today, m_calendar).level, FilingStatus::Level::Below);
        QCOMPARE(FilingStatus::evaluate(80000, {}, today, m_calendar).level, FilingStatus::Level::Warning);
        const FilingStatus warn = FilingStatus::evaluate(99999, {}, today, m_calendar);
        QCOMPARE(warn.level, FilingStatus::Level::Warning);
        QVERIFY(!warn.deadline);

        // The day it crosses: deadline 30 working days on, all 30 left.
        const FilingStatus crossed = FilingStatus::evaluate(100000, {}, today, m_calendar);
        QCOMPARE(crossed.level, FilingStatus::Level::Exceeded);
        QCOMPARE(*crossed.crossedOn, today);
        QCOMPARE(*crossed.deadline, QDate(2026, 11, 2));
        QCOMPARE(crossed.workingDaysLeft, 30);

        // Three weeks later (holidays in between do not count down).
        clock.advanceDays(21);
        const FilingStatus later = FilingStatus::evaluate(100500, crossed.crossedOn, clock.todayLocal(), m_calendar);
        QCOMPARE(*later.deadline, QDate(2026, 11, 2));
        QCOMPARE(later.workingDaysLeft, 19);   // after 2026-10-06: Oct 8, 9, 10 (Sat), 12-16, 19-23, 26-30, Nov 2
    }

    void dutyStaysAfterDippingAndOverdue()
    {
        test::FakeClock clock(QDateTime(QDate(2026, 11, 5), QTime(10, 0), Qt::UTC));
        const FilingStatus s = FilingStatus::evaluate(99000, QDate(2026, 9, 15), clock.todayLocal(), m_calendar);
        QCOMPARE(s.level, FilingStatus::Level::Exceeded);
        QCOMPARE(s.workingDaysLeft, -3);   // Nov 3, 4, 5 past the deadline
        QVERIFY(s.calendarCoversDeadline);
        const FilingStatus y2028 =
            FilingStatus::evaluate(120000, QDate(2027, 12, 20), QDate(2027, 12, 20), m_calendar);
        QVERIFY(!y2028.calendarCoversDeadline);   // the table has no 2028: the UI must say so
        const FilingStatus y2027 = FilingStatus::evaluate(120000, QDate(2026, 12, 20), QDate(2026, 12, 20), m_calendar);
        QVERIFY(!y2027.calendarCoversDeadline);   // 2027 is statutory-only: provisional
        QCOMPARE(y2027.windowYears, (QList<int>{2026, 2027}));
        QCOMPARE(y2027.provisionalYears, (QList<int>{2027}));
        QCOMPARE(s.windowYears, (QList<int>{2026}));
        QVERIFY(s.provisionalYears.isEmpty());
        QCOMPARE(y2028.provisionalYears, (QList<int>{2027, 2028}));   // 2027 statutory only, 2028 absent
    }

private:
    core::WorkingCalendar m_calendar;
};

QTEST_GUILESS_MAIN(tst_WorkingCalendar)
#include "tst_workingcalendar.moc"
