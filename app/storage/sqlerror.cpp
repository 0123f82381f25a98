#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cg::storage {

core::Error sqlError(const QSqlError& error, const QString& what)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QString code = QStringLiteral("sql");
    if (text.contains(QLatin1String("UNIQUE constraint")))
        code = QStringLiteral("sql.unique");
    else if (text.contains(QLatin1String("FOREIGN KEY")))
        code = QStringLiteral("sql.foreign_key");
    else if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        code = QStringLiteral("sql.readonly");
    return core::Error::make(core::Error::Kind::Storage,
                             QCoreApplication::translate("cg::storage", "Database error (%1): %2")
                                 .arg(what, text),
                             code);
}

core::Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), sql.left(60));
    return query;
}

core::Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return sqlError(query.lastError(), query.lastQuery().left(60));
    return {};
}

core::Status execSql(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(query.lastError(), sql.left(60));
    return {};
}

} // namespace cg::storage
