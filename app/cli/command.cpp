#include "cli/command.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace cg::cli {

int reportError(const core::Error& error, QTextStream& err)
{
    err << QCoreApplication::translate("cg::cli", "error: %1").arg(error.message);
    if (!error.field.isEmpty() && !error.message.contains(error.field))
        err << QStringLiteral(" [") << error.field << QStringLiteral("]");
    err << Qt::endl;
    switch (error.kind) {
    case core::Error::Kind::Storage:
    case core::Error::Kind::Key:
        return DatabaseProblem;
    default:
        return Failed;
    }
}

core::Result<QString> readSecret(const QString& file)
{
    QFile input;
    const bool fromStdin = file == QLatin1String("-");
    if (fromStdin ? !input.open(stdin, QIODevice::ReadOnly) : (input.setFileName(file), !input.open(QIODevice::ReadOnly)))
        return core::Error::invalid(file, QCoreApplication::translate("cg::cli", "Cannot read the secret from %1: %2")
                                              .arg(fromStdin ? QStringLiteral("stdin") : file, input.errorString()));
    QByteArray bytes = input.readLine(4096);
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    QString secret = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return secret;
}

} // namespace cg::cli
