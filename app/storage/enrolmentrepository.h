#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace cg::storage {

class Database;

struct FaceEnrolmentInfo
{
    qint64 id = 0;
    qint64 residentId = 0;
    qint64 consentEventId = 0;
    int width = 0;
    int height = 0;
    QJsonObject quality;
    QString source;           // "file" or "camera"
    QDateTime createdAt;
    QString createdBy;
};

struct DeletionRecord
{
    qint64 id = 0;
    qint64 residentId = 0;
    QString reason;           // refused, withdrawn, expired, grace_ended, moved_out
    qint64 consentEventId = 0;
    QDateTime at;             // when the data was deleted (UTC)
    QDateTime requestedAt;    // when the resident asked (phone/letter date, or at)
    QString actor;
    qint64 actorId = 0;
    int imagesDeleted = 0;
    int templatesDeleted = 0;
    int devicesQueued = 0;
};

struct DeviceDeletion
{
    qint64 id = 0;
    qint64 deletionId = 0;
    qint64 residentId = 0;
    QString residentName;
    QString device;
    QDateTime queuedAt;
    QDateTime confirmedAt;    // invalid while pending
    QString confirmedBy;
};

// Sealed face crops, which devices hold copies, the append-only deletion
// records and the per-device deletion queue. Callers own the transaction.
class EnrolmentRepository final
{
public:
    explicit EnrolmentRepository(std::shared_ptr<Database> database);

    // Like ConsentRepository::nextEventId: only inside a write transaction.
    core::Result<qint64> nextEnrolmentId() const;
    core::Status insertEnrolment(const FaceEnrolmentInfo& info, const QByteArray& cropSealed);
    core::Result<QList<FaceEnrolmentInfo>> enrolments(qint64 residentId) const;
    core::Result<QByteArray> sealedCrop(qint64 enrolmentId) const;
    core::Result<FaceEnrolmentInfo> enrolmentById(qint64 enrolmentId) const;   // NotFound when gone
    core::Result<int> countEnrolledResidents() const;     // distinct people with face data

    core::Status recordCopy(qint64 enrolmentId, const QString& device, const QDateTime& at);
    core::Result<QStringList> devicesHolding(qint64 residentId) const;

    struct Purged
    {
        int images = 0;
        int templates = 0;
    };
    // Deletes every enrolment (crop and template) and copy row of a resident.
    // secure_delete overwrites the freed pages so no ciphertext lingers in the file.
    core::Result<Purged> purge(qint64 residentId);

    core::Result<qint64> insertDeletion(const DeletionRecord& record, const QJsonObject& details);
    core::Result<QList<DeletionRecord>> deletions(qint64 residentId) const;
    core::Status queueDeviceDeletion(qint64 deletionId, qint64 residentId, const QString& device, const QDateTime& at);
    core::Result<QList<DeviceDeletion>> pendingDeviceDeletions() const;       // oldest first
    core::Status confirmDeviceDeletion(qint64 queueId, const QDateTime& at, const QString& by);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cg::storage
