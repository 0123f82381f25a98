#include "services/backupservice.h"

#include "core/clock.h"
#include "security/keyexport.h"
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>

namespace cg::services {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

core::Error backupError(const QString& message, const QString& code, core::Error::Kind kind = core::Error::Kind::Io)
{
    return core::Error::make(kind, message, code);
}

// Unqualified on purpose: lupdate misreads "core::Status f(" as a member definition.
using core::Status;

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return backupError(BackupService::tr("Cannot write %1: %2").arg(path, file.errorString()), QStringLiteral("backup.io"));
    file.setPermissions(kOwnerOnly);
    file.write(bytes);
    if (!file.commit())
        return backupError(BackupService::tr("Cannot write %1: %2").arg(path, file.errorString()), QStringLiteral("backup.io"));
    return {};
}

core::Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return backupError(BackupService::tr("Cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("backup.io"),
                           core::Error::Kind::Key);
    return file.readAll();
}

} // namespace

BackupService::BackupService(ServiceDeps deps) : m_deps(std::move(deps)) {}

QString BackupService::suggestedFolder(const QString& parent, const QDateTime& now)
{
    return QDir(parent).filePath(QStringLiteral("consentgate-backup-")
                                 + now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

core::Result<BackupService::Created> BackupService::create(const core::Actor& actor, const QString& folder,
                                                           const QString& passphrase)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ManageSettings, QStringLiteral("database"),
                                            m_deps.database->uuid());
        !s)
        return s.error();
    if (auto s = security::KeyExport::checkStrength(passphrase); !s)
        return s.error();
    const QString dir = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(dir).exists() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return core::Error::invalid(QStringLiteral("out"),
                                    tr("The folder %1 is not empty; choose a new or empty folder for the backup.").arg(dir));
    const bool existed = QFileInfo(dir).exists();
    auto created = write(actor, dir, passphrase);
    if (!created) {
        // Leave no half-written backup that could be mistaken for a good one.
        for (const QString& name : {security::BackupManifest::manifestFileName(), security::BackupManifest::keyFileName(),
                                    security::BackupManifest::databaseFileName()})
            QFile::remove(QDir(dir).filePath(name));
        if (!existed)
            QDir().rmdir(dir);
        m_deps.audit->recordDetached(actor, QStringLiteral("backup.failed"), QStringLiteral("database"),
                                     m_deps.database->uuid(),
                                     QJsonObject{{QStringLiteral("folder"), QFileInfo(dir).fileName()},
                                                 {QStringLiteral("reason"), created.error().message}});
        return created.error();
    }
    if (auto s = m_deps.audit->record(
            actor, QStringLiteral("backup.create"), QStringLiteral("database"), m_deps.database->uuid(),
            QJsonObject{{QStringLiteral("folder"), QDir::toNativeSeparators(dir)},
                        {QStringLiteral("taken_at"), created->manifest.takenAt.toString(Qt::ISODate)},
                        {QStringLiteral("schema_version"), created->manifest.schemaVersion},
                        {QStringLiteral("audit_head_id"), created->manifest.head ? created->manifest.head->id : 0},
                        {QStringLiteral("database_sha256"),
                         QString::fromLatin1(created->manifest.file(security::BackupManifest::databaseFileName())->sha256.toHex())},
                        {QStringLiteral("with_key"), true},
                        {QStringLiteral("verified"), true}});
        !s)
        return s.error();
    return created;
}

core::Result<BackupService::Created> BackupService::write(const core::Actor& actor, const QString& dir,
                                                          const QString& passphrase)
{
    if (!QDir().mkpath(dir))
        return backupError(tr("Cannot create the folder %1.").arg(dir), QStringLiteral("backup.io"));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString dbFile = QDir(dir).filePath(security::BackupManifest::databaseFileName());
    const QString keyFile = QDir(dir).filePath(security::BackupManifest::keyFileName());
    const QString manifestFile = QDir(dir).filePath(security::BackupManifest::manifestFileName());

    if (auto s = m_deps.database->backupTo(dbFile); !s)
        return s.error();
    // The copy's own facts: the audit head inside it is what the manifest and
    // the key export carry (the live log moves on while this runs).
    storage::SnapshotFacts facts;
    {
        auto copy = storage::SnapshotReader::open(dbFile);
        if (!copy)
            return copy.error();
        auto f = copy.value()->facts();
        if (!f)
            return f.error();
        facts = f.value();
    }
    if (facts.uuid != m_deps.database->uuid())
        return backupError(tr("The copy does not carry this database's ID."), QStringLiteral("backup.verify"),
                           core::Error::Kind::Storage);
    std::optional<security::ChainHead> head;
    if (facts.auditTailId > 0)
        head = security::ChainHead{facts.auditTailId, facts.auditTailMac};
    const QDateTime now = m_deps.clock->nowUtc();
    auto exported = security::KeyExport::protect(*m_deps.keys, passphrase, head, now);
    if (!exported)
        return exported.error();
    if (auto s = writeFile(keyFile, exported.value()); !s)
        return s.error();

    security::BackupManifest manifest;
    manifest.databaseUuid = facts.uuid;
    manifest.schemaVersion = facts.schemaVersion;
    manifest.appVersion = QStringLiteral(CG_VERSION);
    manifest.takenAt = now;
    manifest.takenBy = actor.name;
    manifest.head = head;
    for (const QString& path : {dbFile, keyFile}) {
        auto hash = security::BackupManifest::sha256Of(path);
        if (!hash)
            return hash.error();
        manifest.files.append({QFileInfo(path).fileName(), hash.value(), QFileInfo(path).size()});
    }
    if (auto s = writeFile(manifestFile, manifest.toJson(*m_deps.keys)); !s)
        return s.error();

    // Read back everything as a restore would, with the passphrase.
    auto checked = check(dir, passphrase);
    if (!checked)
        return backupError(tr("The backup was written but does not read back correctly: %1").arg(checked.error().message),
                           QStringLiteral("backup.verify"), core::Error::Kind::Storage);
    if (checked->keys->keyCheckValue() != m_deps.keys->keyCheckValue())
        return backupError(tr("The key in the backup does not match this database's key."), QStringLiteral("backup.verify"),
                           core::Error::Kind::Key);
    Created created;
    created.folder = dir;
    created.manifest = manifest;
    created.bytes = QFileInfo(dbFile).size() + QFileInfo(keyFile).size() + QFileInfo(manifestFile).size();
    return created;
}

core::Result<CheckedBackup> BackupService::check(const QString& folderPath, const QString& passphrase)
{
    CheckedBackup out;
    out.folder = QFileInfo(folderPath).absoluteFilePath();
    const QDir dir(out.folder);
    if (!QFileInfo(out.folder).isDir())
        return backupError(tr("There is no backup folder at %1.").arg(out.folder), QStringLiteral("backup.missing"),
                           core::Error::Kind::Key);
    auto manifestBytes = readFile(dir.filePath(security::BackupManifest::manifestFileName()));
    if (!manifestBytes)
        return backupError(tr("%1 is not a ConsentGate backup folder (no readable manifest.json).").arg(out.folder),
                           QStringLiteral("backup.manifest"), core::Error::Kind::Key);
    auto manifest = security::BackupManifest::parse(manifestBytes.value());
    if (!manifest)
        return manifest.error();
    out.manifest = manifest.value();

    // 1. Every part is what was written.
    for (const security::BackupFile& part : std::as_const(out.manifest.files)) {
        const QString path = dir.filePath(part.name);
        auto hash = security::BackupManifest::sha256Of(path);
        if (!hash)
            return backupError(tr("The backup part %1 is missing or unreadable. Nothing was changed.").arg(part.name),
                               QStringLiteral("backup.part_missing"), core::Error::Kind::Key);
        if (hash.value() != part.sha256 || QFileInfo(path).size() != part.size)
            return backupError(tr("The backup part %1 does not match the SHA-256 recorded when the backup was taken: it "
                                  "was altered or damaged. Nothing was changed.")
                                   .arg(part.name),
                               QStringLiteral("backup.hash_mismatch"), core::Error::Kind::Key);
    }
    // 2. The key opens with the passphrase and belongs to this backup.
    auto keyBytes = readFile(dir.filePath(security::BackupManifest::keyFileName()));
    if (!keyBytes)
        return keyBytes.error();
    auto contents = security::KeyExport::unprotect(keyBytes.value(), passphrase);
    if (!contents)
        return contents.error();
    const auto wipe = qScopeGuard([&contents] { contents.value().wipe(); });
    if (contents->databaseUuid != out.manifest.databaseUuid)
        return backupError(tr("The key in this backup belongs to another database (%1).").arg(contents->databaseUuid),
                           QStringLiteral("backup.key_mismatch"), core::Error::Kind::Key);
    auto keys = security::Keyring::fromMasterKey(contents->databaseUuid, contents->masterKey);
    if (!keys)
        return keys.error();
    out.keys = keys.value();
    out.exportHead = contents->head;
    // 3. Nobody rewrote the manifest (and the hashes in it) without the key.
    if (!security::BackupManifest::macMatches(manifestBytes.value(), *out.keys))
        return backupError(tr("The backup's manifest was altered (its MAC does not match the key). Nothing was changed."),
                           QStringLiteral("backup.manifest_mac"), core::Error::Kind::Key);
    // 4. The copy is a sound database, the one the manifest names.
    out.databaseFile = dir.filePath(security::BackupManifest::databaseFileName());
    auto copy = storage::SnapshotReader::open(out.databaseFile);
    if (!copy)
        return copy.error();
    auto integrity = copy.value()->integrityCheck();
    if (!integrity)
        return integrity.error();
    if (integrity.value() != QLatin1String("ok"))
        return backupError(tr("The database copy in the backup is damaged (integrity check: %1).").arg(integrity.value()),
                           QStringLiteral("backup.corrupt"), core::Error::Kind::Storage);
    auto facts = copy.value()->facts();
    if (!facts)
        return facts.error();
    out.facts = facts.value();
    const qint64 headId = out.manifest.head ? out.manifest.head->id : 0;
    if (out.facts.uuid != out.manifest.databaseUuid || out.facts.auditTailId != headId
        || (out.manifest.head && out.facts.auditTailMac != out.manifest.head->mac)
        || out.facts.schemaVersion != out.manifest.schemaVersion)
        return backupError(tr("The database copy does not match the backup's manifest (ID, schema or audit head)."),
                           QStringLiteral("backup.mismatch"), core::Error::Kind::Key);
    if (!out.facts.keyCheck.isEmpty() && out.facts.keyCheck != out.keys->keyCheckValue())
        return backupError(tr("The key in this backup is not the key of the database copy."),
                           QStringLiteral("backup.key_wrong"), core::Error::Kind::Key);
    return out;
}

} // namespace cg::services
