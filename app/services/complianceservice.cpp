#include "services/complianceservice.h"

#include "core/clock.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "storage/accessrepository.h"
#include "storage/devicerepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <limits>
#include <QtConcurrent/QtConcurrentRun>

namespace cg::services {

using core::Result;

namespace {
const QString kCalendarSetting = QStringLiteral("calendar.working_days_csv");
const QString kCrossedSetting = QStringLiteral("filing.threshold_crossed_on");
} // namespace

int ComplianceFigures::consentTotal(const QString& status) const
{
    int n = 0;
    for (const auto& b : byBuilding) {
        if (status == QLatin1String("agreed"))
            n += b.agreed;
        else if (status == QLatin1String("refused"))
            n += b.refused;
        else if (status == QLatin1String("withdrawn"))
            n += b.withdrawn;
        else if (status == QLatin1String("never"))
            n += b.neverAsked;
        else if (status == QLatin1String("reconsent"))
            n += b.reconsentNeeded;
    }
    return n;
}

int ComplianceFigures::devicesFailing() const
{
    return int(std::count_if(devices.cbegin(), devices.cend(), [](const DeviceCheck& d) { return !d.problems.isEmpty(); }));
}

ComplianceService::ComplianceService(ServiceDeps deps) : m_deps(std::move(deps)) {}

QString ComplianceService::shippedCalendarCsv()
{
    QFile file(QStringLiteral(":/calendar/cn_mainland.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString ComplianceService::calendarCsv() const
{
    const QString edited = m_deps.database->setting(kCalendarSetting);
    return edited.isEmpty() ? shippedCalendarCsv() : edited;
}

core::WorkingCalendar ComplianceService::calendar() const
{
    auto days = core::WorkingCalendar::parseCsv(calendarCsv());
    if (!days)   // an edited table is validated before it is stored; fall back regardless
        days = core::WorkingCalendar::parseCsv(shippedCalendarCsv());
    return days ? core::WorkingCalendar(*days) : core::WorkingCalendar();
}

core::Status ComplianceService::setCalendarCsv(const core::Actor& actor, const QString& csv)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::EditHolidayTable); !s)
        return s;
    auto days = core::WorkingCalendar::parseCsv(csv);
    if (!days)
        return days.error();
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_deps.database->setSetting(kCalendarSetting, csv); !s)
        return s;
    QJsonArray years;
    for (int y : core::WorkingCalendar(*days).officialYears())
        years.append(y);
    QJsonObject details{{QStringLiteral("days"), int(days->size())}, {QStringLiteral("official_years"), years}};
    if (auto s = m_deps.audit->record(actor, QStringLiteral("calendar.update"), QStringLiteral("settings"),
                                      kCalendarSetting, details);
        !s)
        return s;
    return tx.commit();
}

QList<int> ComplianceService::holidayYearsToEnter(const core::WorkingCalendar& calendar, const QDate& today)
{
    // The State Council publishes the next year's arrangement between late
    // October and December (2026's on 2025-11-04): from October it is due.
    QList<int> due{today.year()};
    if (today.month() >= 10)
        due << today.year() + 1;
    const QList<int> official = calendar.officialYears();
    QList<int> missing;
    for (int y : due)
        if (!official.contains(y))
            missing << y;
    return missing;
}

core::Status ComplianceService::resetCalendar(const core::Actor& actor)
{
    return setCalendarCsv(actor, shippedCalendarCsv());
}

Result<QList<storage::ResidentLine>> ComplianceService::optedOut(const core::Actor& actor,
                                                                const storage::ComplianceFilter& f, int limit) const
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewReports); !s)
        return s.error();
    return storage::ComplianceRepository(m_deps.database)
        .optedOut(f, m_deps.clock->todayLocal(), m_deps.clock->nowUtc(), limit);
}

Result<QList<storage::ResidentLine>> ComplianceService::reconsentBacklog(const core::Actor& actor,
                                                                        const storage::ComplianceFilter& f,
                                                                        int limit) const
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewReports); !s)
        return s.error();
    return storage::ComplianceRepository(m_deps.database).reconsentBacklog(f, m_deps.clock->todayLocal(), limit);
}

Result<AuditCheck> ComplianceService::auditCheck(const core::Actor& actor) const
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewReports); !s)
        return s.error();
    auto tail = storage::ComplianceRepository(m_deps.database).auditTail();
    if (!tail)
        return tail.error();
    AuditCheck check;
    check.tail = *tail;
    auto verified = m_deps.audit->verify();
    if (!verified)
        return verified.error();
    check.intact = verified->intact;
    check.brokenId = verified->brokenId;
    check.problem = verified->problem.isEmpty() ? verified->warning : verified->problem;
    return check;
}

Result<QList<storage::ScopeRef>> ComplianceService::compounds() const
{
    return storage::ComplianceRepository(m_deps.database).compounds();
}

Result<QList<storage::ScopeRef>> ComplianceService::buildings() const
{
    return storage::ComplianceRepository(m_deps.database).buildings();
}

Result<core::FilingStatus> ComplianceService::evaluateFiling(qint64 people) const
{
    const QDate today = m_deps.clock->todayLocal();
    std::optional<QDate> crossed;
    const QDate stored = QDate::fromString(m_deps.database->setting(kCrossedSetting), Qt::ISODate);
    if (stored.isValid())
        crossed = stored;
    const core::FilingStatus status = core::FilingStatus::evaluate(people, crossed, today, calendar());
    if (!crossed && status.crossedOn) {
        // The first time the count is seen at the threshold starts the
        // 30-working-day clock; it is recorded (and audited) so it never moves.
        storage::Transaction tx(m_deps.database->connection());
        if (!tx.isActive())
            return tx.error();
        if (auto s = m_deps.database->setSetting(kCrossedSetting, status.crossedOn->toString(Qt::ISODate)); !s)
            return s.error();
        QJsonObject details{{QStringLiteral("people"), people},
                            {QStringLiteral("deadline"), status.deadline->toString(Qt::ISODate)}};
        if (auto s = m_deps.audit->record(core::Actor::system(), QStringLiteral("filing.threshold_crossed"),
                                          QStringLiteral("settings"), kCrossedSetting, details);
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    return status;
}

Result<core::FilingStatus> ComplianceService::filingStatus() const
{
    auto people = storage::ComplianceRepository(m_deps.database).faceDataPeople();
    if (!people)
        return people.error();
    return evaluateFiling(*people);
}

void ComplianceService::coverage(ComplianceFigures& out) const
{
    storage::ComplianceRepository repo(m_deps.database);
    if (!repo.has(QStringLiteral("credentials"))) {
        out.notes << tr("Coverage violations cannot be computed: this database has no credentials yet.");
        return;
    }
    // The credentials engineer's set-based invariant (storage::AccessRepository)
    // is the one definition of a violation. It is one pass over every resident
    // without face consent, so it runs once: the list (target 0, normally
    // short) gives the count, and only a list longer than the dashboard shows
    // needs the separate count. Scope filters are applied to the list by
    // resident (building names repeat across compounds).
    storage::AccessRepository access(m_deps.database);
    const QDateTime now = m_deps.clock->nowUtc();
    const QDate today = m_deps.clock->todayLocal();
    const auto& f = out.filter;
    const bool scoped = f.compoundId != 0 || f.buildingId != 0;
    auto list = access.violations(now, today, scoped ? std::numeric_limits<int>::max() : ComplianceFigures::kListLimit + 1);
    if (!list) {
        out.notes << tr("Coverage violations could not be computed: %1").arg(list.error().message);
        return;
    }
    QList<storage::CoverageViolation> shown = *list;
    int count = int(shown.size());
    if (scoped) {
        QList<qint64> ids;
        for (const auto& v : shown)
            ids << v.residentId;
        auto inScope = repo.inScope(f, ids);
        if (!inScope) {
            out.notes << tr("Coverage violations could not be computed: %1").arg(inScope.error().message);
            return;
        }
        shown.removeIf([&](const storage::CoverageViolation& v) { return !inScope->contains(v.residentId); });
        count = int(shown.size());
    } else if (count > ComplianceFigures::kListLimit) {
        auto total = access.countViolations(now, today);
        if (!total) {
            out.notes << tr("Coverage violations could not be computed: %1").arg(total.error().message);
            return;
        }
        count = *total;
    }
    out.coverageViolations = count;
    for (const auto& v : shown.mid(0, ComplianceFigures::kListLimit))
        out.violations.append({v.residentId, v.name, v.unitLabel, v.buildingName});
}

core::Status ComplianceService::deviceChecks(ComplianceFigures& out) const
{
    // The same rules the device registry enforces when a door or camera is
    // saved, applied to what is stored now (a setting saved before a rule
    // existed, or changed outside the console, shows up here).
    storage::DeviceRepository registry(m_deps.database);
    storage::ComplianceRepository repo(m_deps.database);
    auto doors = registry.doors();
    if (!doors)
        return doors.error();
    auto cameraRows = registry.cameras();
    if (!cameraRows)
        return cameraRows.error();
    auto compoundOf = repo.doorCompounds();
    if (!compoundOf)
        return compoundOf.error();
    const auto& f = out.filter;
    qint64 compound = f.compoundId;
    if (f.buildingId > 0) {
        if (auto buildings = repo.buildings()) {
            for (const auto& b : *buildings)
                if (b.id == f.buildingId)
                    compound = b.parentId;
        }
    }
    auto inScope = [&](const core::DoorSetup& d) {
        if (f.buildingId > 0)
            return d.buildingId == f.buildingId || (d.buildingId == 0 && compoundOf->value(d.doorId) == compound);
        return compound == 0 || compoundOf->value(d.doorId) == compound;
    };
    QHash<qint64, core::Camera> cameras;
    for (const auto& row : *cameraRows)
        cameras.insert(row.camera.id, row.camera);
    QHash<qint64, QList<core::DoorSetup>> watched;
    QList<DeviceCheck> failing;
    QList<DeviceCheck> passing;
    for (const core::DoorSetup& d : *doors) {
        if (d.cameraId > 0)
            watched[d.cameraId].append(d);
        if (!inScope(d))
            continue;
        ++out.doorsInScope;
        DeviceCheck c;
        c.id = d.doorId;
        c.name = d.name;
        c.building = d.buildingName;
        c.kind = d.kind;
        c.acceptsMask = d.acceptsMask;
        c.faceReader = d.faceReader;
        c.signageDate = d.hasSignage() ? d.signageDate : QDate();
        c.privateSpace = d.privateSpace;
        std::optional<core::Camera> camera;
        if (cameras.contains(d.cameraId)) {
            camera = cameras.value(d.cameraId);
            c.watchedBy = camera->name;
        }
        for (const auto& issue : core::DeviceRules::lintDoor(d, camera)) {
            c.problems << issue.message;
            c.problemKeys << issue.field;
        }
        if (!d.faceReader && !d.hasNonBiometricReader()) {
            c.problems << tr("“%1” reads no card, PIN or QR code: residents without face consent cannot pass.").arg(d.name);
            c.problemKeys << QStringLiteral("no_reader");
        }
        (c.problems.isEmpty() ? passing : failing).append(c);
    }
    for (const core::Camera& cam : std::as_const(cameras)) {
        const QList<core::DoorSetup> doorsWatched = watched.value(cam.id);
        const bool shown = std::any_of(doorsWatched.cbegin(), doorsWatched.cend(), inScope)
                           || (doorsWatched.isEmpty() && compound == 0);
        if (!shown)
            continue;
        ++out.camerasInScope;
        DeviceCheck c;
        c.camera = true;
        c.id = cam.id;
        c.name = cam.name;
        c.kind = cam.kind;
        c.faceRecognition = cam.faceRecognition;
        for (const auto& d : doorsWatched)
            c.watches << d.name;
        for (const auto& issue : core::DeviceRules::lintCamera(cam, doorsWatched)) {
            c.problems << issue.message;
            c.problemKeys << issue.field;
        }
        (c.problems.isEmpty() ? passing : failing).append(c);
    }
    out.devices = failing + passing;
    return {};
}

Result<ComplianceFigures> ComplianceService::compute(const core::Actor& actor,
                                                     const storage::ComplianceFilter& filter) const
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewReports); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    storage::ComplianceRepository repo(m_deps.database);
    const QDateTime now = m_deps.clock->nowUtc();
    const QDate today = m_deps.clock->todayLocal();

    ComplianceFigures out;
    out.filter = filter;
    out.computedAtUtc = now;

    auto residents = repo.residentsInScope(filter, today);
    if (!residents)
        return residents.error();
    out.residents = *residents;
    auto byBuilding = repo.consentByBuilding(filter, today);
    if (!byBuilding)
        return byBuilding.error();
    out.byBuilding = *byBuilding;
    if (!repo.has(QStringLiteral("consent_events")))
        out.notes << tr("Consent figures are not available: this database has no consent ledger yet; "
                        "every resident counts as never asked.");
    auto trend = repo.trendByMonth(filter);
    if (!trend)
        return trend.error();
    out.trend = *trend;
    auto mix = repo.credentialMix(filter, now);
    if (!mix)
        return mix.error();
    out.credentialMix = *mix;

    coverage(out);

    auto deletionCount = repo.deletionCount(filter);
    if (!deletionCount)
        return deletionCount.error();
    out.deletions = *deletionCount;
    // Durations over every deletion in the period (the list shown is capped).
    auto deletions = repo.deletions(filter, std::max(out.deletions, 1));
    if (!deletions)
        return deletions.error();
    QList<qint64> seconds;
    for (const auto& d : *deletions) {
        out.deviceCopiesPending += d.devicesPending;
        if (d.requestedAt.isValid() && d.deletedAt.isValid())
            seconds << std::max<qint64>(0, d.requestedAt.secsTo(d.deletedAt));
    }
    if (!seconds.isEmpty()) {
        std::sort(seconds.begin(), seconds.end());
        out.maxDeletionSeconds = seconds.last();
        const qsizetype mid = seconds.size() / 2;
        out.medianDeletionSeconds = seconds.size() % 2 ? seconds.at(mid) : (seconds.at(mid - 1) + seconds.at(mid)) / 2;
    }
    out.recentDeletions = deletions->mid(0, ComplianceFigures::kListLimit);

    auto people = repo.faceDataPeople();
    if (!people)
        return people.error();
    auto filing = evaluateFiling(*people);
    if (!filing)
        return filing.error();
    out.filing = *filing;
    out.holidayYearsToEnter = holidayYearsToEnter(calendar(), m_deps.clock->todayLocal());
    if (!out.filing.calendarCoversDeadline)
        out.notes << tr("The holiday table lacks the State Council's official arrangement for a year in the filing window "
                        "(not yet published when the table was made): the deadline may be off by a few days. Enter it "
                        "under Holiday table when it is published.");

    if (auto s = deviceChecks(out); !s)
        return s.error();
    auto access = repo.accessEventCounts(filter);
    if (!access)
        return access.error();
    out.accessEvents = *access;

    out.elapsedMs = timer.elapsed();
    return out;
}

QFuture<Result<ComplianceFigures>> ComplianceService::computeAsync(const core::Actor& actor,
                                                                   const storage::ComplianceFilter& filter) const
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewReports); !s) {
        QPromise<Result<ComplianceFigures>> refused;
        refused.start();
        refused.addResult(Result<ComplianceFigures>(s.error()));
        refused.finish();
        return refused.future();
    }
    // The service is copied into the task: ServiceDeps is shared pointers only.
    return QtConcurrent::run([self = *this, actor, filter]() { return self.compute(actor, filter); });
}

} // namespace cg::services
