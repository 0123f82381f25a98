#pragma once

#include "core/actor.h"
#include "core/auditentry.h"
#include "core/result.h"
#include "services/audittrail.h"
#include "services/servicedeps.h"

#include <QStringList>

namespace cg::services {

// The audit log as the Audit log page and exports see it: paged reads
// (Permission::ViewAudit), verification (VerifyAudit, audited with its
// result) and CSV export (ExportAudit, itself audited).
class AuditLogService final
{
public:
    explicit AuditLogService(ServiceDeps deps);

    // Newest first, entries with id < beforeId (0 = newest). Keyset paging.
    core::Result<QList<core::AuditEntry>> page(const core::Actor& actor, const core::AuditFilter& filter,
                                               qint64 beforeId, int limit) const;
    core::Result<qint64> count(const core::Actor& actor, const core::AuditFilter& filter) const;
    core::Result<QStringList> actors(const core::Actor& actor) const;
    core::Result<QStringList> actions(const core::Actor& actor) const;

    core::Result<AuditVerification> verify(const core::Actor& actor);

    // Writes the matching entries (oldest first) as UTF-8 CSV to `path`,
    // atomically; returns the number of rows.
    core::Result<qint64> exportCsv(const core::Actor& actor, const core::AuditFilter& filter, const QString& path);

private:
    ServiceDeps m_deps;
};

} // namespace cg::services
