#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "services/servicedeps.h"

namespace cg::services {

// Writes residents to a CSV file Excel opens correctly (UTF-8 with BOM),
// atomically (QSaveFile: a crash leaves the old file or none, never half a
// file). ID numbers are masked unless a manager asks for full numbers
// (Permission::ExportFullIds) — a provision of personal data, audited as such.
// The columns are those the importer reads, so an export imports again.
// Thread-safety: may run on a worker thread (own connection).
class ResidentExporter final
{
public:
    explicit ResidentExporter(ServiceDeps deps);

    struct Options
    {
        bool includeFullIds = false;
        bool chineseHeaders = false;
    };
    struct Summary
    {
        int rows = 0;
        bool fullIds = false;
    };

    // Permission::ExportResidents (and ExportFullIds for full numbers).
    core::Result<Summary> exportCsv(const core::Actor& actor, const QString& path, const Options& options);

private:
    ServiceDeps m_deps;
};

} // namespace cg::services
