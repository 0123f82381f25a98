#pragma once

#include "core/resident.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace cg::core {

// The columns of a residents CSV file (import and export). Header cells are
// matched in English or Chinese ("name"/"姓名", "phone"/"手机号", ...).
enum class ResidentColumn {
    Compound, Building, Unit, Name, Role, Phone, IdNumber, BirthDate, Language, Accessibility,
    MoveIn, MoveOut, LeaseEnd, Guardian, Notes,
};
QList<ResidentColumn> allResidentColumns();
QString residentColumnKey(ResidentColumn column);          // English header: "name", "id_number", ...
QString residentColumnChineseHeader(ResidentColumn column); // "姓名", "证件号码", ...
std::optional<ResidentColumn> residentColumnFromHeader(const QString& header);

// A problem found in an import file: line (1-based, 0 = the file), the column
// as written in the header, and what is wrong.
struct CsvIssue
{
    int line = 0;
    QString column;
    QString reason;
};

// Which file column holds which field.
struct ResidentCsvLayout
{
    QStringList headers;                            // as written in the file
    QHash<ResidentColumn, int> index;               // field -> column index
    QStringList ignored;                            // header cells that matched nothing
    QString header(ResidentColumn column) const;    // the file's own header text
};
// Building, unit and name columns are required; a field named twice is an error.
Result<ResidentCsvLayout> residentCsvLayout(const QStringList& headerCells, QList<CsvIssue>* issues);

// One data row turned into fields; problems go to `issues` (line and column).
struct ResidentCsvRow
{
    int line = 0;
    QString compound;
    QString building;
    QString unit;
    QString guardianName;
    QString idNumber;        // normalized
    Resident resident;       // unitId/guardianId left 0: the importer resolves them
};
std::optional<ResidentCsvRow> parseResidentCsvRow(const ResidentCsvLayout& layout, const QStringList& fields,
                                                  int line, QList<CsvIssue>* issues);

// Dates as spreadsheets write them: 2024-03-05, 2024/3/5, 2024.3.5, 20240305, 2024年3月5日.
QDate parseCsvDate(const QString& text);
std::optional<ResidentRole> parseCsvRole(const QString& text);
QString parseCsvLanguage(const QString& text);   // "zh_CN", "en", or empty when unknown

} // namespace cg::core
