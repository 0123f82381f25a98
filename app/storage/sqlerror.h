#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace cg::storage {

// Small helpers so repositories turn every SQL failure into a Storage error
// value instead of a silent false.
core::Error sqlError(const QSqlError& error, const QString& what);

// Prepares `sql` on `db`; binds nothing.
core::Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& sql);

// Executes an already prepared and bound query.
core::Status exec(QSqlQuery& query);

// Prepares and executes a statement without parameters.
core::Status execSql(const QSqlDatabase& db, const QString& sql);

} // namespace cg::storage
