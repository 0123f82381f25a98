#include "services/facedataeraser.h"

#include "core/clock.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QJsonArray>

namespace cg::services {

FaceDataEraser::FaceDataEraser(ServiceDeps deps) : m_deps(std::move(deps)), m_enrolments(m_deps.database)
{
}

core::Result<storage::DeletionRecord> FaceDataEraser::erase(const core::Actor& actor, qint64 residentId,
                                                            const QString& reason, qint64 eventId,
                                                            const QDateTime& requestedAt, bool alwaysRecord)
{
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto devices = m_enrolments.devicesHolding(residentId);
    if (!devices)
        return devices.error();
    auto purged = m_enrolments.purge(residentId);
    if (!purged)
        return purged.error();
    storage::DeletionRecord record;
    record.residentId = residentId;
    record.reason = reason;
    record.consentEventId = eventId;
    record.at = m_deps.clock->nowUtc();
    record.requestedAt = requestedAt.isValid() ? requestedAt : record.at;
    record.actor = actor.name;
    record.actorId = actor.userId;
    record.imagesDeleted = purged->images;
    record.templatesDeleted = purged->templates;
    record.devicesQueued = int(devices->size());
    if (!alwaysRecord && record.imagesDeleted == 0 && record.devicesQueued == 0) {
        if (auto s = tx.commit(); !s)
            return s.error();
        return record;   // nothing held: nothing to record
    }
    auto id = m_enrolments.insertDeletion(record, {{QStringLiteral("devices"), QJsonArray::fromStringList(devices.value())}});
    if (!id)
        return id.error();
    record.id = id.value();
    for (const QString& device : devices.value()) {
        if (auto s = m_enrolments.queueDeviceDeletion(record.id, residentId, device, record.at); !s)
            return s.error();
    }
    if (auto s = m_deps.audit->record(actor, QStringLiteral("face.deleted"), QStringLiteral("resident"),
                                      QString::number(residentId),
                                      {{QStringLiteral("reason"), reason},
                                       {QStringLiteral("deletion_id"), record.id},
                                       {QStringLiteral("images"), record.imagesDeleted},
                                       {QStringLiteral("templates"), record.templatesDeleted},
                                       {QStringLiteral("devices_queued"), record.devicesQueued}});
        !s)
        return s.error();
    if (record.imagesDeleted > 0) {
        // Push the zeroed pages out of the WAL too, so the file keeps no copy.
        tx.onCommitted([db = m_deps.database] {
            (void)storage::execSql(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        });
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return record;
}

core::Result<QList<storage::DeletionRecord>> FaceDataEraser::deletions(const core::Actor& actor, qint64 residentId)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewResidents); !s)
        return s.error();
    return m_enrolments.deletions(residentId);
}

core::Result<QList<storage::DeviceDeletion>> FaceDataEraser::pendingDeviceDeletions(const core::Actor& actor)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewResidents); !s)
        return s.error();
    return m_enrolments.pendingDeviceDeletions();
}

core::Status FaceDataEraser::confirmDeviceDeletion(const core::Actor& actor, qint64 queueId)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ManageDevices); !s)
        return s;
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_enrolments.confirmDeviceDeletion(queueId, m_deps.clock->nowUtc(), actor.name); !s)
        return s;
    if (auto s = m_deps.audit->record(actor, QStringLiteral("face.device_deletion_confirmed"),
                                      QStringLiteral("device_deletion"), QString::number(queueId));
        !s)
        return s;
    return tx.commit();
}

} // namespace cg::services
