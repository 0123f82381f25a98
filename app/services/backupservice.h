#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "security/backupmanifest.h"
#include "services/servicedeps.h"
#include "storage/snapshotreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace cg::security {
class Keyring;
}

namespace cg::services {

// A backup folder that was opened with its passphrase and checked: every
// part matches its SHA-256, the key export opens, the manifest's MAC is
// right, and the database copy passes integrity_check and is the database
// (and audit head) the manifest names.
struct CheckedBackup
{
    QString folder;
    QString databaseFile;                      // <folder>/database.sqlite
    security::BackupManifest manifest;
    storage::SnapshotFacts facts;              // of the copy
    std::shared_ptr<security::Keyring> keys;   // in memory, from the key export
    std::optional<security::ChainHead> exportHead;
};

// The guided backup (DOMAIN.md: "a backup is the database copy and its key
// together"): a folder with database.sqlite (VACUUM INTO, consistent while
// the console writes), key.cgkey (the master key sealed with a passphrase,
// security::KeyExport) and manifest.json (security::BackupManifest). What it
// writes is read back and checked before it reports success, and the backup
// is audited ("backup.create"; failures "backup.failed").
// Thread-safety: the calling thread's connection.
class BackupService final
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::BackupService)
public:
    explicit BackupService(ServiceDeps deps);

    struct Created
    {
        QString folder;
        security::BackupManifest manifest;
        qint64 bytes = 0;
    };

    // Permission::ManageSettings (administrators). `folder` is created; it
    // must not exist yet or be empty. The passphrase must pass
    // KeyExport::checkStrength.
    core::Result<Created> create(const core::Actor& actor, const QString& folder, const QString& passphrase);

    // "consentgate-backup-YYYYMMDD-HHMMSS" (local time) inside `parent`.
    static QString suggestedFolder(const QString& parent, const QDateTime& now);

    // Reads and checks a backup folder; changes nothing anywhere. A wrong
    // passphrase, a part altered or damaged, or a copy that fails its
    // integrity check is an error saying so (Kind::Key or Storage).
    static core::Result<CheckedBackup> check(const QString& folder, const QString& passphrase);

private:
    core::Result<Created> write(const core::Actor& actor, const QString& folder, const QString& passphrase);

    ServiceDeps m_deps;
};

} // namespace cg::services
