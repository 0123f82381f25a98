#pragma once

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantHash>

#include <memory>

namespace cg::storage {

class Database;

// What the dashboard and the reports look at. 0 = all compounds / buildings;
// invalid dates = open-ended. Dates are local calendar days; the repository
// turns them into UTC bounds.
struct ComplianceFilter
{
    qint64 compoundId = 0;
    qint64 buildingId = 0;
    QDate from;
    QDate to;
};

struct ScopeRef
{
    qint64 id = 0;
    qint64 parentId = 0;     // compound of a building
    QString name;
};

struct BuildingConsent
{
    qint64 buildingId = 0;
    QString building;
    QString compound;
    int agreed = 0;
    int refused = 0;
    int withdrawn = 0;
    int neverAsked = 0;
    int reconsentNeeded = 0;
    int total() const { return agreed + refused + withdrawn + neverAsked + reconsentNeeded; }
};

struct MonthTrend
{
    QString month;           // "2026-10"
    int granted = 0;
    int refused = 0;
    int withdrawn = 0;
};

struct DeletionRow
{
    qint64 id = 0;
    qint64 residentId = 0;
    QString name;
    QString unit;
    QString building;
    QString reason;          // withdrawal, move_out, retention, ...
    QDateTime requestedAt;   // UTC
    QDateTime deletedAt;     // UTC
    QString actor;
    int images = 0;
    int templates = 0;
    int devicesQueued = 0;
    int devicesPending = 0;  // copies on devices not yet confirmed deleted
    QStringList pendingDevices;
};

struct ResidentLine
{
    qint64 residentId = 0;
    QString name;
    QString unit;
    QString building;
    QString status;          // refused / withdrawn / never / reconsent / agreed
    QString detail;          // credentials held, or "grace until", ...
    QDateTime since;         // UTC: last consent event or mark
};

struct DoorLint
{
    qint64 doorId = 0;
    QString name;
    QString building;        // empty for a compound gate
    QString kind;
    QString problem;         // stable key: "no_reader", "no_card", ...
};

struct AuditTail
{
    qint64 entries = 0;
    qint64 lastId = 0;
    QDateTime lastAt;        // UTC
    QString lastAction;
    QByteArray lastMac;
};

// Every figure is computed with set-based SQL (no per-resident round trips),
// so it stays fast at 100,000 residents and 1,000,000 events.
// Tables that another part of the product has not created yet are detected:
// has(table) says so and the figures that need it come back empty.
// Thread-safety: uses the calling thread's connection; safe from a worker.
class ComplianceRepository final
{
public:
    explicit ComplianceRepository(std::shared_ptr<Database> database);

    bool has(const QString& table) const;

    core::Result<QList<ScopeRef>> compounds() const;
    core::Result<QList<ScopeRef>> buildings() const;

    // Which of `residentIds` live in the filter's compound / building.
    core::Result<QSet<qint64>> inScope(const ComplianceFilter& f, const QList<qint64>& residentIds) const;
    // Residents living in scope on `today` (not moved out, not anonymised).
    core::Result<int> residentsInScope(const ComplianceFilter& f, const QDate& today) const;
    core::Result<QList<BuildingConsent>> consentByBuilding(const ComplianceFilter& f, const QDate& today) const;
    core::Result<QList<MonthTrend>> trendByMonth(const ComplianceFilter& f) const;
    // Active credentials by type ("card", "pin", "qr", "visitor").
    core::Result<QHash<QString, int>> credentialMix(const ComplianceFilter& f, const QDateTime& now) const;
    core::Result<QList<DeletionRow>> deletions(const ComplianceFilter& f, int limit) const;
    core::Result<int> deletionCount(const ComplianceFilter& f) const;
    // Distinct people whose face data is held anywhere: an enrolment in the
    // database, or a copy on a device whose deletion is not yet confirmed.
    core::Result<qint64> faceDataPeople() const;
    // Residents living in scope whose status is not "agreed", with the
    // credentials they hold ("card ••1234, PIN, QR").
    core::Result<QList<ResidentLine>> optedOut(const ComplianceFilter& f, const QDate& today, const QDateTime& now,
                                               int limit) const;
    core::Result<QList<ResidentLine>> reconsentBacklog(const ComplianceFilter& f, const QDate& today, int limit) const;
    // Door id -> compound id (gates have no building).
    core::Result<QHash<qint64, qint64>> doorCompounds() const;
    // Doors that cannot serve a resident without face consent.
    core::Result<QList<DoorLint>> doorLint(const ComplianceFilter& f) const;
    // Credential events in the period (for the summary).
    core::Result<QHash<QString, int>> accessEventCounts(const ComplianceFilter& f) const;

    core::Result<AuditTail> auditTail() const;

    // UTC bounds used in SQL, ISO with milliseconds ("2026-10-01T00:00:00.000Z").
    static QString lowerBound(const QDate& from);
    static QString upperBound(const QDate& to);

private:
    // The filter's compound/building condition on `buildingColumn` (" AND ..."), empty for everything.
    QString scopeSql(const ComplianceFilter& f, const QString& buildingColumn) const;
    // For a table with a resident_id column aliased `alias`: the joins to the
    // resident's unit and the condition, both empty when the filter covers everything.
    struct ResidentScope
    {
        QString join;
        QString where;
    };
    ResidentScope residentScope(const ComplianceFilter& f, const QString& alias) const;
    // " FROM <table> e [joins] WHERE e.at >= :from AND e.at < :to [scope]" for
    // an event table with `at` and resident_id; bind periodBinds(f).
    QString eventsInPeriodSql(const QString& table, const ComplianceFilter& f) const;
    // :from and :to for "at >= :from AND at < :to" over the filter's period.
    static QVariantHash periodBinds(const ComplianceFilter& f);
    QString livingSql(const QString& alias) const;

    std::shared_ptr<Database> m_database;
};

} // namespace cg::storage
