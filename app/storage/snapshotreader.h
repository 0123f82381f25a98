#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace cg::storage {

// What a backup (or the live database) holds, as far as restoring needs to
// know: identity, the audit tail, and the state that deletions change.
struct SnapshotFacts
{
    QString uuid;
    QString keyCheck;              // meta key_check: which key belongs to it
    int schemaVersion = 0;
    qint64 auditTailId = 0;        // 0 when the log is empty
    QByteArray auditTailMac;
    QDateTime auditTailAt;         // time of the newest audit entry
    qint64 auditEntries = 0;
    qint64 residents = 0;
    qint64 consentEvents = 0;
    qint64 credentials = 0;
    qint64 faceEnrolments = 0;
    qint64 maxResidentId = 0;
    qint64 maxConsentEventId = 0;
    qint64 maxCredentialId = 0;
};

struct SnapshotResident
{
    qint64 id = 0;
    QString name;
    QString unitKey;
    QDate moveIn;
    QDate moveOut;
    bool anonymised = false;
    QDateTime anonymisedAt;
};

// The newest consent event of one resident.
struct SnapshotConsent
{
    qint64 eventId = 0;
    QString kind;                  // granted, refused, withdrawn, expired
    QString method;
    QDateTime at;
    QDate receivedOn;
};

struct SnapshotCredential
{
    qint64 id = 0;
    qint64 residentId = 0;
    QString type;                  // card, pin, qr, visitor
    QString status;                // active, suspended, revoked, lost, expired
    QString last4;
    QDateTime statusChangedAt;
    QString statusReason;
};

// The newest deletion record of one resident.
struct SnapshotDeletion
{
    qint64 id = 0;
    QString reason;
    QDateTime at;
};

// Reads a ConsentGate database file without changing a byte of it: a file
// with no -wal/-shm beside it is opened as immutable (no locks, no side
// files), otherwise read-only so pages still in the WAL are seen (the live
// database while the console runs). Used to verify a backup copy and to
// compare a backup with the database it would replace.
// Thread-safety: use from the thread that opened it.
class SnapshotReader final
{
public:
    static core::Result<std::unique_ptr<SnapshotReader>> open(const QString& path);
    ~SnapshotReader();
    SnapshotReader(const SnapshotReader&) = delete;
    SnapshotReader& operator=(const SnapshotReader&) = delete;

    QString path() const { return m_path; }

    // PRAGMA integrity_check: "ok", or the first problems found.
    core::Result<QString> integrityCheck() const;
    core::Result<SnapshotFacts> facts() const;
    // The MAC of audit entry `id`, or nullopt when the log has no such entry.
    core::Result<std::optional<QByteArray>> auditMacAt(qint64 id) const;

    core::Result<QHash<qint64, SnapshotResident>> residents() const;
    core::Result<QHash<qint64, QList<qint64>>> enrolmentsByResident() const;
    core::Result<QHash<qint64, SnapshotConsent>> latestConsents() const;
    core::Result<QHash<qint64, SnapshotCredential>> credentials() const;
    core::Result<QHash<qint64, SnapshotDeletion>> latestDeletions() const;

private:
    explicit SnapshotReader(QString path, QString connection);
    QString m_path;
    QString m_connection;
};

} // namespace cg::storage
