#include "crashharness.h"

#include "storage/database.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace cg::test {

namespace {

struct Commit
{
    qint64 compound = 0;
    int units = 0;
};

QList<Commit> parseCommits(const QByteArray& output)
{
    QList<Commit> commits;
    // Only whole lines count: the writer may die in the middle of printing.
    const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            commits.append({parts.at(0).toLongLong(), parts.at(1).toInt()});
    }
    return commits;
}

QString verify(const QString& path, const QList<Commit>& commits, bool anyCommitSoFar)
{
    // Killed before the database was even created: nothing to lose yet.
    if (!anyCommitSoFar && !QFileInfo::exists(path))
        return {};
    auto opened = storage::Database::open(path);
    if (!opened)
        return QStringLiteral("reopen failed: ") + opened.error().message;
    QSqlQuery q(opened.value()->connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("integrity_check did not run");
    if (q.value(0).toString() != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + q.value(0).toString();
    q.finish();
    for (const Commit& commit : commits) {
        q.prepare(QStringLiteral("SELECT count(u.id) FROM compounds c JOIN buildings b ON b.compound_id = c.id"
                                 " JOIN units u ON u.building_id = b.id WHERE c.id = ?"));
        q.addBindValue(commit.compound);
        if (!q.exec() || !q.next())
            return QStringLiteral("query failed for compound %1").arg(commit.compound);
        if (q.value(0).toInt() != commit.units)
            return QStringLiteral("compound %1 reported committed with %2 units, found %3")
                .arg(commit.compound)
                .arg(commit.units)
                .arg(q.value(0).toInt());
    }
    return {};
}

} // namespace

CrashReport runCrashRounds(const QString& writer, const QString& databasePath, int rounds, quint32 seed)
{
    CrashReport report;
    QRandomGenerator rng(seed);
    QList<Commit> all;
    for (int round = 0; round < rounds; ++round) {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(writer, {databasePath});
        if (!process.waitForStarted(5000)) {
            report.failures << QStringLiteral("round %1: writer did not start").arg(round);
            break;
        }
        // One kill in five lands anywhere from start-up on (creating or
        // opening the file, the first BEGIN); the others in the middle of
        // steady writing.
        if (rng.bounded(5) != 0)
            process.waitForReadyRead(5000);
        QThread::usleep(rng.bounded(25'000u));
        process.kill();   // SIGKILL
        process.waitForFinished(5000);
        const QList<Commit> commits = parseCommits(process.readAllStandardOutput());
        const QByteArray errors = process.readAllStandardError();
        if (!errors.isEmpty())
            report.failures << QStringLiteral("round %1: writer said %2").arg(round).arg(QString::fromLocal8Bit(errors));
        all += commits;
        report.reported += commits.size();
        if (!commits.isEmpty())
            ++report.killedAfterCommits;
        ++report.rounds;
        if (const QString problem = verify(databasePath, commits, !all.isEmpty()); !problem.isEmpty()) {
            report.failures << QStringLiteral("round %1 (seed %2): %3").arg(round).arg(seed).arg(problem);
            return report;
        }
    }
    // Every commit of every round must still be there at the end, too.
    if (const QString problem = verify(databasePath, all, !all.isEmpty()); !problem.isEmpty())
        report.failures << QStringLiteral("final check (seed %1): %2").arg(seed).arg(problem);
    return report;
}

} // namespace cg::test
