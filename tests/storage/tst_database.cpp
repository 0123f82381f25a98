#include "storage/database.h"
#include "storage/migrations.h"
#include "support/tempdatabase.h"

#include <QTest>
#include <QSqlQuery>

using namespace cg;

class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsWithPragmas()
    {
        test::TempDatabase temp;
        auto db = temp.open();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(db->schemaVersion(), storage::latestSchemaVersion());
        QVERIFY(!db->uuid().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
