#pragma once

#include "core/result.h"
#include "services/backupservice.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cg::services {

// A deletion made after the backup was taken, which restoring the backup
// would undo unless it is applied again.
struct RestoreDeletion
{
    enum class Kind {
        ConsentEnded,       // withdrawn, refused or expired: consent closed, face data deleted
        FaceDataDeleted,    // face data deleted while the consent stayed (or was given again)
        MovedOut,           // move-out: credentials revoked, face data deleted
        Anonymised,         // retention: personal data removed
        CredentialRevoked,  // revoked, reported lost or expired
    };
    Kind kind = Kind::ConsentEnded;
    qint64 residentId = 0;
    QString who;                 // name and unit as in the backup; "#id" when anonymised since
    qint64 credentialId = 0;
    QString credential;          // e.g. "card …1234"
    QDateTime when;              // when it happened in the current database (when known)
    QString consentKind;         // ConsentEnded: withdrawn, refused, expired
    QString consentMethod;       // how the withdrawal arrived
    QDate receivedOn;
    QString reason;              // deletion reason / credential status
    QDate moveOut;               // MovedOut

    QString what() const;        // what happened, translated
    QString describe() const;    // what happened and what restoring will do (one line)
    QString applied() const;     // what happened, "applied again"
};

// What restoring a backup over a database path would do, decided before
// anything is changed: what the backup is, what exists at the path, what
// would be lost, and which deletions must be applied again.
struct RestorePlan
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::RestorePlan)
public:
    CheckedBackup backup;
    QString databasePath;
    QString keyDir;

    bool currentExists = false;
    bool currentReadable = false;      // a ConsentGate database this build can read
    bool sameDatabase = false;         // same UUID as the backup
    bool diverged = false;             // its audit chain does not continue the backup's
    storage::SnapshotFacts current;    // when readable
    QString currentProblem;            // why it could not be read

    QList<RestoreDeletion> deletions;  // to apply again after restoring
    QStringList losses;                // what only the current database holds
    QStringList warnings;

    // Any existing database is replaced only with explicit confirmation.
    bool needsConfirmation() const { return currentExists; }
    bool currentIsNewer() const;

    // Reads the backup (passphrase) and whatever is at `databasePath`;
    // changes nothing.
    static core::Result<RestorePlan> make(const QString& backupFolder, const QString& passphrase,
                                          const QString& databasePath, const QString& keyDir);

    // The whole plan in words, for the terminal and the dialog.
    QString summary() const;

private:
    void compare(const storage::SnapshotReader& backupCopy, const storage::SnapshotReader& live);
};

} // namespace cg::services
