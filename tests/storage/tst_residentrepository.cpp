#include "core/searchgrams.h"
#include "storage/demoseeder.h"
#include "storage/migrations.h"
#include "storage/residentrepository.h"
#include "storage/transaction.h"
#include "support/tempdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cg;
using storage::ResidentFilter;
using storage::ResidentRepository;
using storage::ResidentSort;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

QStringList names(const QList<storage::ResidentListRow>& rows)
{
    QStringList n;
    for (const auto& r : rows)
        n << r.name;
    std::sort(n.begin(), n.end());
    return n;
}

// resident id -> its grams, as stored.
QMap<qint64, QStringList> storedGrams(const QSqlDatabase& db)
{
    QMap<qint64, QStringList> grams;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT resident_id, gram FROM resident_grams ORDER BY resident_id, gram"));
    while (q.next())
        grams[q.value(0).toLongLong()] << q.value(1).toString();
    for (QStringList& list : grams)
        std::sort(list.begin(), list.end());
    return grams;
}

// resident id -> the grams core::searchGrams() cuts from its stored texts.
QMap<qint64, QStringList> expectedGrams(const QSqlDatabase& db)
{
    QMap<qint64, QStringList> grams;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, name, unit_key, phone FROM residents"));
    while (q.next()) {
        const QStringList list =
            core::searchGrams({q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        if (!list.isEmpty())
            grams[q.value(0).toLongLong()] = list;
    }
    return grams;
}

} // namespace

class tst_ResidentRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_temp.open();
        m_repo = std::make_unique<ResidentRepository>(m_db);
        storage::Transaction tx(m_db->connection());
        const qint64 compound = m_repo->findOrCreateCompound(QStringLiteral("翠苑小区")).value();
        bool created = false;
        m_building1 = m_repo->findOrCreateBuilding(compound, QStringLiteral("1幢"), &created).value();
        QVERIFY(created);
        QCOMPARE(m_repo->findOrCreateBuilding(compound, QStringLiteral("1幢"), &created).value(), m_building1);
        QVERIFY(!created);
        const qint64 building10 = m_repo->findOrCreateBuilding(compound, QStringLiteral("10幢")).value();
        m_unit101 = m_repo->findOrCreateUnit(m_building1, QStringLiteral("1-101")).value();
        const qint64 unit1201 = m_repo->findOrCreateUnit(building10, QStringLiteral("10-1201")).value();
        QCOMPARE(m_repo->unit(unit1201)->floor, 12);
        struct Seed
        {
            QString name;
            qint64 unit;
            core::ResidentRole role;
            QString phone;
        };
        const QList<Seed> seeds = {
            {QStringLiteral("王伟"), m_unit101, core::ResidentRole::Owner, QStringLiteral("13812345678")},
            {QStringLiteral("王伟芳"), m_unit101, core::ResidentRole::Family, QStringLiteral("13900001111")},
            {QStringLiteral("李娜"), unit1201, core::ResidentRole::Tenant, QStringLiteral("0571-87654321")},
            {QStringLiteral("欧阳娜娜"), unit1201, core::ResidentRole::Family, QString()},
            {QStringLiteral("Anna Smith"), unit1201, core::ResidentRole::Occupant, QStringLiteral("+442071234567")},
            {QStringLiteral("Anne Li"), m_unit101, core::ResidentRole::Tenant, QString()},
            // 𠮷 lies outside the BMP: one character, two UTF-16 code units.
            {QStringLiteral("陈𠮷"), unit1201, core::ResidentRole::Family, QString()},
            {QStringLiteral("阿依古丽·买买提"), unit1201, core::ResidentRole::Family, QStringLiteral("139-0000-2222")},
            {QStringLiteral("ÉMILE O'Brien"), unit1201, core::ResidentRole::Occupant, QString()},
        };
        for (const Seed& s : seeds) {
            core::Resident r;
            r.id = m_repo->nextId().value();
            r.unitId = s.unit;
            r.name = s.name;
            r.role = s.role;
            r.phone = s.phone;
            r.moveIn = QDate(2020, 1, 1);
            QVERIFY(m_repo->insert(r, {}, kNow));
        }
        QVERIFY(tx.commit());
    }

    void searchShortAndLongQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("zh-1") << QStringLiteral("王") << QStringList{QStringLiteral("王伟"), QStringLiteral("王伟芳")};
        QTest::newRow("zh-2") << QStringLiteral("伟芳") << QStringList{QStringLiteral("王伟芳")};
        QTest::newRow("zh-2-surname") << QStringLiteral("欧阳") << QStringList{QStringLiteral("欧阳娜娜")};
        QTest::newRow("zh-3") << QStringLiteral("王伟芳") << QStringList{QStringLiteral("王伟芳")};
        QTest::newRow("zh-3-middle") << QStringLiteral("阳娜娜") << QStringList{QStringLiteral("欧阳娜娜")};
        QTest::newRow("latin-1") << QStringLiteral("S") << QStringList{QStringLiteral("Anna Smith")};
        QTest::newRow("latin-2") << QStringLiteral("an")
                                 << QStringList{QStringLiteral("Anna Smith"), QStringLiteral("Anne Li")};
        QTest::newRow("latin-3-case") << QStringLiteral("smi") << QStringList{QStringLiteral("Anna Smith")};
        QTest::newRow("latin-3-space") << QStringLiteral("e Li") << QStringList{QStringLiteral("Anne Li")};
        QTest::newRow("pinyin-2") << QStringLiteral("ww") << QStringList{QStringLiteral("王伟"), QStringLiteral("王伟芳")};
        QTest::newRow("pinyin-3") << QStringLiteral("WWF") << QStringList{QStringLiteral("王伟芳")};
        QTest::newRow("pinyin-4") << QStringLiteral("oynn") << QStringList{QStringLiteral("欧阳娜娜")};
        QTest::newRow("phone") << QStringLiteral("5678") << QStringList{QStringLiteral("王伟")};
        QTest::newRow("landline") << QStringLiteral("0571") << QStringList{QStringLiteral("李娜")};
        QTest::newRow("unit") << QStringLiteral("10-12")
                              << QStringList{QStringLiteral("Anna Smith"), QStringLiteral("李娜"), QStringLiteral("欧阳娜娜"),
                                             QStringLiteral("陈𠮷"), QStringLiteral("阿依古丽·买买提"),
                                             QStringLiteral("ÉMILE O'Brien")};
        QTest::newRow("zh-2-name") << QStringLiteral("李娜") << QStringList{QStringLiteral("李娜")};
        QTest::newRow("zh-1-given") << QStringLiteral("芳") << QStringList{QStringLiteral("王伟芳")};
        QTest::newRow("zh-1-unit") << QStringLiteral("幢")
                                   << QStringList{QStringLiteral("王伟"), QStringLiteral("王伟芳"), QStringLiteral("李娜"),
                                                  QStringLiteral("欧阳娜娜"), QStringLiteral("Anna Smith"),
                                                  QStringLiteral("Anne Li"), QStringLiteral("陈𠮷"),
                                                  QStringLiteral("阿依古丽·买买提"), QStringLiteral("ÉMILE O'Brien")};
        QTest::newRow("zh-1-beyond-bmp") << QStringLiteral("𠮷") << QStringList{QStringLiteral("陈𠮷")};
        QTest::newRow("zh-2-beyond-bmp") << QStringLiteral("陈𠮷") << QStringList{QStringLiteral("陈𠮷")};
        QTest::newRow("zh-2-middle-dot") << QStringLiteral("丽·") << QStringList{QStringLiteral("阿依古丽·买买提")};
        QTest::newRow("zh-3-middle-dot") << QStringLiteral("丽·买") << QStringList{QStringLiteral("阿依古丽·买买提")};
        QTest::newRow("latin-2-name") << QStringLiteral("Li") << QStringList{QStringLiteral("Anne Li")};
        QTest::newRow("latin-2-upper") << QStringLiteral("SM") << QStringList{QStringLiteral("Anna Smith")};
        QTest::newRow("latin-1-accent") << QStringLiteral("É") << QStringList{QStringLiteral("ÉMILE O'Brien")};
        QTest::newRow("latin-2-apostrophe") << QStringLiteral("O'") << QStringList{QStringLiteral("ÉMILE O'Brien")};
        QTest::newRow("latin-3") << QStringLiteral("bri") << QStringList{QStringLiteral("ÉMILE O'Brien")};
        QTest::newRow("digit-1") << QStringLiteral("7")
                                 << QStringList{QStringLiteral("王伟"), QStringLiteral("李娜"),
                                                QStringLiteral("Anna Smith")};
        QTest::newRow("digit-2-unit") << QStringLiteral("12")
                                      << QStringList{QStringLiteral("王伟"), QStringLiteral("李娜"),
                                                     QStringLiteral("欧阳娜娜"), QStringLiteral("Anna Smith"),
                                                     QStringLiteral("陈𠮷"), QStringLiteral("阿依古丽·买买提"),
                                                     QStringLiteral("ÉMILE O'Brien")};
        QTest::newRow("dash") << QStringLiteral("-2") << QStringList{QStringLiteral("阿依古丽·买买提")};
        QTest::newRow("none") << QStringLiteral("张") << QStringList{};
        QTest::newRow("none-2") << QStringLiteral("张伟") << QStringList{};
        QTest::newRow("like-wildcards") << QStringLiteral("%") << QStringList{};
        QTest::newRow("fts-quotes") << QStringLiteral("a\"b") << QStringList{};
    }
    void searchShortAndLongQueries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        std::sort(expected.begin(), expected.end());
        ResidentFilter f;
        f.search = query;
        // Both routes of a short search (grams; scan when the gram is
        // common) give the same rows.
        for (int limit : {ResidentRepository::kGramRouteLimit, 0}) {
            ResidentRepository repo(m_db);
            repo.setGramRouteLimit(limit);
            auto rows = repo.pageAfter(f, std::nullopt, 50);
            QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
            QCOMPARE(names(*rows), expected);
            QCOMPARE(repo.count(f).value(), int(expected.size()));
            const auto counted = repo.countUpTo(f, 1);
            QVERIFY(counted);
            if (counted->exact) {
                QCOMPARE(counted->rows, int(expected.size()));
            } else {
                QCOMPARE(counted->rows, 1);   // "more than 1"
                QVERIFY(expected.size() > 1);
            }
        }
    }

    void broadShortSearchesStopCounting()
    {
        ResidentRepository repo(m_db);
        ResidentFilter f;
        f.search = QStringLiteral("幢");   // every resident: common, so scanned
        repo.setGramRouteLimit(3);
        auto counted = repo.countUpTo(f, 4);
        QVERIFY(counted);
        QVERIFY(!counted->exact);
        QCOMPARE(counted->rows, 4);
        QCOMPARE(repo.count(f).value(), 9);
        // Answered by the grams: exact however many.
        repo.setGramRouteLimit(ResidentRepository::kGramRouteLimit);
        counted = repo.countUpTo(f, 4);
        QVERIFY(counted->exact);
        QCOMPARE(counted->rows, 9);
        f.search = QStringLiteral("1");   // digits are never in the grams
        counted = repo.countUpTo(f, 2);
        QVERIFY(!counted->exact);
        QCOMPARE(counted->rows, 2);
    }

    void gramsFollowEveryWrite()
    {
        QCOMPARE(storedGrams(m_db->connection()), expectedGrams(m_db->connection()));
        QVERIFY(!core::searchGrams({QStringLiteral("王伟 13812345678 1幢 1-101")}).contains(QStringLiteral("1")));
        QCOMPARE(core::searchGrams({QStringLiteral("Ab·c 1d")}),
                 (QStringList{QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("b"), QStringLiteral("b·"),
                              QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("·"), QStringLiteral("·c")}));
    }

    void migrationFillsGramsAsTheRepositoryDoes()
    {
        // The upgrade of an existing database cuts grams in SQL: it must agree
        // with core::searchGrams() (ASCII folding, code points, punctuation).
        QString fill;
        for (const storage::Migration& m : storage::migrations()) {
            for (const QString& statement : m.statements) {
                if (statement.contains(QLatin1String("INSERT OR IGNORE INTO resident_grams")))
                    fill = statement;
            }
        }
        QVERIFY(!fill.isEmpty());
        const auto before = storedGrams(m_db->connection());
        QVERIFY(!before.isEmpty());
        storage::Transaction tx(m_db->connection());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM resident_grams")));
        QVERIFY2(q.exec(fill), qPrintable(q.lastError().text()));
        QCOMPARE(storedGrams(m_db->connection()), before);
        QVERIFY(tx.commit());
    }

    void filters()
    {
        ResidentFilter f;
        f.buildingId = m_building1;
        QCOMPARE(m_repo->count(f).value(), 3);
        f.role = core::ResidentRole::Tenant;
        QCOMPARE(names(m_repo->pageAfter(f, std::nullopt, 10).value()), QStringList{QStringLiteral("Anne Li")});
        ResidentFilter unknown;
        unknown.consentStatus = QStringLiteral("unknown");
        QCOMPARE(m_repo->count(unknown).value(), 9);
        unknown.consentStatus = QStringLiteral("granted");
        QCOMPARE(m_repo->count(unknown).value(), 0);
    }

    void unitSortIsNatural()
    {
        ResidentFilter f;
        f.sort = ResidentSort::Unit;
        auto rows = m_repo->pageAfter(f, std::nullopt, 10).value();
        QCOMPARE(rows.first().unit, QStringLiteral("1幢 1-101"));
        QCOMPARE(rows.last().unit, QStringLiteral("10幢 10-1201"));
    }

    void optimisticLockingAndSearchIndexFollowEdits()
    {
        ResidentFilter f;
        f.search = QStringLiteral("李娜");
        const qint64 id = m_repo->pageAfter(f, std::nullopt, 1).value().first().id;
        core::Resident r = m_repo->get(id).value();
        QCOMPARE(r.version, 1);
        QCOMPARE(r.unitDisplay, QStringLiteral("10幢 10-1201"));
        core::Resident stale = r;
        r.name = QStringLiteral("李娜娜");
        QVERIFY(m_repo->update(r, std::nullopt, kNow));
        QCOMPARE(m_repo->get(id)->version, 2);
        stale.name = QStringLiteral("李四");
        auto conflict = m_repo->update(stale, std::nullopt, kNow);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().kind, core::Error::Kind::Conflict);
        f.search = QStringLiteral("李娜娜");
        QCOMPARE(m_repo->count(f).value(), 1);
        f.search = QStringLiteral("李四");
        QCOMPARE(m_repo->count(f).value(), 0);

        QVERIFY(m_repo->anonymise(id, QStringLiteral("Former resident #%1").arg(id), kNow));
        for (const QString& search : {QStringLiteral("李娜娜"), QStringLiteral("李娜"), QStringLiteral("李"),
                                      QStringLiteral("娜"), QStringLiteral("0571")}) {
            f.search = search;
            auto rows = m_repo->pageAfter(f, std::nullopt, 50).value();
            QVERIFY2(std::none_of(rows.begin(), rows.end(), [id](const auto& row) { return row.id == id; }),
                     qPrintable(search));
        }
        // Privacy: none of the former name's grams is left for this resident.
        QSqlQuery grams(m_db->connection());
        grams.prepare(QStringLiteral("SELECT gram FROM resident_grams WHERE resident_id = ? ORDER BY gram"));
        grams.addBindValue(id);
        QVERIFY(grams.exec());
        QStringList left;
        while (grams.next())
            left << grams.value(0).toString();
        QCOMPARE(left, core::searchGrams({QStringLiteral("Former resident #%1").arg(id), r.unitDisplay}));
        QVERIFY(!left.contains(QStringLiteral("李")));
        QCOMPARE(storedGrams(m_db->connection()), expectedGrams(m_db->connection()));
        const core::Resident gone = m_repo->get(id).value();
        QVERIFY(gone.isAnonymised());
        QVERIFY(gone.phone.isEmpty());
    }

    void keysetPagingMatchesFullOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (int s = 0; s <= int(ResidentSort::MoveIn); ++s) {
            QTest::addRow("sort%d-asc", s) << s << false;
            QTest::addRow("sort%d-desc", s) << s << true;
        }
    }
    void keysetPagingMatchesFullOrder()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QVERIFY(ensureSeeded());
        ResidentFilter f;
        f.sort = ResidentSort(sort);
        f.descending = descending;
        const int total = m_repo->count(f).value();
        QVERIFY(total > 1500);
        // Walk forwards page by page.
        QList<qint64> forward;
        std::optional<storage::PageCursor> cursor;
        for (;;) {
            auto page = m_repo->pageAfter(f, cursor, 97).value();
            if (page.isEmpty())
                break;
            for (const auto& r : page)
                forward << r.id;
            cursor = storage::PageCursor{page.last().sortValue, page.last().id};
        }
        QCOMPARE(forward.size(), total);
        // Backwards from the end gives the same order.
        QList<qint64> backward;
        cursor.reset();
        for (;;) {
            auto page = m_repo->pageBefore(f, cursor, 89).value();
            if (page.isEmpty())
                break;
            for (auto it = page.crbegin(); it != page.crend(); ++it)
                backward.prepend(it->id);
            cursor = storage::PageCursor{page.first().sortValue, page.first().id};
        }
        QCOMPARE(backward, forward);
        // Offsets from either end agree.
        for (int offset : {0, 1, total / 2 - 5, total / 2 + 3, total - 60, total - 1}) {
            auto page = m_repo->pageAt(f, offset, 50, total).value();
            QCOMPARE(page.size(), std::min(50, total - offset));
            for (int i = 0; i < page.size(); ++i)
                QCOMPARE(page.at(i).id, forward.at(offset + i));
        }
    }

    void demoSeederWritesGrams()
    {
        QVERIFY(ensureSeeded());
        QCOMPARE(storedGrams(m_db->connection()), expectedGrams(m_db->connection()));
    }

private:
    bool ensureSeeded()
    {
        if (!m_seeded) {
            storage::DemoSeeder seeder(m_db);
            storage::DemoSeeder::Options options;
            options.residents = 1500;
            options.today = QDate(2026, 11, 26);
            m_seeded = bool(seeder.seed(options));
        }
        return m_seeded;
    }

    test::TempDatabase m_temp;
    std::shared_ptr<storage::Database> m_db;
    std::unique_ptr<ResidentRepository> m_repo;
    qint64 m_building1 = 0;
    qint64 m_unit101 = 0;
    bool m_seeded = false;
};

QTEST_GUILESS_MAIN(tst_ResidentRepository)
#include "tst_residentrepository.moc"
