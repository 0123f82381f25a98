#include "storage/devicerepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace cg::storage {

namespace {

using core::Result;
using core::Status;

// cameras.recording (schema v7) is a leftover: the console records nothing,
// so it is neither read nor offered, and every save writes 0.
const QString kCameraSelect = QStringLiteral(
    "SELECT id, name, kind, location, user_sealed, password_sealed, face_recognition, version FROM cameras");

CameraRow readCamera(const QSqlQuery& q)
{
    CameraRow row;
    row.camera.id = q.value(0).toLongLong();
    row.camera.name = q.value(1).toString();
    row.camera.kind = q.value(2).toString();
    row.camera.location = q.value(3).toString();
    row.userSealed = q.value(4).toByteArray();
    row.passwordSealed = q.value(5).toByteArray();
    row.camera.faceRecognition = q.value(6).toBool();
    row.camera.version = q.value(7).toInt();
    return row;
}

const QString kDoorSelect = QStringLiteral(
    "SELECT d.id, d.name, d.kind, coalesce(d.building_id, 0), coalesce(b.name, ''), d.accepts_mask, d.face_reader,"
    " coalesce(d.camera_id, 0), d.signage_text, d.signage_date, d.signage_photo, d.private_space, d.version"
    " FROM doors d LEFT JOIN buildings b ON b.id = d.building_id");

core::DoorSetup readDoor(const QSqlQuery& q)
{
    core::DoorSetup d;
    d.doorId = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.kind = q.value(2).toString();
    d.buildingId = q.value(3).toLongLong();
    d.buildingName = q.value(4).toString();
    d.acceptsMask = q.value(5).toInt();
    d.faceReader = q.value(6).toBool();
    d.cameraId = q.value(7).toLongLong();
    d.signageText = q.value(8).toString();
    d.signageDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    d.signagePhoto = q.value(10).toByteArray();
    d.privateSpace = q.value(11).toBool();
    d.version = q.value(12).toInt();
    return d;
}

QVariant nullable(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

core::Error conflict(const QString& what)
{
    return core::Error::make(core::Error::Kind::Conflict,
                             QCoreApplication::translate("cg::storage::DeviceRepository",
                                                         "%1 was changed by someone else meanwhile: reload and try again.")
                                 .arg(what),
                             QStringLiteral("device.version"));
}

} // namespace

DeviceRepository::DeviceRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<QList<CameraRow>> DeviceRepository::cameras() const
{
    auto q = prepare(m_database->connection(), kCameraSelect + QStringLiteral(" ORDER BY name"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    QList<CameraRow> out;
    while (q->next())
        out.append(readCamera(*q));
    return out;
}

Result<std::optional<CameraRow>> DeviceRepository::camera(qint64 id) const
{
    auto q = prepare(m_database->connection(), kCameraSelect + QStringLiteral(" WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return std::optional<CameraRow>();
    return std::optional<CameraRow>(readCamera(*q));
}

Result<qint64> DeviceRepository::insertCamera(const CameraRow& row, const QDateTime& now)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO cameras (name, kind, location, face_recognition, created_at,"
                                    " updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    q->addBindValue(row.camera.name);
    q->addBindValue(row.camera.kind);
    q->addBindValue(row.camera.location);
    q->addBindValue(row.camera.faceRecognition ? 1 : 0);
    q->addBindValue(at);
    q->addBindValue(at);
    if (auto s = exec(*q); !s)
        return s.error();
    return q->lastInsertId().toLongLong();
}

Status DeviceRepository::updateCamera(const CameraRow& row, const QDateTime& now)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("UPDATE cameras SET name = ?, kind = ?, location = ?, user_sealed = ?, password_sealed = ?,"
                                    " recording = 0, face_recognition = ?, updated_at = ?, version = version + 1"
                                    " WHERE id = ? AND version = ?"));
    if (!q)
        return q.error();
    q->addBindValue(row.camera.name);
    q->addBindValue(row.camera.kind);
    q->addBindValue(row.camera.location);
    q->addBindValue(nullable(row.userSealed));
    q->addBindValue(nullable(row.passwordSealed));
    q->addBindValue(row.camera.faceRecognition ? 1 : 0);
    q->addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    q->addBindValue(row.camera.id);
    q->addBindValue(row.camera.version);
    if (auto s = exec(*q); !s)
        return s;
    if (q->numRowsAffected() != 1)
        return conflict(row.camera.name);
    return {};
}

Status DeviceRepository::deleteCamera(qint64 id)
{
    const QSqlDatabase db = m_database->connection();
    auto unlink = prepare(db, QStringLiteral("UPDATE doors SET camera_id = NULL, version = version + 1 WHERE camera_id = ?"));
    if (!unlink)
        return unlink.error();
    unlink->addBindValue(id);
    if (auto s = exec(*unlink); !s)
        return s;
    auto q = prepare(db, QStringLiteral("DELETE FROM cameras WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    return exec(*q);
}

Result<QList<core::DoorSetup>> DeviceRepository::doors() const
{
    auto q = prepare(m_database->connection(), kDoorSelect + QStringLiteral(" ORDER BY coalesce(b.name, ''), d.name"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    QList<core::DoorSetup> out;
    while (q->next())
        out.append(readDoor(*q));
    return out;
}

Result<std::optional<core::DoorSetup>> DeviceRepository::door(qint64 id) const
{
    auto q = prepare(m_database->connection(), kDoorSelect + QStringLiteral(" WHERE d.id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return std::optional<core::DoorSetup>();
    return std::optional<core::DoorSetup>(readDoor(*q));
}

Result<QList<core::DoorSetup>> DeviceRepository::doorsWatchedBy(qint64 cameraId) const
{
    auto q = prepare(m_database->connection(), kDoorSelect + QStringLiteral(" WHERE d.camera_id = ? ORDER BY d.name"));
    if (!q)
        return q.error();
    q->addBindValue(cameraId);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<core::DoorSetup> out;
    while (q->next())
        out.append(readDoor(*q));
    return out;
}

Status DeviceRepository::updateDoor(const core::DoorSetup& d)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("UPDATE doors SET accepts_mask = ?, face_reader = ?, camera_id = ?, signage_text = ?,"
                                    " signage_date = ?, signage_photo = ?, private_space = ?, version = version + 1"
                                    " WHERE id = ? AND version = ?"));
    if (!q)
        return q.error();
    q->addBindValue(d.acceptsMask);
    q->addBindValue(d.faceReader ? 1 : 0);
    q->addBindValue(d.cameraId > 0 ? QVariant(d.cameraId) : QVariant(QMetaType(QMetaType::LongLong)));
    q->addBindValue(d.signageText);
    q->addBindValue(d.signageDate.isValid() ? QVariant(d.signageDate.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
    q->addBindValue(nullable(d.signagePhoto));
    q->addBindValue(d.privateSpace ? 1 : 0);
    q->addBindValue(d.doorId);
    q->addBindValue(d.version);
    if (auto s = exec(*q); !s)
        return s;
    if (q->numRowsAffected() != 1)
        return conflict(d.name);
    return {};
}

Result<QList<OptedOutResident>> DeviceRepository::optedOutAt(qint64 doorId, int limit) const
{
    // A gate (no building) serves every building of its compound.
    auto q = prepare(m_database->connection(),
                     QStringLiteral(
                         "SELECT r.id, r.name, u.label, b.name,"
                         " (SELECT group_concat(c.type || ':' || coalesce(c.card_last4, ''), ',')"
                         "   FROM credentials c WHERE c.resident_id = r.id AND c.status = 'active')"
                         " FROM doors d"
                         " JOIN buildings b ON (d.building_id IS NOT NULL AND b.id = d.building_id)"
                         "   OR (d.building_id IS NULL AND b.compound_id = d.compound_id)"
                         " JOIN units u ON u.building_id = b.id"
                         " JOIN residents r ON r.unit_id = u.id"
                         " WHERE d.id = ? AND r.anonymised_at IS NULL"
                         "   AND (r.move_out IS NULL OR r.move_out > date('now'))"
                         "   AND r.id NOT IN (SELECT resident_id FROM face_consent_active)"
                         " ORDER BY r.unit_sort, r.name LIMIT ?"));
    if (!q)
        return q.error();
    q->addBindValue(doorId);
    q->addBindValue(limit);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<OptedOutResident> out;
    while (q->next()) {
        OptedOutResident r;
        r.residentId = q->value(0).toLongLong();
        r.name = q->value(1).toString();
        r.unitLabel = q->value(2).toString();
        r.buildingName = q->value(3).toString();
        // "type:last4" pairs joined by commas; neither part can hold ':' or ','.
        const QStringList held = q->value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& pair : held)
            r.credentials.append(HeldCredential{pair.section(QLatin1Char(':'), 0, 0), pair.section(QLatin1Char(':'), 1)});
        out.append(r);
    }
    return out;
}

Result<QList<DoorEvent>> DeviceRepository::eventsAt(qint64 doorId, qint64 afterId, int limit) const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT e.id, e.at, e.presented_kind, e.presented_masked, e.result, e.reason,"
                                    " coalesce(e.resident_id, 0), coalesce(r.name, ''), coalesce(u.label, ''),"
                                    " e.resident_id IS NOT NULL AND e.resident_id NOT IN (SELECT resident_id FROM face_consent_active)"
                                    " FROM credential_events e LEFT JOIN residents r ON r.id = e.resident_id"
                                    " LEFT JOIN units u ON u.id = r.unit_id"
                                    " WHERE e.door_id = ? AND e.id > ? ORDER BY e.id DESC LIMIT ?"));
    if (!q)
        return q.error();
    q->addBindValue(doorId);
    q->addBindValue(afterId);
    q->addBindValue(limit);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<DoorEvent> out;
    while (q->next()) {
        DoorEvent e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.presentedKind = q->value(2).toString();
        e.presentedMasked = q->value(3).toString();
        e.allowed = q->value(4).toString() == QLatin1String("allowed");
        e.reason = q->value(5).toString();
        e.residentId = q->value(6).toLongLong();
        e.residentName = q->value(7).toString();
        e.unitLabel = q->value(8).toString();
        e.optedOut = q->value(9).toBool();
        out.append(e);
    }
    return out;
}

} // namespace cg::storage
