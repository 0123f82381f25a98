#include "storage/migrations.h"

namespace cg::storage {

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

QString minimumAppVersionFor(int schemaVersion)
{
    // Every schema so far is readable by 0.1.0; raise this when a migration
    // makes a database unusable for older builds.
    Q_UNUSED(schemaVersion);
    return QStringLiteral("0.1.0");
}

} // namespace cg::storage
