#pragma once

#include "core/result.h"
#include "security/chainhead.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cg::security {

class Keyring;

// One file of a backup folder and its SHA-256.
struct BackupFile
{
    QString name;
    QByteArray sha256;      // raw 32 bytes
    qint64 size = 0;
};

// manifest.json of a backup folder ("consentgate backup --with-key"): what the
// backup is (database UUID, schema version, when it was taken, the audit chain
// head inside the copy) and the SHA-256 of every part. The manifest carries a
// MAC made with the database key, so whoever edits a part and its hash
// without the key is still caught: the restore checks the MAC once the key
// export has been opened with the passphrase. Value type; thread-safe.
struct BackupManifest
{
    static constexpr int kFormat = 1;
    static QString manifestFileName() { return QStringLiteral("manifest.json"); }
    static QString databaseFileName() { return QStringLiteral("database.sqlite"); }
    static QString keyFileName() { return QStringLiteral("key.cgkey"); }

    int format = kFormat;
    QString databaseUuid;
    int schemaVersion = 0;
    QString appVersion;
    QDateTime takenAt;                  // UTC
    QString takenBy;                    // actor name
    std::optional<ChainHead> head;      // newest audit entry inside the copy
    QList<BackupFile> files;

    const BackupFile* file(const QString& name) const;

    // The manifest's bytes, MAC included.
    QByteArray toJson(const Keyring& keys) const;
    // Reads the fields; Kind::Key error ("backup.manifest") when it is not a manifest.
    static core::Result<BackupManifest> parse(const QByteArray& json);
    // True when `json` carries a valid MAC made with `keys`.
    static bool macMatches(const QByteArray& json, const Keyring& keys);

    // SHA-256 of a file's content; an Io error when it cannot be read.
    static core::Result<QByteArray> sha256Of(const QString& path);
};

} // namespace cg::security
