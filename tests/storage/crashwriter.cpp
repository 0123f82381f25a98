// Test helper (not a test): writes records into a ConsentGate database in
// transactions, forever, and prints the id of each compound right after its
// transaction committed. tst_crashsafety and bench_crashkill kill it with
// SIGKILL at random moments and check that every printed id survived.
//
// Usage: cg_crashwriter DATABASE
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>
#include <unistd.h>

using namespace cg;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: cg_crashwriter DATABASE\n");
        return 2;
    }
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::CreateIfMissing;
    auto opened = storage::Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    QSqlDatabase db = opened.value()->connection();
    const qint64 pid = ::getpid();
    for (int n = 0;; ++n) {
        storage::Transaction tx(db);
        if (!tx.isActive()) {
            std::fprintf(stderr, "begin: %s\n", qPrintable(tx.error().message));
            return 1;
        }
        // One compound with a building, its doors and some units: several
        // pages change per transaction, so a kill can land in the middle.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO compounds (name, address) VALUES (?, ?)"));
        q.addBindValue(QStringLiteral("crash-%1-%2").arg(pid).arg(n));
        q.addBindValue(QString(200, QLatin1Char('x')));
        if (!q.exec())
            return 1;
        const qint64 compound = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT INTO buildings (compound_id, name, floors) VALUES (?, '1', 6)"));
        q.addBindValue(compound);
        if (!q.exec())
            return 1;
        const qint64 building = q.lastInsertId().toLongLong();
        for (int u = 0; u < 1 + n % 40; ++u) {
            q.prepare(QStringLiteral("INSERT INTO units (building_id, label, floor) VALUES (?, ?, ?)"));
            q.addBindValue(building);
            q.addBindValue(QStringLiteral("1-%1").arg(u));
            q.addBindValue(u / 4);
            if (!q.exec())
                return 1;
        }
        if (auto status = tx.commit(); !status) {
            std::fprintf(stderr, "commit: %s\n", qPrintable(status.error().message));
            return 1;
        }
        std::printf("%lld %d\n", compound, 1 + n % 40);
        std::fflush(stdout);
    }
}
