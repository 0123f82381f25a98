#pragma once

#include <QString>
#include <QStringList>

namespace cg::test {

// Runs cg_crashwriter against `databasePath` and kills it with SIGKILL at a
// random moment, `rounds` times, checking after each kill that every
// compound the writer reported committed is present with all its units and
// that `PRAGMA integrity_check` says ok (and ConsentGate still opens the
// file). Used by tst_crashsafety (dozens of kills) and bench_crashkill (500).
struct CrashReport
{
    int rounds = 0;
    int killedAfterCommits = 0;   // kills that landed after at least one commit
    qint64 reported = 0;          // commits reported by all writers
    QStringList failures;         // empty when every check passed
};

CrashReport runCrashRounds(const QString& writer, const QString& databasePath, int rounds, quint32 seed);

} // namespace cg::test
