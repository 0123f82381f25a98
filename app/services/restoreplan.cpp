#include "services/restoreplan.h"

#include "core/consent.h"
#include "core/credential.h"
#include "storage/snapshotreader.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace cg::services {

namespace {

QString stamp(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("?");
}

QString methodName(const QString& key)
{
    if (key == QLatin1String("phone"))
        return RestorePlan::tr("by phone");
    if (key == QLatin1String("letter"))
        return RestorePlan::tr("by letter");
    if (key == QLatin1String("paper_scan"))
        return RestorePlan::tr("on paper");
    if (key == QLatin1String("desk_signature"))
        return RestorePlan::tr("signed at the desk");
    if (key == QLatin1String("desk_typed"))
        return RestorePlan::tr("name typed at the desk");
    return RestorePlan::tr("by the system");
}

QString credentialLabel(const storage::SnapshotCredential& c)
{
    if (c.type == QLatin1String("card"))
        return RestorePlan::tr("access card …%1").arg(c.last4);
    if (c.type == QLatin1String("pin"))
        return RestorePlan::tr("PIN #%1").arg(c.id);
    if (c.type == QLatin1String("visitor"))
        return RestorePlan::tr("visitor pass #%1").arg(c.id);
    return RestorePlan::tr("QR code #%1").arg(c.id);
}

// Deletion reasons as stored (deletion_records.reason), in words.
QString reasonName(const QString& key)
{
    if (key == QLatin1String("withdrawn"))
        return RestorePlan::tr("withdrawn");
    if (key == QLatin1String("refused"))
        return RestorePlan::tr("refused");
    if (key == QLatin1String("moved_out"))
        return RestorePlan::tr("moved out");
    if (key == QLatin1String("grace_ended"))
        return RestorePlan::tr("re-consent period ended");
    if (key == QLatin1String("expired"))
        return RestorePlan::tr("consent period ended");
    return key;
}

QString statusName(const QString& key)
{
    const auto status = core::credentialStatusFromKey(key);
    return status ? core::credentialStatusName(*status) : key;
}

bool isLive(const QString& status)
{
    return status == QLatin1String("active") || status == QLatin1String("suspended");
}

} // namespace

QString RestoreDeletion::what() const
{
    switch (kind) {
    case Kind::ConsentEnded:
        if (consentKind == QLatin1String("withdrawn"))
            return RestorePlan::tr("%1: withdrew face consent (%2, %3)").arg(who, methodName(consentMethod), stamp(when));
        if (consentKind == QLatin1String("refused"))
            return RestorePlan::tr("%1: refused face recognition (%2)").arg(who, stamp(when));
        return RestorePlan::tr("%1: face consent ended (%2, %3)")
            .arg(who, reasonName(reason.isEmpty() ? consentKind : reason), stamp(when));
    case Kind::FaceDataDeleted:
        return RestorePlan::tr("%1: face data deleted (%2, %3)").arg(who, reasonName(reason), stamp(when));
    case Kind::MovedOut:
        return RestorePlan::tr("%1: moved out on %2").arg(who, moveOut.toString(Qt::ISODate));
    case Kind::Anonymised:
        return RestorePlan::tr("%1: personal data anonymised (%2)").arg(who, stamp(when));
    case Kind::CredentialRevoked:
        return RestorePlan::tr("%1: %2, now “%3” (%4)").arg(who, credential, statusName(reason), stamp(when));
    }
    return who;
}

QString RestoreDeletion::describe() const
{
    switch (kind) {
    case Kind::ConsentEnded:
    case Kind::FaceDataDeleted:
        return RestorePlan::tr("%1 — face data will be deleted again").arg(what());
    case Kind::MovedOut:
        return RestorePlan::tr("%1 — credentials will be revoked and face data deleted again").arg(what());
    case Kind::Anonymised:
        return RestorePlan::tr("%1 — will be anonymised again").arg(what());
    case Kind::CredentialRevoked:
        return RestorePlan::tr("%1 — will be revoked again").arg(what());
    }
    return what();
}

QString RestoreDeletion::applied() const
{
    return RestorePlan::tr("%1 — applied again").arg(what());
}

bool RestorePlan::currentIsNewer() const
{
    return currentReadable && sameDatabase && (diverged || current.auditTailId > backup.facts.auditTailId);
}

core::Result<RestorePlan> RestorePlan::make(const QString& backupFolder, const QString& passphrase,
                                            const QString& databasePath, const QString& keyDir)
{
    auto checked = BackupService::check(backupFolder, passphrase);
    if (!checked)
        return checked.error();
    RestorePlan plan;
    plan.backup = checked.value();
    plan.databasePath = QFileInfo(databasePath).absoluteFilePath();
    plan.keyDir = keyDir;
    plan.currentExists = QFileInfo::exists(plan.databasePath);

    const QString taken = stamp(plan.backup.manifest.takenAt);
    if (!plan.currentExists) {
        plan.warnings << tr("There is no database at %1, so nothing can be compared with the backup. Deletions made "
                            "after the backup was taken (%2) — withdrawals, move-outs, anonymisations, revoked "
                            "credentials — cannot be known from the backup alone and will NOT be applied again. If "
                            "you have an audit log export made after that time (consentgate audit export), look in it "
                            "for consent.withdrawn, face.deleted, resident.move_out, retention.anonymise and "
                            "credential.revoke entries after %2 and repeat them at once.")
                             .arg(QDir::toNativeSeparators(plan.databasePath), taken);
        return plan;
    }
    auto live = storage::SnapshotReader::open(plan.databasePath);
    std::unique_ptr<storage::SnapshotReader> reader;
    if (live) {
        reader = std::move(live.value());
        auto facts = reader->facts();
        if (facts) {
            plan.currentReadable = true;
            plan.current = facts.value();
        } else {
            plan.currentProblem = facts.error().message;
        }
    } else {
        plan.currentProblem = live.error().message;
    }
    if (!plan.currentReadable) {
        plan.warnings << tr("The file at %1 cannot be read as a ConsentGate database (%2). It will be set aside, not "
                            "deleted. Deletions made after the backup was taken (%3) cannot be known from the backup "
                            "alone; check an audit log export made after that time, if you have one.")
                             .arg(QDir::toNativeSeparators(plan.databasePath), plan.currentProblem, taken);
        return plan;
    }
    plan.sameDatabase = plan.current.uuid == plan.backup.manifest.databaseUuid;
    if (!plan.sameDatabase) {
        plan.warnings << tr("The database at %1 is a different database (ID %2) from the one in the backup (ID %3). It "
                            "will be set aside as a whole; nothing in it is carried over or compared.")
                             .arg(QDir::toNativeSeparators(plan.databasePath), plan.current.uuid,
                                  plan.backup.manifest.databaseUuid);
        plan.losses << tr("All %n resident(s) of the other database.", nullptr, int(plan.current.residents));
        return plan;
    }
    auto backupCopy = storage::SnapshotReader::open(plan.backup.databaseFile);
    if (!backupCopy)
        return backupCopy.error();
    plan.compare(*backupCopy.value(), *reader);
    return plan;
}

void RestorePlan::compare(const storage::SnapshotReader& backupCopy, const storage::SnapshotReader& live)
{
    const qint64 head = backup.facts.auditTailId;
    if (head > 0 && current.auditTailId < head) {
        // The database at the path is an older state than the backup: there
        // is nothing deleted "after the backup" in it to look for.
        warnings << tr("The current database is OLDER than the backup (its audit log ends at entry %1, the backup's at "
                       "%2).")
                        .arg(current.auditTailId)
                        .arg(head);
        return;
    }
    if (head > 0) {
        auto mac = live.auditMacAt(head);
        diverged = !mac || !mac->has_value() || mac->value() != backup.facts.auditTailMac;
    }
    if (diverged)
        warnings << tr("The current database's audit log does not continue the backup's (it was itself restored or "
                       "altered since). Differences are compared record by record.");
    if (current.auditTailId > head && !diverged)
        losses << tr("%n audit log entry(ies) written after the backup (kept in the set-aside database file).", nullptr,
                     int(current.auditTailId - head));

    auto rb = backupCopy.residents();
    auto rc = live.residents();
    auto eb = backupCopy.enrolmentsByResident();
    auto ec = live.enrolmentsByResident();
    auto lb = backupCopy.latestConsents();
    auto lc = live.latestConsents();
    auto cb = backupCopy.credentials();
    auto cc = live.credentials();
    auto dc = live.latestDeletions();
    if (!rb || !rc || !eb || !ec || !lb || !lc || !cb || !cc || !dc) {
        warnings << tr("The backup and the current database could not be compared record by record; deletions made "
                       "after the backup cannot be listed.");
        return;
    }

    int newResidents = 0;
    for (auto it = rc->cbegin(); it != rc->cend(); ++it)
        newResidents += rb->contains(it.key()) ? 0 : 1;
    if (newResidents > 0)
        losses << tr("%n resident(s) registered after the backup.", nullptr, newResidents);
    const qint64 newEvents = current.maxConsentEventId - backup.facts.maxConsentEventId;
    if (newEvents > 0)
        losses << tr("%n consent decision(s) recorded after the backup (the deletions among them are applied again).",
                     nullptr, int(newEvents));
    int newCredentials = 0;
    for (auto it = cc->cbegin(); it != cc->cend(); ++it)
        newCredentials += cb->contains(it.key()) ? 0 : 1;
    if (newCredentials > 0)
        losses << tr("%n credential(s) issued after the backup; they stop working and must be issued again.", nullptr,
                     newCredentials);
    int newEnrolments = 0;
    QSet<qint64> liveEnrolments;
    for (auto it = ec->cbegin(); it != ec->cend(); ++it) {
        for (qint64 id : it.value())
            liveEnrolments.insert(id);
    }
    QSet<qint64> backupEnrolments;
    for (auto it = eb->cbegin(); it != eb->cend(); ++it) {
        for (qint64 id : it.value())
            backupEnrolments.insert(id);
    }
    for (qint64 id : std::as_const(liveEnrolments))
        newEnrolments += backupEnrolments.contains(id) ? 0 : 1;
    if (newEnrolments > 0)
        losses << tr("%n face enrolment(s) made after the backup.", nullptr, newEnrolments);

    QList<qint64> ids = rb->keys();
    std::sort(ids.begin(), ids.end());
    QSet<qint64> coveredResidents;   // moved out or anonymised: their hooks revoke every credential
    for (qint64 id : std::as_const(ids)) {
        const storage::SnapshotResident& before = (*rb)[id];
        const storage::SnapshotResident now = rc->value(id);
        const bool missing = !rc->contains(id);
        const bool anonymisedSince = (missing || now.anonymised) && !before.anonymised;
        RestoreDeletion base;
        base.residentId = id;
        base.who = anonymisedSince ? tr("resident #%1 (%2)").arg(id).arg(before.unitKey)
                                   : tr("%1 (%2, #%3)").arg(before.name, before.unitKey).arg(id);
        const bool movedOutSince = !before.moveOut.isValid() && now.moveOut.isValid();
        if (movedOutSince) {
            RestoreDeletion d = base;
            d.kind = RestoreDeletion::Kind::MovedOut;
            d.moveOut = now.moveOut;
            deletions << d;
            coveredResidents.insert(id);
        }
        if (!movedOutSince) {
            const QList<qint64> held = eb->value(id);
            bool faceGone = false;
            for (qint64 e : held)
                faceGone = faceGone || !liveEnrolments.contains(e);
            const storage::SnapshotConsent consentBefore = lb->value(id);
            const storage::SnapshotConsent consentNow = lc->value(id);
            const bool grantedBefore = consentBefore.kind == QLatin1String("granted");
            const bool endedSince = grantedBefore && consentNow.eventId != consentBefore.eventId
                                    && consentNow.kind != QLatin1String("granted");
            const storage::SnapshotDeletion deletion = dc->value(id);
            if (endedSince) {
                RestoreDeletion d = base;
                d.kind = RestoreDeletion::Kind::ConsentEnded;
                d.consentKind = consentNow.kind;
                d.consentMethod = consentNow.method;
                d.receivedOn = consentNow.receivedOn;
                d.when = consentNow.at;
                d.reason = deletion.reason;
                deletions << d;
            } else if (faceGone || (grantedBefore && consentNow.eventId != consentBefore.eventId)) {
                // Withdrawn and given again after the backup: the grant in the
                // backup was ended; the new one is not in it.
                RestoreDeletion d = base;
                d.kind = RestoreDeletion::Kind::FaceDataDeleted;
                d.reason = deletion.reason.isEmpty() ? QStringLiteral("withdrawn") : deletion.reason;
                d.when = deletion.at;
                deletions << d;
            }
        }
        if (anonymisedSince) {
            RestoreDeletion d = base;
            d.kind = RestoreDeletion::Kind::Anonymised;
            d.when = now.anonymisedAt;
            deletions << d;
            coveredResidents.insert(id);
        }
    }
    QList<qint64> credentialIds = cb->keys();
    std::sort(credentialIds.begin(), credentialIds.end());
    for (qint64 id : std::as_const(credentialIds)) {
        const storage::SnapshotCredential& before = (*cb)[id];
        if (!isLive(before.status) || coveredResidents.contains(before.residentId))
            continue;
        const bool exists = cc->contains(id);
        const storage::SnapshotCredential now = cc->value(id);
        if (exists && isLive(now.status))
            continue;
        const storage::SnapshotResident holder = rb->value(before.residentId);
        RestoreDeletion d;
        d.kind = RestoreDeletion::Kind::CredentialRevoked;
        d.residentId = before.residentId;
        d.who = tr("%1 (%2, #%3)").arg(holder.name, holder.unitKey).arg(holder.id);
        d.credentialId = id;
        d.credential = credentialLabel(before);
        d.reason = exists ? now.status : QStringLiteral("revoked");
        d.when = now.statusChangedAt;
        deletions << d;
    }
}

QString RestorePlan::summary() const
{
    QStringList lines;
    const security::BackupManifest& m = backup.manifest;
    lines << tr("Backup: %1").arg(QDir::toNativeSeparators(backup.folder));
    lines << tr("  database %1, schema version %2, taken %3 by %4, %n audit entries, %5 residents", nullptr,
                int(backup.facts.auditEntries))
                 .arg(m.databaseUuid)
                 .arg(m.schemaVersion)
                 .arg(stamp(m.takenAt), m.takenBy)
                 .arg(backup.facts.residents);
    lines << tr("  checked: every part matches its SHA-256, the key opens with the passphrase, the copy passes the "
                "integrity check.");
    if (!currentExists)
        lines << tr("Target: %1 (no database there yet)").arg(QDir::toNativeSeparators(databasePath));
    else if (currentReadable)
        lines << tr("Target: %1 — an existing database (ID %2, %n audit entries, last change %3); it will be set aside, "
                    "not deleted.",
                    nullptr, int(current.auditEntries))
                     .arg(QDir::toNativeSeparators(databasePath), current.uuid, stamp(current.auditTailAt));
    else
        lines << tr("Target: %1 — an unreadable file; it will be set aside, not deleted.")
                     .arg(QDir::toNativeSeparators(databasePath));
    if (currentIsNewer())
        lines << QString() << tr("The current database is NEWER than the backup.");
    for (const QString& w : warnings)
        lines << tr("Warning: %1").arg(w);
    if (!losses.isEmpty()) {
        lines << QString() << tr("Restoring loses what only the current database holds:");
        for (const QString& l : losses)
            lines << QStringLiteral("  - ") + l;
    }
    if (currentReadable && sameDatabase) {
        lines << QString();
        if (deletions.isEmpty()) {
            lines << tr("Deleted after the backup was taken: nothing (no withdrawal, move-out, anonymisation or revoked "
                        "credential to apply again).");
        } else {
            lines << tr("Deleted after the backup was taken — the backup still holds this data; each deletion is "
                        "applied again to the restored database:");
            for (const RestoreDeletion& d : deletions)
                lines << QStringLiteral("  - ") + d.describe();
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cg::services
