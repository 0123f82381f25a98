#pragma once

#include "core/result.h"

#include <memory>

namespace cg::core {
class Clock;
}
namespace cg::storage {
class Database;
}
namespace cg::security {
class Keyring;
}

namespace cg::services {

class AuditTrail;
class Authorizer;

// What every service needs, handed in through constructors by main.cpp (no
// singletons). Cheap to copy: shared pointers only.
struct ServiceDeps
{
    std::shared_ptr<storage::Database> database;
    std::shared_ptr<security::Keyring> keys;
    std::shared_ptr<const core::Clock> clock;
    std::shared_ptr<AuditTrail> audit;
    std::shared_ptr<Authorizer> authorizer;

    // Loads the database's keys from `keyDir` (the default key folder when
    // empty) — creating them for a database that was just created — and
    // builds the audit trail and authorizer. A missing or foreign key is a
    // Kind::Key error (CLI exit code 3).
    static core::Result<ServiceDeps> build(std::shared_ptr<storage::Database> database, const QString& keyDir,
                                           std::shared_ptr<const core::Clock> clock);
};

} // namespace cg::services
