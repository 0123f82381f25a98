#include "services/audittrail.h"

#include "core/clock.h"
#include "security/chainhead.h"
#include "security/keyring.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtEndian>

namespace cg::services {

namespace {

// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller, which breaks easily).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::AuditTrail)
};

void appendField(QByteArray& out, const QByteArray& field)
{
    const quint32 size = qToBigEndian(quint32(field.size()));
    out.append(reinterpret_cast<const char*>(&size), sizeof size);
    out.append(field);
}

QString describe(const core::AuditEntry& e)
{
    return QCoreApplication::translate("cg::services::AuditTrail", "#%1 (%2, %3, %4)")
        .arg(e.id)
        .arg(e.at.isValid() ? e.at.toString(Qt::ISODate)
                            : QCoreApplication::translate("cg::services::AuditTrail", "no valid time"),
             e.actor, e.action);
}

} // namespace

AuditTrail::AuditTrail(std::shared_ptr<storage::Database> database, std::shared_ptr<security::Keyring> keys,
                       std::shared_ptr<const core::Clock> clock)
    : m_database(std::move(database)),
      m_keys(std::move(keys)),
      m_clock(std::move(clock)),
      m_repository(std::make_shared<storage::AuditRepository>(m_database))
{
}

AuditTrail::~AuditTrail() = default;

QByteArray AuditTrail::macMessage(const QString& databaseUuid, const core::AuditEntry& e, const QByteArray& previousMac)
{
    QByteArray message;
    appendField(message, QByteArrayLiteral("CG-AUDIT-1"));
    appendField(message, databaseUuid.toUtf8());
    appendField(message, QByteArray::number(e.id));
    appendField(message, e.at.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    appendField(message, e.actor.toUtf8());
    appendField(message, QByteArray::number(e.actorId));
    appendField(message, e.desk.toUtf8());
    appendField(message, e.action.toUtf8());
    appendField(message, e.recordType.toUtf8());
    appendField(message, e.recordId.toUtf8());
    appendField(message, e.details.toUtf8());
    appendField(message, previousMac);
    return message;
}

core::Status AuditTrail::record(const core::Actor& actor, const QString& action, const QString& recordType,
                                const QString& recordId, const QJsonObject& details)
{
    storage::Transaction tx(m_database->connection());
    if (!tx.isActive())
        return tx.error();
    // Inside the write transaction: no other writer can append in between.
    auto tail = m_repository->tail();
    if (!tail)
        return tail.error();

    core::AuditEntry entry;
    entry.id = tail->id + 1;
    // Millisecond precision is what the column stores; the MAC must match it.
    const QDateTime now = m_clock->nowUtc().toUTC();
    entry.at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    entry.actor = actor.name;
    entry.actorId = actor.isSystem() ? 0 : actor.userId;
    entry.desk = actor.desk;
    entry.action = action;
    entry.recordType = recordType;
    entry.recordId = recordId;
    entry.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    entry.mac = m_keys->auditMac(macMessage(m_keys->databaseUuid(), entry, tail->mac));
    if (auto status = m_repository->insert(entry); !status)
        return status;

    const QString headPath = m_keys->chainHeadPath();
    if (!headPath.isEmpty()) {
        tx.onCommitted([headPath, uuid = m_keys->databaseUuid(), head = security::ChainHead{entry.id, entry.mac}] {
            // A failure here only lets the head lag; the next entry moves it on.
            if (auto status = security::ChainHeadFile::advance(headPath, uuid, head); !status)
                qWarning("audit chain head not updated: %s", qPrintable(status.error().message));
        });
    }
    return tx.commit();
}

void AuditTrail::recordDetached(const core::Actor& actor, const QString& action, const QString& recordType,
                                const QString& recordId, const QJsonObject& details)
{
    storage::Transaction::afterTransaction(m_database->connection(), [this, actor, action, recordType, recordId, details] {
        if (auto status = record(actor, action, recordType, recordId, details); !status)
            qWarning("audit entry %s not written: %s", qPrintable(action), qPrintable(status.error().message));
    });
}

core::Result<AuditVerification> AuditTrail::verify() const
{
    AuditVerification result;
    std::optional<security::ChainHead> head;
    if (const QString path = m_keys->chainHeadPath(); !path.isEmpty()) {
        auto read = security::ChainHeadFile::read(path, m_keys->databaseUuid());
        if (!read)
            return read.error();
        head = read.value();
    }
    result.headFound = head.has_value();
    result.headId = head ? head->id : 0;

    QByteArray previousMac;
    qint64 expectedId = 1;
    bool headSeen = false;
    const QString uuid = m_keys->databaseUuid();
    auto fail = [&result](qint64 id, const QString& problem) {
        result.intact = false;
        result.brokenId = id;
        result.problem = problem;
        return false;
    };
    auto walked = m_repository->forEach({}, [&](const core::AuditEntry& e) {
        ++result.entries;
        if (e.id != expectedId) {
            return fail(expectedId,
                        expectedId == 1
                            ? Tr::tr("Entry #1 is missing: the log starts at entry #%1, so the oldest entries were deleted.")
                                  .arg(e.id)
                            : Tr::tr("Entry #%1 is missing: the log jumps from entry #%2 to entry #%3, so entries were "
                                 "deleted.")
                                  .arg(expectedId)
                                  .arg(expectedId - 1)
                                  .arg(e.id));
        }
        if (!m_keys->auditMacMatches(macMessage(uuid, e, previousMac), e.mac)) {
            return fail(e.id, Tr::tr("Entry %1 does not match its seal: it was edited, moved, or inserted, or the entry "
                                 "before it was replaced.")
                                  .arg(describe(e)));
        }
        if (head && e.id == head->id) {
            headSeen = true;
            if (e.mac != head->mac)
                return fail(e.id, Tr::tr("Entry %1 differs from the chain head kept in the key folder: the log was "
                                     "rewritten from this entry on.")
                                      .arg(describe(e)));
        }
        result.lastId = e.id;
        previousMac = e.mac;
        ++expectedId;
        return true;
    });
    if (!walked)
        return walked.error();
    if (result.intact && head && !headSeen) {
        result.intact = false;
        result.brokenId = result.lastId + 1;
        result.problem = result.lastId == 0
                             ? Tr::tr("The log is empty, but the chain head in the key folder records entry #%1: every "
                                  "entry was deleted (or this is an older copy of the database).")
                                   .arg(head->id)
                             : Tr::tr("The log ends at entry #%1, but the chain head in the key folder records entry #%2: "
                                  "the newest entries from #%3 on were removed (or this is an older copy of the "
                                  "database).")
                                   .arg(result.lastId)
                                   .arg(head->id)
                                   .arg(result.lastId + 1);
    }
    if (result.intact && !head && result.entries > 0)
        result.warning = Tr::tr("No chain head was found in the key folder, so removal of the newest entries cannot be "
                            "ruled out.");
    return result;
}

} // namespace cg::services
