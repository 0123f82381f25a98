#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QJsonObject>

#include <memory>

namespace cg::storage {
class Database;
}
namespace cg::security {
class Keyring;
}
namespace cg::core {
class Clock;
}

namespace cg::services {

// The append-only, HMAC-chained audit log (DOMAIN.md rule 7). record() joins
// the caller's open transaction when there is one, so a change and its audit
// entry commit or roll back together.
// Thread-safety: call from the thread whose connection you use.
class AuditTrail final
{
public:
    AuditTrail(std::shared_ptr<storage::Database> database, std::shared_ptr<security::Keyring> keys,
               std::shared_ptr<const core::Clock> clock);

    // action: a stable key such as "resident.update", "signin.failed",
    // "resident.read_full_id", "export.residents". details: non-sensitive
    // facts only (before/after of non-sensitive fields, counts, reasons).
    core::Status record(const core::Actor& actor, const QString& action, const QString& recordType = {},
                        const QString& recordId = {}, const QJsonObject& details = {});

private:
    std::shared_ptr<storage::Database> m_database;
    std::shared_ptr<security::Keyring> m_keys;
    std::shared_ptr<const core::Clock> m_clock;
};

} // namespace cg::services
