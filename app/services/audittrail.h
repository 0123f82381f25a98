#pragma once

#include "core/actor.h"
#include "core/auditentry.h"
#include "core/result.h"

#include <QJsonObject>

#include <memory>

namespace cg::storage {
class Database;
class AuditRepository;
}
namespace cg::security {
class Keyring;
}
namespace cg::core {
class Clock;
}

namespace cg::services {

// What AuditTrail::verify() found. `intact` is false at the first broken
// entry, which `brokenId` and `problem` (translated) name.
struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;        // entries checked
    qint64 lastId = 0;         // newest entry checked
    qint64 brokenId = 0;       // first broken (or missing) entry; 0 when intact
    QString problem;           // why, in words an inspector understands
    bool headFound = false;    // a chain head exists in the key folder
    qint64 headId = 0;
    QString warning;           // e.g. no chain head yet: truncation undetectable
};

// The append-only, HMAC-chained audit log (DOMAIN.md rule 7). record() joins
// the caller's open transaction when there is one, so a change and its audit
// entry commit or roll back together; after the outermost commit the chain
// head in the key folder (security/chainhead.h) moves to the new entry.
// Thread-safety: call from the thread whose connection you use.
class AuditTrail final
{
public:
    AuditTrail(std::shared_ptr<storage::Database> database, std::shared_ptr<security::Keyring> keys,
               std::shared_ptr<const core::Clock> clock);
    ~AuditTrail();

    // action: a stable key such as "resident.update", "signin.failed",
    // "resident.read_full_id", "export.residents". details: non-sensitive
    // facts only (before/after of non-sensitive fields, counts, reasons).
    core::Status record(const core::Actor& actor, const QString& action, const QString& recordType = {},
                        const QString& recordId = {}, const QJsonObject& details = {});

    // Like record(), but the entry survives a rollback of the caller's open
    // transaction: it is written once that transaction has ended (at once if
    // none is open). For refusals and failed sign-ins, which must be kept
    // even when the surrounding work is abandoned.
    void recordDetached(const core::Actor& actor, const QString& action, const QString& recordType = {},
                        const QString& recordId = {}, const QJsonObject& details = {});

    // Walks the whole chain (constant memory) and checks every MAC, the id
    // sequence and the chain head. Detects edited, deleted, reordered and
    // inserted entries and a log cut below the head, even with triggers dropped.
    core::Result<AuditVerification> verify() const;

    // The MAC input of an entry: every column, length-prefixed so no choice
    // of text can shift one field into the next, chained to `previousMac`.
    static QByteArray macMessage(const QString& databaseUuid, const core::AuditEntry& entry,
                                 const QByteArray& previousMac);

    std::shared_ptr<storage::AuditRepository> repository() const { return m_repository; }

private:
    std::shared_ptr<storage::Database> m_database;
    std::shared_ptr<security::Keyring> m_keys;
    std::shared_ptr<const core::Clock> m_clock;
    std::shared_ptr<storage::AuditRepository> m_repository;
};

} // namespace cg::services
