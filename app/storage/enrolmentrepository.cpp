#include "storage/enrolmentrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cg::storage {

namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QDateTime utc(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

EnrolmentRepository::EnrolmentRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

core::Result<qint64> EnrolmentRepository::nextEnrolmentId() const
{
    // MAX over the sqlite_sequence-less table may reuse a deleted id; the
    // associated data also names the resident, so a reused id cannot open
    // another resident's crop.
    auto q = prepare(m_database->connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM face_enrolments"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    q->next();
    return q->value(0).toLongLong();
}

core::Status EnrolmentRepository::insertEnrolment(const FaceEnrolmentInfo& info, const QByteArray& cropSealed)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO face_enrolments (id, resident_id, consent_event_id, crop_sealed, width,"
                                    " height, quality, source, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(info.id);
    q->addBindValue(info.residentId);
    q->addBindValue(info.consentEventId);
    q->addBindValue(cropSealed);
    q->addBindValue(info.width);
    q->addBindValue(info.height);
    q->addBindValue(json(info.quality));
    q->addBindValue(info.source);
    q->addBindValue(iso(info.createdAt));
    q->addBindValue(info.createdBy);
    return exec(*q);
}

namespace {
FaceEnrolmentInfo readInfo(const QSqlQuery* q)
{
    FaceEnrolmentInfo i;
    i.id = q->value(0).toLongLong();
    i.residentId = q->value(1).toLongLong();
    i.consentEventId = q->value(2).toLongLong();
    i.width = q->value(3).toInt();
    i.height = q->value(4).toInt();
    i.quality = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
    i.source = q->value(6).toString();
    i.createdAt = utc(q->value(7));
    i.createdBy = q->value(8).toString();
    return i;
}
const QString kInfoSelect = QStringLiteral("SELECT id, resident_id, consent_event_id, width, height, quality, source,"
                                           " created_at, created_by FROM face_enrolments ");
} // namespace

core::Result<FaceEnrolmentInfo> EnrolmentRepository::enrolmentById(qint64 enrolmentId) const
{
    auto q = prepare(m_database->connection(), kInfoSelect + QStringLiteral("WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(enrolmentId);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return core::Error::make(core::Error::Kind::NotFound,
                                 QCoreApplication::translate("cg::storage::EnrolmentRepository",
                                                             "That face enrolment no longer exists."));
    return readInfo(&*q);
}

core::Result<QList<FaceEnrolmentInfo>> EnrolmentRepository::enrolments(qint64 residentId) const
{
    auto q = prepare(m_database->connection(), kInfoSelect + QStringLiteral("WHERE resident_id = ? ORDER BY id"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<FaceEnrolmentInfo> list;
    while (q->next()) {
        list.append(readInfo(&*q));
    }
    return list;
}

core::Result<QByteArray> EnrolmentRepository::sealedCrop(qint64 enrolmentId) const
{
    auto q = prepare(m_database->connection(), QStringLiteral("SELECT crop_sealed FROM face_enrolments WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(enrolmentId);
    if (auto s = exec(*q); !s)
        return s.error();
    return q->next() ? q->value(0).toByteArray() : QByteArray();
}

core::Result<int> EnrolmentRepository::countEnrolledResidents() const
{
    auto q = prepare(m_database->connection(), QStringLiteral("SELECT COUNT(DISTINCT resident_id) FROM face_enrolments"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    q->next();
    return q->value(0).toInt();
}

core::Status EnrolmentRepository::recordCopy(qint64 enrolmentId, const QString& device, const QDateTime& at)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO face_copies (enrolment_id, resident_id, device, copied_at)"
                                    " SELECT id, resident_id, ?, ? FROM face_enrolments WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(device);
    q->addBindValue(iso(at));
    q->addBindValue(enrolmentId);
    return exec(*q);
}

core::Result<QStringList> EnrolmentRepository::devicesHolding(qint64 residentId) const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT DISTINCT device FROM face_copies WHERE resident_id = ? ORDER BY device"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    QStringList list;
    while (q->next())
        list.append(q->value(0).toString());
    return list;
}

core::Result<EnrolmentRepository::Purged> EnrolmentRepository::purge(qint64 residentId)
{
    QSqlDatabase db = m_database->connection();
    // Per connection, allowed inside a transaction: freed pages are zeroed.
    if (auto s = execSql(db, QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return s.error();
    Purged purged;
    auto count = prepare(db, QStringLiteral("SELECT COUNT(*), COUNT(template_sealed) FROM face_enrolments WHERE resident_id = ?"));
    if (!count)
        return count.error();
    count->addBindValue(residentId);
    if (auto s = exec(*count); !s)
        return s.error();
    count->next();
    purged.images = count->value(0).toInt();
    purged.templates = count->value(1).toInt();
    for (const QString& sql : {QStringLiteral("DELETE FROM face_copies WHERE resident_id = ?"),
                               QStringLiteral("DELETE FROM face_enrolments WHERE resident_id = ?")}) {
        auto q = prepare(db, sql);
        if (!q)
            return q.error();
        q->addBindValue(residentId);
        if (auto s = exec(*q); !s)
            return s.error();
    }
    return purged;
}

core::Result<qint64> EnrolmentRepository::insertDeletion(const DeletionRecord& r, const QJsonObject& details)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO deletion_records (resident_id, reason, consent_event_id, at, actor, actor_id,"
                                    " images_deleted, templates_deleted, devices_queued, requested_at, details)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(r.residentId);
    q->addBindValue(r.reason);
    q->addBindValue(r.consentEventId ? QVariant(r.consentEventId) : QVariant(QMetaType(QMetaType::LongLong)));
    q->addBindValue(iso(r.at));
    q->addBindValue(r.actor);
    q->addBindValue(r.actorId ? QVariant(r.actorId) : QVariant(QMetaType(QMetaType::LongLong)));
    q->addBindValue(r.imagesDeleted);
    q->addBindValue(r.templatesDeleted);
    q->addBindValue(r.devicesQueued);
    q->addBindValue(iso(r.requestedAt.isValid() ? r.requestedAt : r.at));
    q->addBindValue(json(details));
    if (auto s = exec(*q); !s)
        return s.error();
    return q->lastInsertId().toLongLong();
}

core::Result<QList<DeletionRecord>> EnrolmentRepository::deletions(qint64 residentId) const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT id, resident_id, reason, consent_event_id, at, actor, actor_id, images_deleted,"
                                    " templates_deleted, devices_queued, requested_at FROM deletion_records"
                                    " WHERE resident_id = ? ORDER BY id"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<DeletionRecord> list;
    while (q->next()) {
        DeletionRecord r;
        r.id = q->value(0).toLongLong();
        r.residentId = q->value(1).toLongLong();
        r.reason = q->value(2).toString();
        r.consentEventId = q->value(3).toLongLong();
        r.at = utc(q->value(4));
        r.actor = q->value(5).toString();
        r.actorId = q->value(6).toLongLong();
        r.imagesDeleted = q->value(7).toInt();
        r.templatesDeleted = q->value(8).toInt();
        r.devicesQueued = q->value(9).toInt();
        r.requestedAt = utc(q->value(10));
        list.append(r);
    }
    return list;
}

core::Status EnrolmentRepository::queueDeviceDeletion(qint64 deletionId, qint64 residentId, const QString& device,
                                                      const QDateTime& at)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO device_deletion_queue (deletion_id, resident_id, device, queued_at)"
                                    " VALUES (?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(deletionId);
    q->addBindValue(residentId);
    q->addBindValue(device);
    q->addBindValue(iso(at));
    return exec(*q);
}

core::Result<QList<DeviceDeletion>> EnrolmentRepository::pendingDeviceDeletions() const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT d.id, d.deletion_id, d.resident_id, r.name, d.device, d.queued_at"
                                    " FROM device_deletion_queue d JOIN residents r ON r.id = d.resident_id"
                                    " WHERE d.confirmed_at IS NULL ORDER BY d.queued_at, d.id"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    QList<DeviceDeletion> list;
    while (q->next()) {
        DeviceDeletion d;
        d.id = q->value(0).toLongLong();
        d.deletionId = q->value(1).toLongLong();
        d.residentId = q->value(2).toLongLong();
        d.residentName = q->value(3).toString();
        d.device = q->value(4).toString();
        d.queuedAt = utc(q->value(5));
        list.append(d);
    }
    return list;
}

core::Status EnrolmentRepository::confirmDeviceDeletion(qint64 queueId, const QDateTime& at, const QString& by)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("UPDATE device_deletion_queue SET confirmed_at = ?, confirmed_by = ?, version = version + 1"
                                    " WHERE id = ? AND confirmed_at IS NULL"));
    if (!q)
        return q.error();
    q->addBindValue(iso(at));
    q->addBindValue(by);
    q->addBindValue(queueId);
    if (auto s = exec(*q); !s)
        return s;
    if (q->numRowsAffected() != 1)
        return core::Error::make(core::Error::Kind::NotFound,
                                 QCoreApplication::translate("cg::storage::EnrolmentRepository",
                                                             "That device deletion is not pending (already confirmed?)."));
    return {};
}

} // namespace cg::storage
