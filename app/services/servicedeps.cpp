#include "services/servicedeps.h"

#include "core/clock.h"
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "storage/database.h"

#include <QFileInfo>

namespace cg::services {

core::Result<ServiceDeps> ServiceDeps::build(std::shared_ptr<storage::Database> database, const QString& keyDir,
                                             std::shared_ptr<const core::Clock> clock)
{
    const QString dir = keyDir.isEmpty() ? security::Keyring::defaultDirectory() : keyDir;
    auto keys = database->wasCreated() && !QFileInfo::exists(security::Keyring::keyFilePath(dir, database->uuid()))
                    ? security::Keyring::create(dir, database->uuid())
                    : security::Keyring::load(dir, database->uuid());
    if (!keys)
        return keys.error();
    ServiceDeps deps;
    deps.database = std::move(database);
    deps.keys = keys.value();
    deps.clock = clock ? std::move(clock) : std::make_shared<core::SystemClock>();
    deps.audit = std::make_shared<AuditTrail>(deps.database, deps.keys, deps.clock);
    deps.authorizer = std::make_shared<Authorizer>(deps.audit);
    return deps;
}

} // namespace cg::services
