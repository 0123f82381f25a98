#include "services/audittrail.h"

#include "core/clock.h"
#include "security/keyring.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cg::services {

namespace {
// SQLite binds a null QString as NULL; the audit columns are NOT NULL text.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
} // namespace

AuditTrail::AuditTrail(std::shared_ptr<storage::Database> database, std::shared_ptr<security::Keyring> keys,
                       std::shared_ptr<const core::Clock> clock)
    : m_database(std::move(database)), m_keys(std::move(keys)), m_clock(std::move(clock))
{
}

core::Status AuditTrail::record(const core::Actor& actor, const QString& action, const QString& recordType,
                                const QString& recordId, const QJsonObject& details)
{
    QSqlDatabase db = m_database->connection();
    storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();

    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1")))
        return storage::sqlError(last.lastError(), QStringLiteral("audit_log"));
    const qint64 id = last.next() ? last.value(0).toLongLong() + 1 : 1;
    const QByteArray previousMac = last.isValid() ? last.value(1).toByteArray() : QByteArray();

    const QString at = m_clock->nowUtc().toString(Qt::ISODateWithMs);
    const QString detailText = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    // The MAC covers every column and the previous MAC, so editing, deleting,
    // inserting or reordering rows breaks the chain.
    QByteArray message;
    for (const QString& part : {QString::number(id), at, actor.name, QString::number(actor.userId), actor.desk, action,
                                recordType, recordId, detailText}) {
        message += part.toUtf8();
        message += '\x1f';
    }
    message += previousMac;
    const QByteArray mac = m_keys->auditMac(message);

    auto insert = storage::prepare(db, QStringLiteral("INSERT INTO audit_log (id, at, actor, actor_id, desk, action,"
                                                      " record_type, record_id, details, mac)"
                                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const QVariant& v : {QVariant(id), QVariant(at), text(actor.name),
                              actor.isSystem() ? QVariant() : QVariant(actor.userId), text(actor.desk),
                              text(action), text(recordType), text(recordId), text(detailText), QVariant(mac)})
        insert->addBindValue(v);
    if (auto status = storage::exec(*insert); !status)
        return status;
    return tx.commit();
}

} // namespace cg::services
