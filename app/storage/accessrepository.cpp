#include "storage/accessrepository.h"

#include "storage/credentialrepository.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cg::storage {

namespace {

using core::Door;
using core::Error;
using core::Result;

const QString kHolderSelect = QStringLiteral(
    "SELECT r.id, r.name, r.role, u.id, u.label, b.id, b.name, c.id, c.name, r.birth_date, r.lease_end, r.move_out,"
    " r.anonymised_at IS NOT NULL FROM residents r JOIN units u ON u.id = r.unit_id"
    " JOIN buildings b ON b.id = u.building_id JOIN compounds c ON c.id = b.compound_id");

Holder readHolder(const QSqlQuery& q)
{
    Holder h;
    h.residentId = q.value(0).toLongLong();
    h.name = q.value(1).toString();
    h.role = q.value(2).toString();
    h.unitId = q.value(3).toLongLong();
    h.unitLabel = q.value(4).toString();
    h.buildingId = q.value(5).toLongLong();
    h.buildingName = q.value(6).toString();
    h.compoundId = q.value(7).toLongLong();
    h.compoundName = q.value(8).toString();
    h.birthDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    h.leaseEnd = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    h.moveOut = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    h.anonymised = q.value(12).toBool();
    return h;
}

const QString kDoorSelect = QStringLiteral("SELECT id, compound_id, building_id, name, kind, accepts_mask FROM doors");

Door readDoor(const QSqlQuery& q)
{
    Door d;
    d.id = q.value(0).toLongLong();
    d.compoundId = q.value(1).toLongLong();
    d.buildingId = q.value(2).toLongLong();
    d.name = q.value(3).toString();
    d.kind = core::doorKindFromKey(q.value(4).toString());
    d.acceptsMask = q.value(5).toInt();
    return d;
}

// Residents in scope, the usable-credential mask of each, and whether some
// entitled door reads none of them. Gates and building doors are separate
// EXISTS branches so each uses its index (an OR would scan every door).
const QString kViolationCore = QStringLiteral(
    " FROM residents r"
    " JOIN units u ON u.id = r.unit_id"
    " JOIN buildings b ON b.id = u.building_id"
    " LEFT JOIN (SELECT resident_id,"
    "   MAX(CASE WHEN type = 'card' THEN 1 ELSE 0 END) + MAX(CASE WHEN type = 'pin' THEN 2 ELSE 0 END)"
    "   + MAX(CASE WHEN type = 'qr' THEN 4 ELSE 0 END) AS mask"
    "   FROM credentials WHERE status = 'active' AND type <> 'visitor' AND valid_from <= :now"
    "   AND (valid_to IS NULL OR valid_to > :now) GROUP BY resident_id) k ON k.resident_id = r.id"
    " WHERE r.anonymised_at IS NULL AND (r.move_out IS NULL OR r.move_out > :today)"
    " AND NOT EXISTS (SELECT 1 FROM face_consent_active f WHERE f.resident_id = r.id)"
    " AND (k.mask IS NULL"
    "  OR EXISTS (SELECT 1 FROM doors d WHERE d.building_id = b.id AND (d.accepts_mask & k.mask) = 0"
    "    AND NOT EXISTS (SELECT 1 FROM entitlement_exceptions x WHERE x.resident_id = r.id AND x.door_id = d.id"
    "      AND x.effect = 'deny' AND (x.valid_from IS NULL OR x.valid_from <= :now) AND (x.valid_to IS NULL OR x.valid_to > :now)))"
    "  OR EXISTS (SELECT 1 FROM doors d WHERE d.compound_id = b.compound_id AND d.building_id IS NULL AND d.kind = 'gate'"
    "    AND (d.accepts_mask & k.mask) = 0"
    "    AND NOT EXISTS (SELECT 1 FROM entitlement_exceptions x WHERE x.resident_id = r.id AND x.door_id = d.id"
    "      AND x.effect = 'deny' AND (x.valid_from IS NULL OR x.valid_from <= :now) AND (x.valid_to IS NULL OR x.valid_to > :now)))"
    "  OR EXISTS (SELECT 1 FROM entitlement_exceptions g JOIN doors d ON d.id = g.door_id WHERE g.resident_id = r.id"
    "    AND g.effect = 'grant' AND (d.accepts_mask & k.mask) = 0"
    "    AND (g.valid_from IS NULL OR g.valid_from <= :now) AND (g.valid_to IS NULL OR g.valid_to > :now)))");

} // namespace

AccessRepository::AccessRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<Holder> AccessRepository::holder(qint64 residentId) const
{
    auto q = prepare(m_database->connection(), kHolderSelect + QStringLiteral(" WHERE r.id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("cg::storage::AccessRepository", "There is no resident %1.").arg(residentId));
    return readHolder(*q);
}

Result<QList<Holder>> AccessRepository::holdersInBuilding(qint64 buildingId, const QDate& livingOn) const
{
    auto q = prepare(m_database->connection(),
                     kHolderSelect + QStringLiteral(" WHERE b.id = ? AND r.anonymised_at IS NULL"
                                                    " AND (r.move_out IS NULL OR r.move_out > ?) ORDER BY u.floor, u.label, r.id"));
    if (!q)
        return q.error();
    q->addBindValue(buildingId);
    q->addBindValue(livingOn.toString(Qt::ISODate));
    if (auto s = exec(*q); !s)
        return s.error();
    QList<Holder> list;
    while (q->next())
        list.append(readHolder(*q));
    return list;
}

Result<QList<BuildingRef>> AccessRepository::buildings() const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT b.id, b.compound_id, b.name, c.name,"
                                    " (SELECT count(*) FROM units u JOIN residents r ON r.unit_id = u.id WHERE u.building_id = b.id)"
                                    " FROM buildings b JOIN compounds c ON c.id = b.compound_id ORDER BY c.id, b.id"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    QList<BuildingRef> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toInt()});
    return list;
}

Result<std::optional<BuildingRef>> AccessRepository::findBuilding(const QString& idOrName) const
{
    auto all = buildings();
    if (!all)
        return all.error();
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    for (const BuildingRef& b : all.value()) {
        if ((numeric && b.id == id) || b.name == idOrName
            || b.compoundName + QLatin1Char(' ') + b.name == idOrName)
            return std::optional<BuildingRef>(b);
    }
    return std::optional<BuildingRef>();
}

Result<std::optional<Door>> AccessRepository::findDoor(const QString& idOrName) const
{
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    if (numeric)
        return door(id);
    auto q = prepare(m_database->connection(), kDoorSelect + QStringLiteral(" WHERE name = ? ORDER BY id LIMIT 1"));
    if (!q)
        return q.error();
    q->addBindValue(idOrName);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return std::optional<Door>();
    return std::optional<Door>(readDoor(*q));
}

Result<std::optional<Door>> AccessRepository::door(qint64 id) const
{
    auto q = prepare(m_database->connection(), kDoorSelect + QStringLiteral(" WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return std::optional<Door>();
    return std::optional<Door>(readDoor(*q));
}

Result<QList<Door>> AccessRepository::doorsOfCompound(qint64 compoundId) const
{
    auto q = prepare(m_database->connection(), kDoorSelect + QStringLiteral(" WHERE compound_id = ? ORDER BY id"));
    if (!q)
        return q.error();
    q->addBindValue(compoundId);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<Door> list;
    while (q->next())
        list.append(readDoor(*q));
    return list;
}

Result<QList<Door>> AccessRepository::allDoors() const
{
    auto q = prepare(m_database->connection(), kDoorSelect + QStringLiteral(" ORDER BY compound_id, id"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    QList<Door> list;
    while (q->next())
        list.append(readDoor(*q));
    return list;
}

core::Status AccessRepository::setDoorAccepts(qint64 doorId, int mask)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("UPDATE doors SET accepts_mask = ?, version = version + 1 WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(mask & core::AcceptsAll);
    q->addBindValue(doorId);
    return exec(*q);
}

Result<QList<qint64>> AccessRepository::unitsByLabel(qint64 compoundId, const QString& label) const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id"
                                    " WHERE b.compound_id = ? AND u.label = ?"));
    if (!q)
        return q.error();
    q->addBindValue(compoundId);
    q->addBindValue(label.trimmed());
    if (auto s = exec(*q); !s)
        return s.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<QList<core::EntitlementException>> AccessRepository::exceptions(qint64 residentId) const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT id, resident_id, door_id, effect, valid_from, valid_to, reason"
                                    " FROM entitlement_exceptions WHERE resident_id = ? ORDER BY id"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<core::EntitlementException> list;
    while (q->next()) {
        core::EntitlementException e;
        e.id = q->value(0).toLongLong();
        e.residentId = q->value(1).toLongLong();
        e.doorId = q->value(2).toLongLong();
        e.grant = q->value(3).toString() == QLatin1String("grant");
        e.validFrom = fromStoredTime(q->value(4));
        e.validTo = fromStoredTime(q->value(5));
        e.reason = q->value(6).toString();
        list.append(e);
    }
    return list;
}

Result<qint64> AccessRepository::addException(const core::EntitlementException& e, const QDateTime& createdAt,
                                              const QString& createdBy)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO entitlement_exceptions (resident_id, door_id, effect, valid_from, valid_to,"
                                    " reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(e.residentId);
    q->addBindValue(e.doorId);
    q->addBindValue(e.grant ? QStringLiteral("grant") : QStringLiteral("deny"));
    q->addBindValue(e.validFrom.isValid() ? QVariant(storedTime(e.validFrom)) : QVariant());
    q->addBindValue(e.validTo.isValid() ? QVariant(storedTime(e.validTo)) : QVariant());
    q->addBindValue(e.reason.isNull() ? QStringLiteral("") : e.reason);
    q->addBindValue(storedTime(createdAt));
    q->addBindValue(createdBy.isNull() ? QStringLiteral("") : createdBy);
    if (auto s = exec(*q); !s)
        return s.error();
    return q->lastInsertId().toLongLong();
}

Result<bool> AccessRepository::hasActiveFaceConsent(qint64 residentId) const
{
    auto q = prepare(m_database->connection(), QStringLiteral("SELECT 1 FROM face_consent_active WHERE resident_id = ? LIMIT 1"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    return q->next();
}

Result<int> AccessRepository::countViolations(const QDateTime& at, const QDate& today) const
{
    auto q = prepare(m_database->connection(), QStringLiteral("SELECT count(*)") + kViolationCore);
    if (!q)
        return q.error();
    q->bindValue(QStringLiteral(":now"), storedTime(at));
    q->bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (auto s = exec(*q); !s)
        return s.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<CoverageViolation>> AccessRepository::violations(const QDateTime& at, const QDate& today, int limit,
                                                              int offset) const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT r.id, r.name, u.label, b.name, COALESCE(k.mask, 0)") + kViolationCore
                         + QStringLiteral(" ORDER BY r.id LIMIT %1 OFFSET %2").arg(std::max(1, limit)).arg(std::max(0, offset)));
    if (!q)
        return q.error();
    q->bindValue(QStringLiteral(":now"), storedTime(at));
    q->bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (auto s = exec(*q); !s)
        return s.error();
    QList<CoverageViolation> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toInt()});
    return list;
}

core::Status AccessRepository::refreshCoverageColumn(qint64 residentId, const QDateTime& at, const QDate& today)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("UPDATE residents SET credential_coverage = CASE WHEN EXISTS (SELECT 1")
                         + kViolationCore
                         + QStringLiteral(" AND r.id = :rid) THEN 'uncovered' ELSE 'covered' END WHERE id = :rid"));
    if (!q)
        return q.error();
    q->bindValue(QStringLiteral(":now"), storedTime(at));
    q->bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    q->bindValue(QStringLiteral(":rid"), residentId);
    return exec(*q);
}

Result<int> AccessRepository::refreshCoverageColumnForAll(const QDateTime& at, const QDate& today)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("UPDATE residents SET credential_coverage = CASE WHEN id IN (SELECT r.id")
                         + kViolationCore
                         + QStringLiteral(") THEN 'uncovered' ELSE 'covered' END"
                                          " WHERE credential_coverage IS NOT (CASE WHEN id IN (SELECT r.id")
                         + kViolationCore + QStringLiteral(") THEN 'uncovered' ELSE 'covered' END)"));
    if (!q)
        return q.error();
    q->bindValue(QStringLiteral(":now"), storedTime(at));
    q->bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (auto s = exec(*q); !s)
        return s.error();
    return q->numRowsAffected();
}

} // namespace cg::storage
