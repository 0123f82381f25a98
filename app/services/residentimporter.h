#pragma once

#include "core/actor.h"
#include "core/residentcsv.h"
#include "core/result.h"
#include "services/servicedeps.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace cg::services {

// Imports residents from a CSV file (an old system's spreadsheet): UTF-8 with
// or without BOM or GB18030/GBK, comma or tab separated, English or Chinese
// headers. All or nothing: every problem is reported with line, column and
// reason and then nothing is written. Buildings and units are created as
// needed; duplicates (same ID number, or same name in the same unit, in the
// file or already registered) are reported, never merged. A minor under 14
// without a guardian column is linked to the first adult of the unit (owner
// first); with none there, it is an error.
//
// Thread-safety: an importer may run on a worker thread (it uses that
// thread's own connection); one run at a time per importer.
class ResidentImporter final
{
public:
    explicit ResidentImporter(ServiceDeps deps);

    enum class Mode { Check, Import };   // Check: validate everything, write nothing

    struct Report
    {
        QString encoding;
        QChar delimiter;
        QStringList headers;
        QStringList mappedFields;      // per header cell: field key, or empty when ignored
        QStringList ignoredColumns;
        QList<QStringList> sample;     // the first data rows as read, for the preview
        int rows = 0;                  // data rows read (blank lines skipped)
        int created = 0;
        int compoundsCreated = 0;
        int buildingsCreated = 0;
        int unitsCreated = 0;
        int guardiansLinked = 0;       // minors linked to the unit's adult automatically
        int maskedIdsSkipped = 0;      // "3301**********1234" from an export: no number stored
        QList<core::CsvIssue> issues;  // empty when the file is good
        bool committed = false;
    };

    // Permission::ImportResidents. A Result error means the import could not
    // run (permission, database); problems in the file are in Report::issues.
    // `compound`: for files without a compound column (default: the first
    // compound, or a new one named after the file when there is none).
    core::Result<Report> run(const core::Actor& actor, const QByteArray& bytes, Mode mode, const QString& compound = {});
    core::Result<Report> runFile(const core::Actor& actor, const QString& path, Mode mode, const QString& compound = {});

    static constexpr int kSampleRows = 50;
    static constexpr int kMaxIssues = 1000;   // a wrong file is not listed line by line forever

private:
    ServiceDeps m_deps;
};

} // namespace cg::services
