// Dashboard figures against hand-counted values (support/compliancefixture.h),
// filters, off-thread computation, permissions.
#include "core/clock.h"
#include "core/permissions.h"
#include "services/complianceservice.h"
#include "support/compliancefixture.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace cg;

namespace {
core::Actor manager()
{
    return core::Actor{7, QStringLiteral("manager1"), core::Role::Manager, QStringLiteral("desk")};
}
} // namespace

class tst_ComplianceService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        auto db = m_temp->open();
        QVERIFY(test::ComplianceFixture{}.seed(*db));
        m_clock = std::make_shared<test::FakeClock>(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        auto deps = services::ServiceDeps::build(db, m_temp->keyDir(), m_clock);
        QVERIFY(deps);
        m_deps = *deps;
    }

    void wholeCompound()
    {
        services::ComplianceService service(m_deps);
        storage::ComplianceFilter f;
        f.from = QDate(2026, 9, 1);
        f.to = QDate(2026, 11, 30);
        auto figures = service.compute(manager(), f);
        QVERIFY2(figures, qPrintable(figures.ok() ? QString() : figures.error().message));
        QCOMPARE(figures->residents, 9);   // r9 moved out
        QCOMPARE(figures->byBuilding.size(), 2);
        const auto& b1 = figures->byBuilding.at(0);
        QCOMPARE(b1.building, QStringLiteral("1"));
        QCOMPARE(b1.agreed, 1);
        QCOMPARE(b1.refused, 1);
        QCOMPARE(b1.withdrawn, 1);
        QCOMPARE(b1.neverAsked, 1);
        QCOMPARE(b1.reconsentNeeded, 1);
        const auto& b2 = figures->byBuilding.at(1);
        QCOMPARE(b2.agreed, 1);
        QCOMPARE(b2.refused, 1);
        QCOMPARE(b2.withdrawn, 0);
        QCOMPARE(b2.neverAsked, 1);
        QCOMPARE(b2.reconsentNeeded, 1);
        QCOMPARE(figures->consentTotal(QStringLiteral("agreed")), 2);

        QCOMPARE(figures->trend.size(), 3);
        QCOMPARE(figures->trend.at(0).month, QStringLiteral("2026-09"));
        QCOMPARE(figures->trend.at(0).granted, 3);
        QCOMPARE(figures->trend.at(1).refused, 1);
        QCOMPARE(figures->trend.at(1).withdrawn, 1);
        QCOMPARE(figures->trend.at(2).granted, 1);
        QCOMPARE(figures->trend.at(2).refused, 1);
        QCOMPARE(figures->trend.at(2).withdrawn, 1);   // the expiry

        QCOMPARE(figures->deletions, 2);
        QCOMPARE(*figures->maxDeletionSeconds, qint64(86400));
        QCOMPARE(*figures->medianDeletionSeconds, qint64(43202));
        QCOMPARE(figures->deviceCopiesPending, 1);
        QCOMPARE(figures->recentDeletions.first().name, QStringLiteral("赵敏"));   // newest first

        // Without credentials everyone without active face consent is a gap:
        // 9 living residents minus r1, r5 and r6 whose latest event is a grant.
        QVERIFY(figures->coverageViolations.has_value());
        QCOMPARE(*figures->coverageViolations, 6);
        QCOMPARE(figures->violations.size(), 6);
        QCOMPARE(figures->filing.people, qint64(4));
        QCOMPARE(figures->filing.level, core::FilingStatus::Level::Below);
        QCOMPARE(figures->doorsInScope, 3);
        QCOMPARE(figures->devicesFailing(), 0);
    }

    void deviceLintInScope()
    {
        // Doors as they might be stored after an installer's visit: a face
        // reader on building 1's entrance without a recorded sign, a
        // face-only lift in building 2, a face-recognition camera watching a
        // private space, and a gate with a signed face reader (passes).
        QSqlDatabase c = m_deps.database->connection();
        for (const char* sql :
             {"UPDATE doors SET face_reader = 1 WHERE name = 'B1 entrance'",
              "UPDATE doors SET face_reader = 1, accepts_mask = 0, signage_text = 'sign', signage_date = '2026-01-01'"
              " WHERE name = 'B2 lift'",
              "UPDATE doors SET face_reader = 1, signage_text = 'sign', signage_date = '2026-01-01' WHERE name = 'North gate'",
              "INSERT INTO doors (compound_id, building_id, name, kind, private_space) VALUES (1, 1, 'B1 changing room', 'entrance', 1)",
              "INSERT INTO cameras (id, name, kind, location, face_recognition, created_at, updated_at)"
              " VALUES (5, 'Cam A', 'file', '/x.avi', 1, '2026-01-01', '2026-01-01')",
              "UPDATE doors SET camera_id = 5 WHERE name = 'B1 changing room'"}) {
            QSqlQuery q(c);
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        services::ComplianceService service(m_deps);
        auto all = service.compute(manager(), {});
        QVERIFY(all);
        QCOMPARE(all->doorsInScope, 4);
        QCOMPARE(all->camerasInScope, 1);
        QCOMPARE(all->devicesFailing(), 4);   // entrance (sign), lift (face only), changing room (private, sign), camera
        QStringList failing;
        for (const auto& d : all->devices) {
            if (!d.problems.isEmpty())
                failing << d.name + QLatin1Char(':') + d.problemKeys.join(QLatin1Char(','));
        }
        QCOMPARE(failing.size(), 4);
        QVERIFY(failing.contains(QStringLiteral("B1 entrance:signage")));
        QVERIFY(failing.contains(QStringLiteral("B2 lift:readers")));
        QVERIFY(failing.contains(QStringLiteral("B1 changing room:private_space,signage")));
        QVERIFY(failing.contains(QStringLiteral("Cam A:face_recognition")));
        QVERIFY(all->devices.last().problems.isEmpty());   // failing ones come first
        QCOMPARE(all->devices.last().name, QStringLiteral("North gate"));

        // Building 2: its lift and the compound gate; building 1's camera is out of scope.
        storage::ComplianceFilter f;
        f.buildingId = 2;
        auto b2 = service.compute(manager(), f);
        QVERIFY(b2);
        QCOMPARE(b2->doorsInScope, 2);
        QCOMPARE(b2->camerasInScope, 0);
        QCOMPARE(b2->devicesFailing(), 1);
    }

    void buildingAndPeriodFilters()
    {
        services::ComplianceService service(m_deps);
        storage::ComplianceFilter f;
        f.buildingId = 2;
        f.from = QDate(2026, 10, 1);
        f.to = QDate(2026, 10, 31);
        auto figures = service.compute(manager(), f);
        QVERIFY(figures);
        QCOMPARE(figures->residents, 4);
        QCOMPARE(figures->byBuilding.size(), 1);
        QCOMPARE(*figures->coverageViolations, 3);   // r7, r8, r10
        QCOMPARE(figures->deletions, 0);               // r7's deletion is in November
        QVERIFY(!figures->medianDeletionSeconds);
        QVERIFY(figures->trend.isEmpty());             // nothing in building 2 in October
        f.buildingId = 0;
        f.compoundId = 1;
        figures = service.compute(manager(), f);
        QVERIFY(figures);
        QCOMPARE(figures->deletions, 1);
        QCOMPARE(*figures->medianDeletionSeconds, qint64(5));
    }

    void listsForTheReport()
    {
        services::ComplianceService service(m_deps);
        auto optedOut = service.optedOut(manager(), {}, 100);
        QVERIFY(optedOut);
        QCOMPARE(optedOut->size(), 3);   // r2 refused, r3 withdrawn, r7 refused
        auto backlog = service.reconsentBacklog(manager(), {}, 100);
        QVERIFY(backlog);
        QCOMPARE(backlog->size(), 2);    // r5 (mark, grace until 2026-12-10) and r10 (expired)
        bool sawGrace = false;
        for (const auto& r : *backlog)
            sawGrace = sawGrace || (r.residentId == 5 && r.detail.startsWith(QStringLiteral("2026-12-10")));
        QVERIFY(sawGrace);
        auto audit = service.auditCheck(manager());
        QVERIFY(audit);
        QVERIFY(audit->intact.has_value());
    }

    void computesOffTheCallingThread()
    {
        services::ComplianceService service(m_deps);
        auto future = service.computeAsync(manager(), {});
        future.waitForFinished();
        const auto result = future.result();
        QVERIFY(result);
        QCOMPARE(result->residents, 9);
    }

    void clerkIsRefused()
    {
        services::ComplianceService service(m_deps);
        auto refused = service.compute(core::Actor{3, QStringLiteral("clerk1"), core::Role::Clerk, {}}, {});
        if (core::roleAllows(core::Role::Clerk, core::Permission::ViewReports))
            QSKIP("the role matrix lets clerks view reports");
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, core::Error::Kind::PermissionDenied);
    }

    void filingDeadlineAcrossMakeUpDaysWithFakeClock()
    {
        // The count reached 100,000 on Friday 2026-09-18 (stored the first
        // time it was seen). 30 working days on: Sunday 9-20 and Saturday
        // 10-10 are make-up working days and count; 9-25..27 (Mid-Autumn)
        // and 10-1..7 (National Day) do not — deadline Thursday 2026-11-05.
        QVERIFY(m_deps.database->setSetting(QStringLiteral("filing.threshold_crossed_on"), QStringLiteral("2026-09-18")));
        services::ComplianceService service(m_deps);
        m_clock->set(QDateTime(QDate(2026, 10, 9), QTime(10, 0), Qt::UTC));
        auto filing = service.filingStatus();
        QVERIFY(filing);
        QCOMPARE(filing->level, core::FilingStatus::Level::Exceeded);
        QCOMPARE(*filing->deadline, QDate(2026, 11, 5));
        QCOMPARE(filing->workingDaysLeft, 20);   // 10-10 (Sat), 10-12..16, 19..23, 26..30, 11-2..5
        QVERIFY(filing->calendarCoversDeadline);

        // A manager enters an extra day off (as a new notice would): the deadline moves one working day.
        const core::Actor mgr = manager();
        QVERIFY(service.setCalendarCsv(mgr, services::ComplianceService::shippedCalendarCsv()
                                                + QStringLiteral("2026-10-30,holiday,测试,Test day,admin:王经理\n")));
        filing = service.filingStatus();
        QCOMPARE(*filing->deadline, QDate(2026, 11, 6));
        QCOMPARE(filing->workingDaysLeft, 20);   // 10-30 no longer counts, 11-6 does

        // The fake clock moves past the deadline: overdue by working days.
        m_clock->set(QDateTime(QDate(2026, 11, 10), QTime(10, 0), Qt::UTC));
        filing = service.filingStatus();
        QCOMPARE(filing->workingDaysLeft, -2);   // 11-9, 11-10
        // Clerks cannot change the table; the refusal is audited.
        const core::Actor clerk{3, QStringLiteral("clerk1"), core::Role::Clerk, {}};
        QVERIFY(!service.setCalendarCsv(clerk, services::ComplianceService::shippedCalendarCsv()));
    }

    void holidayTableAsksForTheNextYearWithFakeClock()
    {
        services::ComplianceService service(m_deps);
        const core::Actor mgr = manager();
        // June 2026: 2026 is official, 2027 not due yet.
        m_clock->set(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
        auto figures = service.compute(mgr, {});
        QVERIFY(figures);
        QVERIFY(figures->holidayYearsToEnter.isEmpty());
        // From October the State Council publishes the next year: 2027 (statutory days only) is asked for.
        m_clock->set(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        figures = service.compute(mgr, {});
        QCOMPARE(figures->holidayYearsToEnter, (QList<int>{2027}));
        // The count reached the threshold on 2026-12-18: the deadline falls in
        // 2027 and says it was counted with a provisional 2027.
        QVERIFY(m_deps.database->setSetting(QStringLiteral("filing.threshold_crossed_on"), QStringLiteral("2026-12-18")));
        auto filing = service.filingStatus();
        QVERIFY(filing);
        QCOMPARE(filing->windowYears, (QList<int>{2026, 2027}));
        QCOMPARE(filing->provisionalYears, (QList<int>{2027}));
        // A manager enters the 2027 notice (one row is enough to mark the year as entered by a person).
        QVERIFY(service.setCalendarCsv(mgr, services::ComplianceService::shippedCalendarCsv()
                                                + QStringLiteral("2027-02-20,workday,春节调休上班,Make-up day,admin:王经理\n")));
        figures = service.compute(mgr, {});
        QVERIFY(figures->holidayYearsToEnter.isEmpty());
        QVERIFY(figures->filing.provisionalYears.isEmpty());
        QVERIFY(figures->filing.calendarCoversDeadline);
        // In 2028 with the shipped table nothing for 2028 is there: asked again.
        QVERIFY(service.resetCalendar(mgr));
        m_clock->set(QDateTime(QDate(2028, 1, 3), QTime(10, 0), Qt::UTC));
        QCOMPARE(services::ComplianceService::holidayYearsToEnter(service.calendar(), m_clock->todayLocal()),
                 (QList<int>{2028}));
    }

    void editedCalendarIsValidatedAndAudited()
    {
        services::ComplianceService service(m_deps);
        const core::Actor admin{1, QStringLiteral("admin"), core::Role::Administrator, {}};
        auto bad = service.setCalendarCsv(admin, QStringLiteral("2026-02-30,holiday\n"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("line 1"));
        QVERIFY(service.calendar().isWorkingDay(QDate(2026, 12, 24)));
        QVERIFY(service.setCalendarCsv(admin, ComplianceServiceTestCsv()));
        QVERIFY(!service.calendar().isWorkingDay(QDate(2026, 12, 24)));
        QVERIFY(service.calendar().isWorkingDay(QDate(2026, 2, 14)) == false);   // replaced, not merged
        QVERIFY(service.resetCalendar(admin));
        QVERIFY(service.calendar().isWorkingDay(QDate(2026, 2, 14)));
    }

private:
    static QString ComplianceServiceTestCsv() { return QStringLiteral("# edited\n2026-12-24,holiday,平安夜,Christmas Eve,admin\n"); }

    std::unique_ptr<test::TempDatabase> m_temp;
    std::shared_ptr<test::FakeClock> m_clock;
    services::ServiceDeps m_deps;
};

QTEST_GUILESS_MAIN(tst_ComplianceService)
#include "tst_complianceservice.moc"
