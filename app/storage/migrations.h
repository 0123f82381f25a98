#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cg::storage {

// One schema step. QSQLITE runs one statement per exec(), so a migration is an
// ordered list of single statements, applied together in one transaction.
struct Migration
{
    int version = 0;
    QStringList statements;
};

// All migrations in ascending version order (schema.cpp). To change the schema,
// append a migration with the next version; never edit a published one.
const QList<Migration>& migrations();
int latestSchemaVersion();

// The oldest application version that can open a database at `schemaVersion`.
// Stored in the database so an older build refuses a newer file clearly.
QString minimumAppVersionFor(int schemaVersion);

} // namespace cg::storage
