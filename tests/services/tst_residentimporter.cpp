#include "residentfixture.h"
#include "services/residentimporter.h"
#include "services/residentservice.h"

#include <QStringEncoder>
#include <QTest>

using namespace cg;
using services::ResidentImporter;

namespace {

const QString kChinese = QStringLiteral(
    "小区,楼栋,房号,姓名,身份,手机号码,身份证号,出生日期,语言,无障碍需求,入住日期,监护人,备注\n"
    "翠苑小区,5幢,5-301,王伟,业主,138 0000 1111,330106199003071236,,中文,大字,2019/3/1,,\n"
    "翠苑小区,5幢,5-301,李芳,家属,13900002222,,1992-08-01,中文,,2019/3/1,,\"备注, 含逗号\"\n"
    "翠苑小区,5幢,5-301,王小宝,家属,,,2019-05-05,中文,,2019/5/5,,\n"
    "翠苑小区,6幢,6-1201,欧阳娜,租户,0571-87654321,,1970-01-01,中文,朗读、协助签字,2024年1月2日,,\n");

const QString kEnglish = QStringLiteral(
    "Building\tUnit\tName\tRole\tPhone\tID Number\tDate of birth\tLanguage\tGuardian\n"
    "7\t7-101\tAnna Smith\towner\t+44 20 7123 4567\tE12345678\t1985-02-03\tEnglish\t\n"
    "7\t7-101\tLena Smith\tfamily\t\t\t2016-09-09\ten\tAnna Smith\n");

} // namespace

class tst_ResidentImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsEncodingsAndHeaderLanguages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("rows");
        QStringEncoder gb("GB18030");
        QTest::newRow("utf8-chinese") << kChinese.toUtf8() << QStringLiteral("UTF-8") << 4;
        QTest::newRow("bom-chinese") << QByteArray("\xEF\xBB\xBF" + kChinese.toUtf8()) << QStringLiteral("UTF-8 (BOM)") << 4;
        QTest::newRow("gb18030-chinese") << QByteArray(gb.encode(kChinese)) << QStringLiteral("GB18030") << 4;
        QTest::newRow("gb18030-crlf") << QByteArray(gb.encode(QString(kChinese).replace(QLatin1String("\n"), QLatin1String("\r\n"))))
                                      << QStringLiteral("GB18030") << 4;
        QTest::newRow("utf8-english-tabs") << kEnglish.toUtf8() << QStringLiteral("UTF-8") << 2;
        QTest::newRow("bom-english-tabs") << QByteArray("\xEF\xBB\xBF" + kEnglish.toUtf8()) << QStringLiteral("UTF-8 (BOM)") << 2;
    }
    void importsEncodingsAndHeaderLanguages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(int, rows);
        test::ResidentFixture f;
        ResidentImporter importer(f.deps);
        auto check = importer.run(f.manager(), bytes, ResidentImporter::Mode::Check);
        QVERIFY(check);
        QVERIFY2(check->issues.isEmpty(), qPrintable(check->issues.value(0).reason));
        QCOMPARE(check->encoding, encoding);
        QCOMPARE(check->created, rows);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents")), 0);   // a check writes nothing

        auto report = importer.run(f.manager(), bytes, ResidentImporter::Mode::Import);
        QVERIFY(report);
        QVERIFY(report->committed);
        QCOMPARE(report->created, rows);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents")), rows);
        QCOMPARE(f.audits(QStringLiteral("import.residents")), 1);

        services::ResidentService residents(f.deps);
        storage::ResidentFilter search;
        if (rows == 4) {
            QCOMPARE(report->buildingsCreated, 2);
            QCOMPARE(report->guardiansLinked, 1);   // 王小宝 -> the unit's owner
            search.search = QStringLiteral("王小宝");
            const auto child = residents.pageAfter(f.clerk(), search, std::nullopt, 5)->first();
            search.search = QStringLiteral("王伟");
            const auto owner = residents.pageAfter(f.clerk(), search, std::nullopt, 5)->first();
            QCOMPARE(child.guardianId, owner.id);
            QCOMPARE(owner.phone, QStringLiteral("13800001111"));
            QCOMPARE(owner.idMasked, QStringLiteral("3301**********1236"));
            QCOMPARE(owner.birthDate, QDate(1990, 3, 7));
            search.search = QStringLiteral("oyn");   // pinyin initials of 欧阳娜
            const auto oy = residents.pageAfter(f.clerk(), search, std::nullopt, 5).value();
            QCOMPARE(oy.size(), 1);
            const core::Resident full = residents.get(f.clerk(), oy.first().id).value();
            QCOMPARE(full.accessibility, unsigned(core::AccessibilityNeed::ReadAloud) | unsigned(core::AccessibilityNeed::AssistedSigning));
            QCOMPARE(full.moveIn, QDate(2024, 1, 2));
            QCOMPARE(full.role, core::ResidentRole::Tenant);
            QCOMPARE(full.unitDisplay, QStringLiteral("6幢 6-1201"));
            search.search = QStringLiteral("李芳");
            QCOMPARE(residents.get(f.clerk(), residents.pageAfter(f.clerk(), search, std::nullopt, 1)->first().id)->notes,
                     QStringLiteral("备注, 含逗号"));
        } else {
            search.search = QStringLiteral("Lena");
            const auto lena = residents.pageAfter(f.clerk(), search, std::nullopt, 5)->first();
            search.search = QStringLiteral("Anna");
            const auto anna = residents.pageAfter(f.clerk(), search, std::nullopt, 5)->first();
            QCOMPARE(lena.guardianId, anna.id);
            QCOMPARE(anna.phone, QStringLiteral("+442071234567"));
            QCOMPARE(anna.idMasked, QStringLiteral("E1*****78"));
            QCOMPARE(residents.get(f.clerk(), anna.id)->language, QStringLiteral("en"));
        }
        // Importing the same file again only reports duplicates.
        auto again = importer.run(f.manager(), bytes, ResidentImporter::Mode::Import);
        QVERIFY(again);
        QVERIFY(!again->committed);
        QVERIFY(again->issues.size() >= rows);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents")), rows);
    }

    void errorsOnSeveralLinesChangeNothing()
    {
        test::ResidentFixture f;
        const qint64 units = f.scalar(QStringLiteral("SELECT count(*) FROM units"));
        const qint64 audits = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        const QString csv = QStringLiteral(
            "楼栋,房号,姓名,身份,手机号,证件号码,出生日期,入住日期,迁出日期\n"
            "8幢,8-101,周杰,业主,13811112222,,1980-01-01,2020-01-01,\n"          // line 2 fine
            "8幢,8-101,周敏,房东,12345,,1981-01-01,2020-01-01,\n"                 // 3: role, phone
            "8幢,8-102,,业主,,330106199003071237,,2020-01-01,\n"                  // 4: name, id check digit
            "8幢,8-103,吴小童,家属,,,2020-02-02,2020-03-01,\n"                    // 5: minor, nobody in unit
            "8幢,8-104,郑一,业主,,11010519491231002X,,2020-01-01,2019-12-31\n"    // 6: move-out before move-in
            "8幢,8-105,郑二,业主,,11010519491231002x,,2020-01-01,\n"              // 7: same ID as line 6
            "8幢,8-101,周杰,家属,,,,,\n");                                        // 8: 周杰 twice in 8-101
        ResidentImporter importer(f.deps);
        auto report = importer.run(f.manager(), csv.toUtf8(), ResidentImporter::Mode::Import);
        QVERIFY(report);
        QVERIFY(!report->committed);
        QStringList found;
        for (const core::CsvIssue& i : report->issues)
            found << QStringLiteral("%1:%2").arg(i.line).arg(i.column);
        QCOMPARE(found, (QStringList{QStringLiteral("3:身份"), QStringLiteral("3:手机号"), QStringLiteral("4:姓名"),
                                     QStringLiteral("4:证件号码"), QStringLiteral("5:guardian"),
                                     QStringLiteral("6:迁出日期"), QStringLiteral("7:证件号码"),
                                     QStringLiteral("8:姓名")}));
        for (const core::CsvIssue& i : report->issues)
            QVERIFY(!i.reason.isEmpty());
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents")), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM units")), units);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM buildings")), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    }

    void badFilesAreExplained()
    {
        test::ResidentFixture f;
        ResidentImporter importer(f.deps);
        auto noHeader = importer.run(f.manager(), QByteArray("foo,bar\n1,2\n"), ResidentImporter::Mode::Import);
        QVERIFY(noHeader);
        QCOMPARE(noHeader->issues.first().line, 1);
        auto empty = importer.run(f.manager(), QByteArray(), ResidentImporter::Mode::Import);
        QCOMPARE(empty->issues.size(), 1);
        auto binary = importer.run(f.manager(), QByteArray("building,unit,name\n\0\x01\x02", 22), ResidentImporter::Mode::Import);
        QVERIFY(!binary->issues.isEmpty());
        auto unclosed = importer.run(f.manager(), QByteArray("building,unit,name\n1,1-101,\"Anna\n"), ResidentImporter::Mode::Import);
        QCOMPARE(unclosed->issues.first().line, 2);
        QVERIFY(!importer.run(f.clerk(), kChinese.toUtf8(), ResidentImporter::Mode::Import));   // clerks may not import
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ResidentImporter)
#include "tst_residentimporter.moc"
