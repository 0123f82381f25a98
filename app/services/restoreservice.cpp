#include "services/restoreservice.h"

#include "core/actor.h"
#include "core/clock.h"
#include "security/chainhead.h"
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/consentmoveouthook.h"
#include "services/consentservice.h"
#include "services/credentialalternativeaccess.h"
#include "services/credentialmoveouthook.h"
#include "services/credentialservice.h"
#include "services/moveoutservice.h"
#include "services/noticeservice.h"
#include "services/retentionservice.h"
#include "services/servicedeps.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <unistd.h>

namespace cg::services {

namespace {

const QStringList kSideSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

core::Error restoreError(const QString& message, const QString& code, core::Error::Kind kind = core::Error::Kind::Io)
{
    return core::Error::make(kind, message, code);
}

void syncFile(const QString& path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        ::fsync(f.handle());
}

// Renames the database and its -wal/-shm files together (SQLite finds the
// journal by name, so the set-aside copy stays complete and openable).
bool moveDatabase(const QString& from, const QString& to)
{
    QStringList moved;
    for (const QString& suffix : kSideSuffixes) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        if (!QFile::rename(from + suffix, to + suffix)) {
            for (const QString& back : std::as_const(moved))
                QFile::rename(to + back, from + back);
            return false;
        }
        moved << suffix;
    }
    return true;
}

core::ConsentKind kindOf(const QString& key)
{
    return core::consentKindFromKey(key).value_or(core::ConsentKind::Expired);
}

// Applies the plan's deletions to the restored database through the services
// that own them, in an order where later steps find earlier ones done.
void reapply(const ServiceDeps& deps, const RestorePlan& plan, RestoreService::Report& report)
{
    const core::Actor actor = core::Actor::system();
    auto notices = std::make_shared<NoticeService>(deps);
    auto consent = std::make_shared<ConsentService>(deps, notices);
    consent->setAlternativeAccess(std::make_shared<CredentialAlternativeAccess>(deps));
    auto moveOut = std::make_shared<MoveOutService>(deps);
    moveOut->registerHook(std::make_shared<CredentialMoveOutHook>(deps));
    moveOut->registerHook(std::make_shared<ConsentMoveOutHook>(consent));
    RetentionService retention(deps, moveOut);
    CredentialService credentials(deps);

    const QString taken = plan.backup.manifest.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString note = RestoreService::tr("Applied again after restoring the backup of %1").arg(taken);
    const auto outcome = [&](const RestoreDeletion& d, const core::Status& status) {
        if (status) {
            report.reapplied << d.applied();
            return;
        }
        report.failures << RestoreService::tr("%1 — NOT applied: %2").arg(d.what(), status.error().message);
        (void)deps.audit->record(actor, QStringLiteral("backup.restore_reapply_failed"), QStringLiteral("resident"),
                                 QString::number(d.residentId),
                                 QJsonObject{{QStringLiteral("kind"), int(d.kind)},
                                             {QStringLiteral("credential_id"), d.credentialId},
                                             {QStringLiteral("error"), status.error().message}});
    };
    const auto statusOf = [](const auto& result) {
        return result ? core::Status() : core::Status(result.error());
    };
    using Kind = RestoreDeletion::Kind;
    for (const Kind pass : {Kind::MovedOut, Kind::Anonymised, Kind::ConsentEnded, Kind::FaceDataDeleted,
                            Kind::CredentialRevoked}) {
        for (const RestoreDeletion& d : plan.deletions) {
            if (d.kind != pass)
                continue;
            switch (d.kind) {
            case Kind::MovedOut:
                outcome(d, statusOf(moveOut->moveOut(actor, {d.residentId}, d.moveOut, note)));
                break;
            case Kind::Anonymised:
                outcome(d, retention.anonymiseResident(actor, d.residentId, note));
                break;
            case Kind::ConsentEnded: {
                const QString reason = d.consentKind == QLatin1String("expired") && !d.reason.isEmpty() ? d.reason
                                                                                                         : d.consentKind;
                outcome(d, statusOf(consent->reapplyEnd(actor, d.residentId, kindOf(d.consentKind), d.receivedOn, note,
                                                        reason)));
                break;
            }
            case Kind::FaceDataDeleted:
                outcome(d, statusOf(consent->reapplyEnd(actor, d.residentId,
                                                        d.reason == QLatin1String("withdrawn") ? core::ConsentKind::Withdrawn
                                                                                               : core::ConsentKind::Expired,
                                                        {}, note, d.reason)));
                break;
            case Kind::CredentialRevoked: {
                auto c = credentials.credential(actor, d.credentialId);
                if (c && c->status != core::CredentialStatus::Active && c->status != core::CredentialStatus::Suspended) {
                    report.reapplied << d.applied();   // already done by an earlier step
                    break;
                }
                outcome(d, credentials.revoke(actor, d.credentialId, note + QStringLiteral(" (") + d.reason
                                                                         + QLatin1Char(')')));
                break;
            }
            }
        }
    }
}

} // namespace

QString RestoreService::Report::summary() const
{
    QStringList lines;
    lines << tr("Restored to %1.").arg(QDir::toNativeSeparators(databasePath));
    if (!setAside.isEmpty())
        lines << tr("The database that was there is kept as %1.").arg(QDir::toNativeSeparators(setAside));
    if (!keySetAside.isEmpty())
        lines << tr("The key file that was there is kept as %1.").arg(QDir::toNativeSeparators(keySetAside));
    if (!reapplied.isEmpty()) {
        lines << QString() << tr("Deletions applied again (%n):", nullptr, int(reapplied.size()));
        for (const QString& l : reapplied)
            lines << QStringLiteral("  - ") + l;
    }
    if (!failures.isEmpty()) {
        lines << QString() << tr("Deletions that could NOT be applied again — do them by hand now (%n):", nullptr, int(failures.size()));
        for (const QString& l : failures)
            lines << QStringLiteral("  - ") + l;
    }
    lines << QString() << (auditIntact ? tr("Audit log verified: %n entries, chain intact.", nullptr, int(auditEntries))
                          : tr("Audit log verification FAILED after the restore."));
    return lines.join(QLatin1Char('\n'));
}

core::Result<RestoreService::Report> RestoreService::apply(const RestorePlan& plan, bool confirmed,
                                                           const QString& requestedBy,
                                                           std::shared_ptr<const core::Clock> clock)
{
    if (!clock)
        clock = std::make_shared<core::SystemClock>();
    const QString path = plan.databasePath;
    const QString uuid = plan.backup.manifest.databaseUuid;
    if (plan.needsConfirmation() && !confirmed)
        return restoreError(tr("A database already exists at %1; restoring would replace it. Review what would be lost "
                               "and confirm (on the command line: --force).")
                                .arg(QDir::toNativeSeparators(path)),
                            QStringLiteral("restore.confirm"), core::Error::Kind::Conflict);
    // The decision was made on what the plan showed: refuse if the database
    // moved on (or appeared) since.
    if (QFileInfo::exists(path) != plan.currentExists)
        return restoreError(tr("The database at %1 changed while the restore was being prepared. Start again.")
                                .arg(QDir::toNativeSeparators(path)),
                            QStringLiteral("restore.changed"), core::Error::Kind::Conflict);
    if (plan.currentReadable) {
        auto again = storage::SnapshotReader::open(path);
        auto facts = again ? again.value()->facts() : core::Result<storage::SnapshotFacts>(again.error());
        if (!facts || facts->auditTailId != plan.current.auditTailId || facts->uuid != plan.current.uuid)
            return restoreError(tr("The database at %1 changed while the restore was being prepared. Start again.")
                                    .arg(QDir::toNativeSeparators(path)),
                                QStringLiteral("restore.changed"), core::Error::Kind::Conflict);
    }

    Report report;
    report.databasePath = path;
    const QString stampText = clock->nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return restoreError(tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()), QStringLiteral("restore.io"));

    // 1. The database: set the current one aside, copy the backup in place.
    if (plan.currentExists) {
        report.setAside = path + QStringLiteral(".before-restore-") + stampText;
        if (!moveDatabase(path, report.setAside))
            return restoreError(tr("Cannot move the current database %1 aside; nothing was changed.").arg(path),
                                QStringLiteral("restore.io"));
    }
    const auto undo = [&] {
        QFile::remove(path);
        if (!report.setAside.isEmpty())
            moveDatabase(report.setAside, path);
    };
    const QString incoming = path + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(plan.backup.databaseFile, incoming)
        || !QFile::setPermissions(incoming, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        QFile::remove(incoming);
        undo();
        return restoreError(tr("Cannot copy the backup to %1; nothing was changed.").arg(path), QStringLiteral("restore.io"));
    }
    syncFile(incoming);
    if (::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(incoming);
        undo();
        return restoreError(tr("Cannot put the backup in place at %1; nothing was changed.").arg(path),
                            QStringLiteral("restore.io"));
    }

    // 2. The key: kept when it is the same key, otherwise set aside and replaced.
    const QString dir = plan.keyDir.isEmpty() ? security::Keyring::defaultDirectory() : plan.keyDir;
    const QString keyPath = security::Keyring::keyFilePath(dir, uuid);
    bool keyInPlace = false;
    if (QFileInfo::exists(keyPath)) {
        auto existing = security::Keyring::load(dir, uuid);
        keyInPlace = existing && existing.value()->keyCheckValue() == plan.backup.keys->keyCheckValue();
        if (!keyInPlace) {
            report.keySetAside = keyPath + QStringLiteral(".replaced-") + stampText;
            if (!QFile::rename(keyPath, report.keySetAside)) {
                undo();
                return restoreError(tr("Cannot move the key file %1 aside; nothing was changed.").arg(keyPath),
                                    QStringLiteral("restore.io"), core::Error::Kind::Key);
            }
        }
    }
    if (!keyInPlace) {
        QByteArray master = plan.backup.keys->exportMasterKey();
        auto imported = security::Keyring::importMasterKey(dir, uuid, master, false);
        master.fill('\0');
        if (!imported) {
            if (!report.keySetAside.isEmpty())
                QFile::rename(report.keySetAside, keyPath);
            undo();
            return imported.error();
        }
    }

    // 3. The chain head: the restored log ends at the copy's newest entry.
    // (The lost entries stay verifiable in the set-aside file, whose own
    // head is recorded in the restore's audit entry.)
    const QString headPath = QDir(dir).filePath(uuid + QStringLiteral(".head"));
    if (plan.backup.facts.auditTailId > 0) {
        if (auto s = security::ChainHeadFile::write(
                headPath, uuid, security::ChainHead{plan.backup.facts.auditTailId, plan.backup.facts.auditTailMac});
            !s)
            return s.error();
    } else {
        QFile::remove(headPath);
    }

    // 4. Open the restored database as the console would, and apply the
    // deletions made after the backup again.
    auto opened = storage::Database::open(path);
    if (!opened)
        return opened.error();
    auto deps = ServiceDeps::build(opened.value(), dir, clock);
    if (!deps)
        return deps.error();
    const core::Actor actor = core::Actor::system();
    QJsonObject details{{QStringLiteral("requested_by"), requestedBy},
                        {QStringLiteral("backup_folder"), QDir::toNativeSeparators(plan.backup.folder)},
                        {QStringLiteral("taken_at"), plan.backup.manifest.takenAt.toString(Qt::ISODate)},
                        {QStringLiteral("backup_audit_head"), plan.backup.facts.auditTailId},
                        {QStringLiteral("deletions_to_reapply"), int(plan.deletions.size())},
                        {QStringLiteral("compared_with_current"), plan.currentReadable && plan.sameDatabase}};
    if (plan.currentReadable) {
        details.insert(QStringLiteral("replaced_audit_head"), plan.current.auditTailId);
        details.insert(QStringLiteral("replaced_database_uuid"), plan.current.uuid);
    }
    if (!report.setAside.isEmpty())
        details.insert(QStringLiteral("set_aside"), QFileInfo(report.setAside).fileName());
    if (auto s = deps->audit->record(actor, QStringLiteral("backup.restore"), QStringLiteral("database"), uuid, details); !s)
        return s.error();
    reapply(deps.value(), plan, report);
    if (auto s = deps->audit->record(actor, QStringLiteral("backup.restore_completed"), QStringLiteral("database"), uuid,
                                     QJsonObject{{QStringLiteral("reapplied"), int(report.reapplied.size())},
                                                 {QStringLiteral("failed"), int(report.failures.size())}});
        !s)
        return s.error();
    auto verified = deps->audit->verify();
    if (verified) {
        report.auditIntact = verified->intact;
        report.auditEntries = verified->entries;
    }
    return report;
}

} // namespace cg::services
