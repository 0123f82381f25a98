#include "services/servicedeps.h"

#include "core/clock.h"
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "storage/database.h"

#include "storage/metastore.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cg::services {

namespace {

// The key file is found by the database UUID; the check value stored in the
// database proves it is the right key and not another one under that name
// (a restored folder from another installation, a mixed-up import).
core::Status checkKey(const std::shared_ptr<storage::Database>& database, const security::Keyring& keys)
{
    storage::MetaStore meta(database);
    auto stored = meta.value(QStringLiteral("key_check"));
    if (!stored)
        return stored.error();
    if (!stored->has_value()) {
        // First use of this key with this database (or a database from before
        // check values): remember it.
        auto inserted = meta.insertIfAbsent(QStringLiteral("key_check"), keys.keyCheckValue());
        return inserted ? core::Status() : core::Status(inserted.error());
    }
    if (**stored != keys.keyCheckValue())
        return core::Error::make(
            core::Error::Kind::Key,
            QCoreApplication::translate("cg::services::ServiceDeps",
                                        "The key file %1 is not the key of this database (its check value %2 "
                                        "does not match %3 stored in the database). Encrypted data and the audit "
                                        "log cannot be read with it. Import the right key with “consentgate key "
                                        "import --replace” from a key export of this database.")
                .arg(keys.filePath(), keys.keyCheckValue().left(8), stored->value().left(8)),
            QStringLiteral("key.wrong"));
    return {};
}

} // namespace

core::Result<ServiceDeps> ServiceDeps::build(std::shared_ptr<storage::Database> database, const QString& keyDir,
                                             std::shared_ptr<const core::Clock> clock)
{
    const QString dir = keyDir.isEmpty() ? security::Keyring::defaultDirectory() : keyDir;
    auto keys = database->wasCreated() && !QFileInfo::exists(security::Keyring::keyFilePath(dir, database->uuid()))
                    ? security::Keyring::create(dir, database->uuid())
                    : security::Keyring::load(dir, database->uuid());
    if (!keys)
        return keys.error();
    if (auto status = checkKey(database, *keys.value()); !status)
        return status.error();
    ServiceDeps deps;
    deps.database = std::move(database);
    deps.keys = keys.value();
    deps.clock = clock ? std::move(clock) : std::make_shared<core::SystemClock>();
    deps.audit = std::make_shared<AuditTrail>(deps.database, deps.keys, deps.clock);
    deps.authorizer = std::make_shared<Authorizer>(deps.audit, std::make_shared<storage::UserRepository>(deps.database));
    return deps;
}

} // namespace cg::services
