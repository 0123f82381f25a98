#include "core/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace cg::core {

namespace {
// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller and is never translated).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::core::Csv)
};

bool decodes(const QByteArray& bytes, QStringDecoder& decoder, QString* out)
{
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}
} // namespace

Result<DecodedCsv> decodeCsv(const QByteArray& bytes)
{
    DecodedCsv csv;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        if (!decodes(bytes.mid(3), utf8, &csv.text))
            return Error::make(Error::Kind::Io, Tr::tr("The file starts as UTF-8 but contains bytes that are not UTF-8."));
        csv.encoding = QStringLiteral("UTF-8 (BOM)");
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        if (decodes(bytes, utf8, &csv.text)) {
            csv.encoding = QStringLiteral("UTF-8");
        } else {
            QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
            if (!gb.isValid() || !decodes(bytes, gb, &csv.text))
                return Error::make(Error::Kind::Io,
                                   Tr::tr("The file is neither UTF-8 nor GB18030/GBK text. Save it from the spreadsheet "
                                      "as “CSV UTF-8” and try again."));
            csv.encoding = QStringLiteral("GB18030");
        }
    }
    if (csv.text.contains(QChar(0)))
        return Error::make(Error::Kind::Io, Tr::tr("The file contains NUL characters; it is not a CSV text file."));
    qsizetype end = csv.text.indexOf(QLatin1Char('\n'));
    const QStringView first = QStringView(csv.text).left(end < 0 ? csv.text.size() : end);
    csv.delimiter = first.count(QLatin1Char('\t')) > first.count(QLatin1Char(',')) ? QLatin1Char('\t')
                                                                                    : QLatin1Char(',');
    return csv;
}

CsvParser::CsvParser(const QString& text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

bool CsvParser::next(CsvRecord& record)
{
    record.fields.clear();
    if (!m_error.isEmpty() || m_pos >= m_text.size())
        return false;
    record.line = m_line;
    const qsizetype n = m_text.size();
    const QChar* data = m_text.constData();
    QString field;
    bool quoted = false;       // inside a quoted field
    bool wasQuoted = false;    // the current field was quoted (and closed)
    while (m_pos < n) {
        const QChar c = data[m_pos];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos + 1 < n && data[m_pos + 1] == QLatin1Char('"')) {
                    field += c;
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                wasQuoted = true;
                ++m_pos;
                continue;
            }
            if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(m_pos + 1 < n && data[m_pos + 1] == QLatin1Char('\n'))))
                ++m_line;
            field += c;
            ++m_pos;
            continue;
        }
        if (c == m_delimiter) {
            record.fields << field;
            field.clear();
            wasQuoted = false;
            ++m_pos;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            ++m_pos;
            if (c == QLatin1Char('\r') && m_pos < n && data[m_pos] == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            record.fields << field;
            return true;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            ++m_pos;
            continue;
        }
        if (wasQuoted && !c.isSpace()) {
            m_error = Tr::tr("Line %1: unexpected text after a closing quote; a quote inside a quoted field must be "
                         "doubled (\"\").")
                          .arg(m_line);
            m_errorLine = m_line;
            return false;
        }
        if (!wasQuoted)
            field += c;
        ++m_pos;
    }
    if (quoted) {
        m_error = Tr::tr("Line %1: a quoted field is not closed before the end of the file.").arg(record.line);
        m_errorLine = record.line;
        return false;
    }
    record.fields << field;
    return true;
}

QString csvField(const QString& value, QChar delimiter)
{
    QString v = value;
    // Spreadsheets run cells that start with these as formulas (CSV injection).
    if (!v.isEmpty() && (v.front() == QLatin1Char('=') || v.front() == QLatin1Char('+')
                         || v.front() == QLatin1Char('-') || v.front() == QLatin1Char('@'))) {
        // Phone numbers like +44... stay as they are; they are not formulas.
        bool phoneLike = v.front() == QLatin1Char('+') && v.size() > 1;
        for (qsizetype i = 1; phoneLike && i < v.size(); ++i)
            phoneLike = v.at(i).isDigit() || v.at(i) == QLatin1Char(' ') || v.at(i) == QLatin1Char('-');
        if (!phoneLike)
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(delimiter) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

} // namespace cg::core
