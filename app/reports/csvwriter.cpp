#include "reports/csvwriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cg::reports {

CsvWriter::CsvWriter(const QString& path) : m_file(path) {}

QString CsvWriter::escape(const QString& field)
{
    QString f = field;
    if (!f.isEmpty() && (f.front() == QLatin1Char('=') || f.front() == QLatin1Char('+') || f.front() == QLatin1Char('-')
                         || f.front() == QLatin1Char('@'))) {
        // Plain negative numbers stay numbers; anything else is neutralised.
        bool number = false;
        f.toDouble(&number);
        if (!number)
            f.prepend(QLatin1Char('\''));
    }
    if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
        || f.contains(QLatin1Char('\r'))) {
        f.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        f = QLatin1Char('"') + f + QLatin1Char('"');
    }
    return f;
}

QString CsvWriter::line(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << escape(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

core::Status CsvWriter::open(const QStringList& header)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return core::Error::make(core::Error::Kind::Io,
                                 QCoreApplication::translate("cg::reports::CsvWriter", "Cannot write %1: %2")
                                     .arg(QFileInfo(m_file.fileName()).absoluteFilePath(), m_file.errorString()));
    m_buffer = QByteArrayLiteral("\xEF\xBB\xBF") + line(header).toUtf8();
    return {};
}

void CsvWriter::row(const QStringList& fields)
{
    m_buffer += line(fields).toUtf8();
    ++m_rows;
    if (m_buffer.size() > (1 << 20)) {
        m_file.write(m_buffer);
        m_buffer.clear();
    }
}

core::Status CsvWriter::commit()
{
    m_file.write(m_buffer);
    m_buffer.clear();
    if (!m_file.commit())
        return core::Error::make(core::Error::Kind::Io,
                                 QCoreApplication::translate("cg::reports::CsvWriter", "Cannot write %1: %2")
                                     .arg(QFileInfo(m_file.fileName()).absoluteFilePath(), m_file.errorString()));
    return {};
}

} // namespace cg::reports
