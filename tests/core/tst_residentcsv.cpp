#include "core/csvreader.h"
#include "core/residentcsv.h"

#include <QStringEncoder>
#include <QTest>

using namespace cg::core;

class tst_ResidentCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesEncodings()
    {
        const QString text = QStringLiteral("楼栋,房号,姓名\n1幢,1-101,王伟\n");
        auto plain = decodeCsv(text.toUtf8());
        QVERIFY(plain);
        QCOMPARE(plain->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(plain->text, text);
        auto bom = decodeCsv(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
        QVERIFY(bom);
        QCOMPARE(bom->encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(bom->text, text);
        QStringEncoder gb("GB18030");
        const QByteArray gbBytes = gb.encode(text);
        QVERIFY(gbBytes != text.toUtf8());
        auto gbk = decodeCsv(gbBytes);
        QVERIFY(gbk);
        QCOMPARE(gbk->encoding, QStringLiteral("GB18030"));
        QCOMPARE(gbk->text, text);
        QCOMPARE(gbk->delimiter, QLatin1Char(','));
        auto tabs = decodeCsv(QByteArray("building\tunit\tname, with comma\n"));
        QCOMPARE(tabs->delimiter, QLatin1Char('\t'));
    }
    void parsesQuotedRecords()
    {
        const QString text = QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\n");
        CsvParser parser(text, QLatin1Char(','));
        CsvRecord r;
        QVERIFY(parser.next(r));
        QCOMPARE(r.line, 1);
        QCOMPARE(r.fields, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(parser.next(r));
        QCOMPARE(r.line, 2);
        QCOMPARE(r.fields, (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
        QVERIFY(parser.next(r));
        QCOMPARE(r.line, 4);
        QCOMPARE(r.fields, QStringList{QString()});
        QVERIFY(parser.next(r));
        QCOMPARE(r.line, 5);
        QCOMPARE(r.fields, (QStringList{QStringLiteral("last"), QString(), QString()}));
        QVERIFY(!parser.next(r));
        QVERIFY(!parser.hasError());

        const QString broken = QStringLiteral("a,b\n\"open,c\n");
        CsvParser bad(broken, QLatin1Char(','));
        QVERIFY(bad.next(r));
        QVERIFY(!bad.next(r));
        QVERIFY(bad.hasError());
        QCOMPARE(bad.errorLine(), 2);
    }
    void writesSafeFields()
    {
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"x\"")), QStringLiteral("\"say \"\"x\"\"\""));
        QCOMPARE(csvField(QStringLiteral("=SUM(A1)")), QStringLiteral("'=SUM(A1)"));
        QCOMPARE(csvField(QStringLiteral("+442071234567")), QStringLiteral("+442071234567"));
    }
    void mapsHeadersInBothLanguages()
    {
        QList<CsvIssue> issues;
        auto zh = residentCsvLayout({QStringLiteral("楼栋"), QStringLiteral("房号"), QStringLiteral("姓名"),
                                     QStringLiteral("手机号码"), QStringLiteral("身份证号"), QStringLiteral("其它列")},
                                    &issues);
        QVERIFY(zh);
        QVERIFY(issues.isEmpty());
        QCOMPARE(zh->index.value(ResidentColumn::Phone), 3);
        QCOMPARE(zh->index.value(ResidentColumn::IdNumber), 4);
        QCOMPARE(zh->ignored, QStringList{QStringLiteral("其它列")});
        auto en = residentCsvLayout({QStringLiteral("Building"), QStringLiteral("Unit"), QStringLiteral("Name"),
                                     QStringLiteral("Move-in date"), QStringLiteral("ID Number")},
                                    &issues);
        QVERIFY(en);
        QCOMPARE(en->index.value(ResidentColumn::MoveIn), 3);
        auto missing = residentCsvLayout({QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("电话")}, &issues);
        QVERIFY(!missing);
        QCOMPARE(issues.size(), 3);   // phone twice, building and unit missing
    }
    void parsesRowsAndNamesProblems()
    {
        QList<CsvIssue> issues;
        auto layout = residentCsvLayout({QStringLiteral("楼栋"), QStringLiteral("房号"), QStringLiteral("姓名"),
                                         QStringLiteral("身份"), QStringLiteral("手机号"), QStringLiteral("证件号码"),
                                         QStringLiteral("入住日期"), QStringLiteral("无障碍需求")},
                                        &issues);
        QVERIFY(layout);
        auto row = parseResidentCsvRow(*layout,
                                       {QStringLiteral("1幢"), QStringLiteral("1-101"), QStringLiteral("王伟"),
                                        QStringLiteral("业主"), QStringLiteral("138 1234 5678"),
                                        QStringLiteral("11010519491231002x"), QStringLiteral("2020年3月5日"),
                                        QStringLiteral("大字、朗读")},
                                       2, &issues);
        QVERIFY(row);
        QVERIFY(issues.isEmpty());
        QCOMPARE(row->resident.phone, QStringLiteral("13812345678"));
        QCOMPARE(row->idNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(row->resident.idKind, IdKind::PrcResident);
        QCOMPARE(row->resident.moveIn, QDate(2020, 3, 5));
        QCOMPARE(row->resident.accessibility,
                 unsigned(AccessibilityNeed::LargePrint) | unsigned(AccessibilityNeed::ReadAloud));

        auto bad = parseResidentCsvRow(*layout,
                                       {QStringLiteral("1幢"), QString(), QStringLiteral("李娜"), QStringLiteral("房东"),
                                        QStringLiteral("12345"), QStringLiteral("110105194912310021"),
                                        QStringLiteral("2020-13-01")},
                                       7, &issues);
        QVERIFY(!bad);
        QStringList columns;
        for (const CsvIssue& i : issues) {
            QCOMPARE(i.line, 7);
            columns << i.column;
        }
        QCOMPARE(columns, (QStringList{QStringLiteral("房号"), QStringLiteral("身份"), QStringLiteral("手机号"),
                                       QStringLiteral("证件号码"), QStringLiteral("入住日期")}));
    }
    void dates()
    {
        QCOMPARE(parseCsvDate(QStringLiteral("2024/3/5")), QDate(2024, 3, 5));
        QCOMPARE(parseCsvDate(QStringLiteral("2024.03.05")), QDate(2024, 3, 5));
        QCOMPARE(parseCsvDate(QStringLiteral("20240305")), QDate(2024, 3, 5));
        QCOMPARE(parseCsvDate(QStringLiteral("2024-03-05 00:00:00")), QDate(2024, 3, 5));
        QVERIFY(!parseCsvDate(QStringLiteral("5/3/2024")).isValid());
        QVERIFY(!parseCsvDate(QStringLiteral("2024-02-30")).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_ResidentCsv)
#include "tst_residentcsv.moc"
