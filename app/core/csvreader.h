#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cg::core {

// The text of a CSV file and how it was encoded. Spreadsheets exported by a
// Chinese Excel are GB18030/GBK; others UTF-8 with or without a BOM.
struct DecodedCsv
{
    QString text;
    QString encoding;     // "UTF-8", "UTF-8 (BOM)", "GB18030"
    QChar delimiter;      // ',' or '\t'
};

// Detects the encoding (a UTF-8 BOM, else valid UTF-8, else GB18030) and the
// delimiter (tab when the first line has more tabs than commas). An Io error
// when the bytes are neither (names the first bad line).
Result<DecodedCsv> decodeCsv(const QByteArray& bytes);

struct CsvRecord
{
    int line = 0;          // 1-based physical line where the record starts
    QStringList fields;
};

// RFC 4180 records from decoded text: quoted fields may hold delimiters,
// doubled quotes and line breaks; CRLF, LF and CR end records. Streaming: one
// record at a time, so a large file is not held twice. Not thread-safe.
class CsvParser final
{
public:
    CsvParser(const QString& text, QChar delimiter);

    // False at the end or on a malformed record (then error() names the line).
    bool next(CsvRecord& record);
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    const QString& m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};

// One CSV field for writing: quoted when it holds the delimiter, a quote or a
// line break, and prefixed with ' when it would start a spreadsheet formula.
QString csvField(const QString& value, QChar delimiter = QLatin1Char(','));

} // namespace cg::core
