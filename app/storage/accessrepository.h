#pragma once

#include "core/accessrules.h"
#include "core/result.h"

#include <QDate>
#include <QList>

#include <memory>
#include <optional>

namespace cg::storage {

class Database;

// A resident as credential work needs them: where they live and for how long.
struct Holder
{
    qint64 residentId = 0;
    QString name;
    QString role;              // owner, tenant, family, occupant
    qint64 unitId = 0;
    QString unitLabel;
    qint64 buildingId = 0;
    QString buildingName;
    qint64 compoundId = 0;
    QString compoundName;
    QDate birthDate;
    QDate leaseEnd;
    QDate moveOut;
    bool anonymised = false;

    bool livesHereOn(const QDate& day) const { return !anonymised && (!moveOut.isValid() || moveOut > day); }
};

struct BuildingRef
{
    qint64 id = 0;
    qint64 compoundId = 0;
    QString name;
    QString compoundName;
    int residents = 0;
};

// One resident breaking the coverage invariant.
struct CoverageViolation
{
    qint64 residentId = 0;
    QString name;
    QString unitLabel;
    QString buildingName;
    int usableMask = 0;        // AccessMethod bits of the usable credentials they hold (0 = none)
};

// SQL for doors, entitlements, holders and the coverage invariant.
// Thread-safety: use from the thread whose connection it takes.
class AccessRepository final
{
public:
    explicit AccessRepository(std::shared_ptr<Database> database);

    core::Result<Holder> holder(qint64 residentId) const;
    core::Result<QList<Holder>> holdersInBuilding(qint64 buildingId, const QDate& livingOn) const;
    core::Result<QList<BuildingRef>> buildings() const;
    core::Result<std::optional<BuildingRef>> findBuilding(const QString& idOrName) const;

    // A door by numeric id or exact name.
    core::Result<std::optional<core::Door>> findDoor(const QString& idOrName) const;
    core::Result<std::optional<core::Door>> door(qint64 id) const;
    core::Result<QList<core::Door>> doorsOfCompound(qint64 compoundId) const;
    core::Result<QList<core::Door>> allDoors() const;
    core::Status setDoorAccepts(qint64 doorId, int mask);

    // Units with this label in the compound (a label is unique per building).
    core::Result<QList<qint64>> unitsByLabel(qint64 compoundId, const QString& label) const;

    core::Result<QList<core::EntitlementException>> exceptions(qint64 residentId) const;
    core::Result<qint64> addException(const core::EntitlementException& e, const QDateTime& createdAt,
                                      const QString& createdBy);

    // The consent engineer's view decides; false until they provide it.
    core::Result<bool> hasActiveFaceConsent(qint64 residentId) const;

    // Residents living here on `today` without active face consent, for whom
    // some entitled door reads none of their credentials usable at `at`.
    // Set-based SQL (no per-resident round trips): fast on 100,000 residents.
    core::Result<int> countViolations(const QDateTime& at, const QDate& today) const;
    core::Result<QList<CoverageViolation>> violations(const QDateTime& at, const QDate& today, int limit,
                                                      int offset = 0) const;

    // Mirrors the invariant into residents.credential_coverage ('covered' /
    // 'uncovered') so the residents list can show and filter it without this
    // query. For one resident (after each credential change, in its
    // transaction) or for everyone (at start-up; time alone can expire a window).
    core::Status refreshCoverageColumn(qint64 residentId, const QDateTime& at, const QDate& today);
    core::Result<int> refreshCoverageColumnForAll(const QDateTime& at, const QDate& today);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cg::storage
