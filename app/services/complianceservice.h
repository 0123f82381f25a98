#pragma once

#include "core/actor.h"
#include "core/filingthreshold.h"
#include "core/result.h"
#include "core/workingcalendar.h"
#include "services/servicedeps.h"
#include "storage/compliancerepository.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>

#include <optional>

namespace cg::services {

// A resident breaking the coverage invariant (DOMAIN.md rule 3).
struct CoverageLine
{
    qint64 residentId = 0;
    QString name;
    QString unit;
    QString building;
};

// A door or camera as the compliance report lists it, with the result of the
// device registry's compliance lint (core::DeviceRules: face never the only
// way through, no face device in a private space, a recorded sign wherever
// face recognition is used).
struct DeviceCheck
{
    bool camera = false;
    qint64 id = 0;
    QString name;
    QString building;               // doors: building name, empty for a compound gate
    QString kind;                   // doors: gate / entrance / lift; cameras: file / v4l2 / rtsp / mjpeg
    int acceptsMask = 7;            // doors: card 1, PIN 2, QR 4
    bool faceReader = false;        // doors
    QString watchedBy;              // doors: the camera watching it
    QStringList watches;            // cameras: the doors it watches
    bool faceRecognition = false;   // cameras
    QDate signageDate;              // doors: the posted sign (invalid: none recorded)
    bool privateSpace = false;      // doors
    QStringList problems;           // translated findings; empty: passes
    QStringList problemKeys;        // "readers", "private_space", "signage", "face_recognition", "no_reader"
    bool usesFace() const { return faceReader || faceRecognition; }
};

// Everything the dashboard and the compliance report show, computed in one go.
struct ComplianceFigures
{
    storage::ComplianceFilter filter;
    QDateTime computedAtUtc;
    qint64 elapsedMs = 0;

    int residents = 0;
    QList<storage::BuildingConsent> byBuilding;
    QList<storage::MonthTrend> trend;
    QHash<QString, int> credentialMix;          // type key -> active credentials

    std::optional<int> coverageViolations;      // nullopt: cannot be computed in this database
    QList<CoverageLine> violations;             // the first ones (see kListLimit)

    int deletions = 0;                          // in the period
    std::optional<qint64> maxDeletionSeconds;   // request (withdrawal) -> deletion
    std::optional<qint64> medianDeletionSeconds;
    QList<storage::DeletionRow> recentDeletions;
    int deviceCopiesPending = 0;

    core::FilingStatus filing;
    QList<DeviceCheck> devices;                 // doors and cameras in scope, failing ones first
    int doorsInScope = 0;
    int camerasInScope = 0;
    int devicesFailing() const;
    QHash<QString, int> accessEvents;           // allowed / denied in the period

    // Years whose State Council holiday arrangement should be in the holiday
    // table by now but is not (the current year; from October, when the
    // State Council publishes it, also the next): the console asks a manager
    // or administrator to enter it.
    QList<int> holidayYearsToEnter;

    // Translated notes on what could not be computed (a missing table, a
    // holiday table without the deadline's year).
    QStringList notes;

    static constexpr int kListLimit = 200;
    int consentTotal(const QString& status) const;   // "agreed", "refused", ...
};

// The audit chain as a report states it: the newest entry and whether the
// HMAC chain verified.
struct AuditCheck
{
    storage::AuditTail tail;
    std::optional<bool> intact;   // nullopt: no verifier in this build
    qint64 brokenId = 0;
    QString problem;              // translated
};

// Compliance figures for the dashboard and reports (issue 8), with filters
// (compound, building, period). compute() may run on any thread (it uses that
// thread's connection); computeAsync() runs it on the global thread pool so
// the GUI stays responsive. Permission: ViewReports.
class ComplianceService final
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::ComplianceService)
public:
    explicit ComplianceService(ServiceDeps deps);

    core::Result<ComplianceFigures> compute(const core::Actor& actor, const storage::ComplianceFilter& filter) const;
    // Checks the permission on the calling thread, then computes on a worker.
    QFuture<core::Result<ComplianceFigures>> computeAsync(const core::Actor& actor,
                                                          const storage::ComplianceFilter& filter) const;

    // Lists for the compliance report (ViewReports).
    core::Result<QList<storage::ResidentLine>> optedOut(const core::Actor& actor, const storage::ComplianceFilter& f,
                                                        int limit) const;
    core::Result<QList<storage::ResidentLine>> reconsentBacklog(const core::Actor& actor,
                                                                const storage::ComplianceFilter& f, int limit) const;
    // Walks the audit chain (ViewReports; the report states the result).
    core::Result<AuditCheck> auditCheck(const core::Actor& actor) const;

    core::Result<QList<storage::ScopeRef>> compounds() const;
    core::Result<QList<storage::ScopeRef>> buildings() const;

    // The working-day calendar: the administrator's edited table when there
    // is one, else the shipped mainland table (resources/calendar).
    core::WorkingCalendar calendar() const;
    QString calendarCsv() const;
    static QString shippedCalendarCsv();
    // Replaces the table (EditHolidayTable: managers and administrators;
    // audited). Errors name the line.
    core::Status setCalendarCsv(const core::Actor& actor, const QString& csv);
    core::Status resetCalendar(const core::Actor& actor);

    // See ComplianceFigures::holidayYearsToEnter.
    static QList<int> holidayYearsToEnter(const core::WorkingCalendar& calendar, const QDate& today);
    // Figures the filing threshold needs alone (cheap; for the status bar).
    core::Result<core::FilingStatus> filingStatus() const;

private:
    core::Result<core::FilingStatus> evaluateFiling(qint64 people) const;
    void coverage(ComplianceFigures& out) const;
    core::Status deviceChecks(ComplianceFigures& out) const;

    ServiceDeps m_deps;
};

} // namespace cg::services
