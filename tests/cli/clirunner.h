#pragma once

#include "support/testenv.h"

#include <QProcess>
#include <QStringList>
#include <QTest>

namespace cg::test {

// Runs the built consentgate binary; returns the exit code (or -1 on a crash).
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& args, const QByteArray& stdinData = {})
{
    QProcess p;
    p.setProgram(consentgateBinary());
    p.setArguments(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    p.start();
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace cg::test
