#include "residentcsvfuzzbody.h"

#include "core/csvreader.h"
#include "core/residentcsv.h"

#include <cstdlib>

namespace cg::test {

int fuzzResidentCsv(const QByteArray& bytes)
{
    auto decoded = core::decodeCsv(bytes);
    if (!decoded)
        return 0;
    core::CsvParser parser(decoded->text, decoded->delimiter);
    core::CsvRecord record;
    if (!parser.next(record))
        return 0;
    QList<core::CsvIssue> issues;
    auto layout = core::residentCsvLayout(record.fields, &issues);
    int rows = 0;
    int lastLine = record.line;
    while (rows < 10'000 && parser.next(record)) {
        if (record.line < lastLine)
            std::abort();   // line numbers never go backwards
        lastLine = record.line;
        for (const QString& field : std::as_const(record.fields)) {
            // Round trip: a written field reads back unchanged (formula guard aside).
            const QString written = core::csvField(field, decoded->delimiter);
            if (written.isEmpty())
                continue;
            core::CsvParser reread(written, decoded->delimiter);
            core::CsvRecord back;
            if (!reread.next(back) || back.fields.size() != 1)
                std::abort();
            const QString value = back.fields.first();
            if (value != field && value != QLatin1Char('\'') + field)
                std::abort();
        }
        if (layout)
            (void)core::parseResidentCsvRow(*layout, record.fields, record.line, &issues);
        if (issues.size() > 1000)
            issues.clear();
        ++rows;
    }
    return rows;
}

} // namespace cg::test
