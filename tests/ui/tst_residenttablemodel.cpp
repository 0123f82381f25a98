#include "services/residentservice.h"
#include "services/servicedeps.h"
#include "storage/database.h"
#include "storage/residentrepository.h"
#include "storage/transaction.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"
#include "ui/models/residenttablemodel.h"
#include "ui/pages/residentspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace cg;

namespace {

constexpr int kResidents = 100'000;

// 100,000 residents in 1,000 units, written by SQL in a second (the demo
// seeder would take far longer than a unit test may). Names are built from
// 10 surnames x 10 given characters (+ a third for every third resident).
void seed(const std::shared_ptr<storage::Database>& db)
{
    storage::Transaction tx(db->connection());
    QSqlQuery q(db->connection());
    const QStringList statements = {
        QStringLiteral("INSERT INTO compounds (id, name) VALUES (1, '翠苑小区')"),
        QStringLiteral("INSERT INTO buildings (id, compound_id, name) VALUES (1, 1, '1幢'), (2, 1, '2幢')"),
        QStringLiteral("WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 1000)"
                       " INSERT INTO units (id, building_id, label, floor) SELECT n, 1 + (n > 500), printf('%d-%d', 1 + (n > 500), 100 + n), n / 100 FROM seq"),
        QStringLiteral("WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < %1)"
                       " INSERT INTO residents (id, unit_id, name, name_initials, role, phone, birth_date, move_in, created_at, updated_at, unit_key, unit_sort)"
                       " SELECT n, 1 + n % 1000,"
                       "  CASE WHEN n % 50 = 7 THEN 'Anna Smith ' || n ELSE"
                       "  substr('王李张刘陈杨黄赵吴周', n % 10 + 1, 1) || substr('伟芳娜敏静丽强磊军洋', (n / 10) % 10 + 1, 1)"
                       "  || CASE WHEN n % 3 = 0 THEN substr('明华英', (n / 100) % 3 + 1, 1) ELSE '' END END,"
                       "  '', CASE n % 4 WHEN 0 THEN 'owner' WHEN 1 THEN 'tenant' WHEN 2 THEN 'family' ELSE 'occupant' END,"
                       "  printf('138%08d', n), '1980-01-01', '2020-01-01', '2026-01-01', '2026-01-01', '', '' FROM seq").arg(kResidents),
        QStringLiteral("UPDATE residents SET unit_key = (SELECT b.name || ' ' || u.label FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = residents.unit_id),"
                       " unit_sort = (SELECT printf('%08d|%06d', u.building_id, u.id) FROM units u WHERE u.id = residents.unit_id)"),
    };
    for (const QString& sql : statements) {
        if (!q.exec(sql))
            qFatal("seed: %s", qPrintable(q.lastError().text()));
    }
    // Both search indexes (trigrams, 1-2 character grams) as the importer writes them.
    storage::ResidentRepository repo(db);
    if (!repo.indexForSearch(1, kResidents))
        qFatal("seed: search index");
    if (!tx.commit())
        qFatal("seed commit");
}

int bruteForce(const std::shared_ptr<storage::Database>& db, const QString& text)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM residents WHERE instr(lower(name), lower(?)) > 0"
                             " OR instr(lower(unit_key), lower(?)) > 0 OR instr(phone, ?) > 0"));
    q.addBindValue(text);
    q.addBindValue(text);
    q.addBindValue(text);
    q.exec();
    q.next();
    return q.value(0).toInt();
}

} // namespace

class tst_ResidentTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_temp.open();
        seed(m_db);
        auto deps = services::ServiceDeps::build(m_db, m_temp.keyDir(), m_clock);
        QVERIFY(deps);
        m_deps = deps.value();
        m_service = std::make_shared<services::ResidentService>(m_deps);
    }

    void passesTheModelTester()
    {
        ui::ResidentTableModel model(m_service, [] { return core::Actor::system(); }, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QCOMPARE(model.rowCount(), kResidents);
        QCOMPARE(model.columnCount(), int(ui::ResidentTableModel::ColumnCount));
        // First, last, and a jump into the middle of the sorted table.
        QVERIFY(!model.data(model.index(0, 0)).toString().isEmpty());
        const QString last = model.data(model.index(kResidents - 1, 0)).toString();
        QVERIFY(!last.isEmpty());
        QVERIFY(!model.data(model.index(kResidents / 2, ui::ResidentTableModel::Unit)).toString().isEmpty());
        QCOMPARE(model.data(model.index(5, ui::ResidentTableModel::Consent)).toString(), QStringLiteral("—"));
        // Sorted by name: ascending order holds across pages fetched both ways.
        QString previous;
        for (int row : {0, 99, 100, 101, 250, 49'999, 50'000, 99'899, 99'900, 99'999}) {
            const QString name = model.data(model.index(row, 0)).toString();
            if (!previous.isEmpty() && row > 0)
                QVERIFY2(previous <= name || row == 0, qPrintable(previous + QStringLiteral(" > ") + name));
            previous = name;
        }
        // Descending sort puts the last name first.
        model.sort(ui::ResidentTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, 0)).toString(), last);
        model.sort(ui::ResidentTableModel::Unit, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, ui::ResidentTableModel::Unit)).toString(), QStringLiteral("1幢 1-101"));
        // Filters change the row count through a reset.
        storage::ResidentFilter f;
        f.role = core::ResidentRole::Owner;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), kResidents / 4);
        f.search = QStringLiteral("王伟");
        model.setFilter(f);
        QVERIFY(model.rowCount() > 0);
    }

    void scrollingKeepsMemoryBounded()
    {
        ui::ResidentTableModel model(m_service, [] { return core::Actor::system(); }, m_clock);
        model.setFilter({});
        qint64 previousId = 0;
        QSet<qint64> seen;
        for (int row = 0; row < 20'000; row += 7) {
            const qint64 id = model.residentId(row);
            QVERIFY(id > 0);
            QVERIFY(id != previousId);
            previousId = id;
            seen.insert(id);
        }
        QVERIFY(model.cachedPages() <= ui::ResidentTableModel::kMaxPages);
        QCOMPARE(seen.size(), 20'000 / 7 + 1);
    }

    void searchMatchesBruteForce_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("zh-1") << QStringLiteral("娜");
        QTest::newRow("zh-1-rare") << QStringLiteral("英");
        QTest::newRow("zh-2") << QStringLiteral("王伟");
        QTest::newRow("zh-2-given") << QStringLiteral("伟明");
        QTest::newRow("zh-3") << QStringLiteral("李芳华");
        QTest::newRow("latin-1") << QStringLiteral("S");
        QTest::newRow("latin-2") << QStringLiteral("th");
        QTest::newRow("latin-2-upper") << QStringLiteral("SM");
        QTest::newRow("digit-1") << QStringLiteral("7");
        QTest::newRow("digit-2") << QStringLiteral("43");
        QTest::newRow("latin-3") << QStringLiteral("smi");
        QTest::newRow("phone") << QStringLiteral("0004321");
        QTest::newRow("unit") << QStringLiteral("2-650");
    }
    void searchMatchesBruteForce()
    {
        QFETCH(QString, query);
        storage::ResidentFilter f;
        f.search = query;
        const int expected = bruteForce(m_db, query);
        QVERIFY(expected > 0);
        QCOMPARE(m_service->count(core::Actor::system(), f).value(), expected);
        // The table: a broad short search shows the first kCountCap rows and
        // counts the rest when the clerk scrolls to the end.
        ui::ResidentTableModel model(m_service, [] { return core::Actor::system(); }, m_clock);
        model.setFilter(f);
        if (!model.countIsExact()) {
            QVERIFY(expected > ui::ResidentTableModel::kCountCap);
            QCOMPARE(model.rowCount(), ui::ResidentTableModel::kCountCap);
            QVERIFY(model.canFetchMore({}));
            QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
            model.fetchMore({});
            QCOMPARE(inserted.size(), 1);
            QVERIFY(model.countIsExact());
        }
        QCOMPARE(model.rowCount(), expected);
        // Every row of the last page matches (checked in SQL by brute force).
        const int row = model.rowCount() - 1;
        const qint64 id = model.residentId(row);
        QVERIFY(id > 0);
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT instr(lower(name), lower(?)) + instr(lower(unit_key), lower(?))"
                                 " + instr(phone, ?) FROM residents WHERE id = ?"));
        for (const QVariant& v : {QVariant(query), QVariant(query), QVariant(query), QVariant(id)})
            q.addBindValue(v);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toInt() > 0);
    }

    void pageIsKeyboardFirst()
    {
        ui::ResidentsPage page({m_service, nullptr, nullptr, nullptr}, [] { return core::Actor::system(); }, m_clock);
        page.resize(1200, 700);
        page.show();
        page.activated();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), kResidents);
        // Typing in the table goes to the search field; the list follows after the debounce.
        page.table()->setFocus();
        QTest::keyClicks(page.table(), QStringLiteral("smi"));
        QCOMPARE(page.searchField()->text(), QStringLiteral("smi"));
        QTRY_COMPARE(page.model()->rowCount(), kResidents / 50);
        QTest::keyClick(page.searchField(), Qt::Key_Down);
        QVERIFY(page.table()->hasFocus());
        QCOMPARE(page.table()->currentIndex().row(), 0);
        QVERIFY(page.model()->data(page.model()->index(0, 0)).toString().startsWith(QStringLiteral("Anna Smith")));
    }

private:
    test::TempDatabase m_temp;
    std::shared_ptr<storage::Database> m_db;
    std::shared_ptr<test::FakeClock> m_clock = std::make_shared<test::FakeClock>();
    services::ServiceDeps m_deps;
    std::shared_ptr<services::ResidentService> m_service;
};

QTEST_MAIN(tst_ResidentTableModel)
#include "tst_residenttablemodel.moc"
