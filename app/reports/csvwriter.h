#pragma once

#include "core/result.h"

#include <QSaveFile>
#include <QStringList>

namespace cg::reports {

// RFC 4180 CSV, UTF-8 with a byte-order mark (so spreadsheet programs used in
// Chinese offices open the Chinese text correctly), CRLF line ends. Fields
// with a comma, quote, CR or LF are quoted, quotes doubled. A field starting
// with = + - @ is prefixed with an apostrophe so a spreadsheet does not run it
// as a formula (CSV injection). Written atomically (QSaveFile).
// Not thread-safe; one writer per file.
class CsvWriter final
{
public:
    explicit CsvWriter(const QString& path);
    core::Status open(const QStringList& header);
    void row(const QStringList& fields);
    core::Status commit();
    qint64 rows() const { return m_rows; }

    static QString escape(const QString& field);
    static QString line(const QStringList& fields);

private:
    QSaveFile m_file;
    qint64 m_rows = 0;
    QByteArray m_buffer;
};

} // namespace cg::reports
