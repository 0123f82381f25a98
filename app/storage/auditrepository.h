#pragma once

#include "core/auditentry.h"
#include "core/result.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace cg::storage {

class Database;

// The SQL of the audit log (table audit_log). Knows nothing about MACs: the
// chain is computed by services::AuditTrail. Rows are only ever inserted.
// Thread-safety: every call uses the calling thread's connection.
class AuditRepository final
{
public:
    explicit AuditRepository(std::shared_ptr<Database> database);

    struct Tail
    {
        qint64 id = 0;          // 0 when the log is empty
        QByteArray mac;
    };
    // The newest entry. Call inside the writer's transaction so no other
    // writer can append between reading the tail and inserting.
    core::Result<Tail> tail() const;
    core::Status insert(const core::AuditEntry& entry);

    // Keyset paging, newest first: entries with id < beforeId (0 = newest).
    core::Result<QList<core::AuditEntry>> page(const core::AuditFilter& filter, qint64 beforeId, int limit) const;
    core::Result<qint64> count(const core::AuditFilter& filter) const;

    // Streams matching entries in ascending id order with constant memory;
    // `visit` returns false to stop early.
    core::Status forEach(const core::AuditFilter& filter,
                         const std::function<bool(const core::AuditEntry&)>& visit) const;

    // Values for the filter drop-downs.
    core::Result<QStringList> distinctActors() const;
    core::Result<QStringList> distinctActions() const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cg::storage
