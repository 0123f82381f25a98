#include "support/pdftools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QtDebug>

namespace cg::test {

namespace {
QByteArray run(const QString& program, const QStringList& args, bool* ok = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    const bool good = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!good)
        qWarning().noquote() << program << args.join(QLatin1Char(' ')) << "failed:" << p.readAllStandardError();
    if (ok)
        *ok = good;
    return p.readAllStandardOutput();
}
} // namespace

QString pdfToText(const QString& pdf, bool layout)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), args));
}

QStringList pdfToPng(const QString& pdf, const QString& outPrefix, int dpi)
{
    bool ok = false;
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), pdf, outPrefix}, &ok);
    if (!ok)
        return {};
    const QFileInfo prefix(outPrefix);
    QStringList files = QDir(prefix.absolutePath())
                            .entryList({prefix.fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
    for (QString& f : files)
        f = prefix.absolutePath() + QLatin1Char('/') + f;
    return files;
}

QString pdfInfo(const QString& pdf, const QString& key)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}));
    for (const QString& line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

QStringList pdfFonts(const QString& pdf)
{
    const QStringList lines = QString::fromUtf8(run(QStringLiteral("pdffonts"), {pdf})).split(QLatin1Char('\n'));
    QStringList names;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QString name = lines.at(i).section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

} // namespace cg::test
