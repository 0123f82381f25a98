#include "core/residentrules.h"

#include <QTest>

using namespace cg::core;

class tst_ResidentRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << QStringLiteral("330106199003071236") << true;
        QTest::newRow("valid-X") << QStringLiteral("11010519491231002X") << true;
        QTest::newRow("valid-lower-x") << QStringLiteral("11010519491231002x") << true;
        QTest::newRow("wrong-check") << QStringLiteral("330106199003071237") << false;
        QTest::newRow("X-where-digit") << QStringLiteral("33010619900307123X") << false;
        QTest::newRow("digit-where-X") << QStringLiteral("110105194912310021") << false;
        QTest::newRow("swapped-digits") << QStringLiteral("330106199003071326") << false;
        QTest::newRow("short") << QStringLiteral("33010619900307123") << false;
        QTest::newRow("letters") << QStringLiteral("3301061990030712A6") << false;
        QTest::newRow("bad-date") << QStringLiteral("330106199002301234") << false;
        QTest::newRow("bad-province") << QStringLiteral("990106199003071236") << false;
    }
    void checkDigit()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        const QString n = normalizeIdNumber(id);
        const Status status = validatePrcId(n, QDate(2026, 11, 26));
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QCOMPARE(status.error().field, QStringLiteral("id_number"));
    }
    void checkCharacterAndBirthDate()
    {
        QCOMPARE(prcCheckCharacter(u"11010519491231002"), QLatin1Char('X'));
        QCOMPARE(prcCheckCharacter(u"33010619900307123"), QLatin1Char('6'));
        QVERIFY(prcCheckCharacter(u"3301061990030712").isNull());
        QCOMPARE(prcBirthDate(QStringLiteral("330106199003071236")), QDate(1990, 3, 7));
        const Status wrong = validatePrcId(QStringLiteral("330106199003071237"));
        QVERIFY(wrong.error().message.contains(QLatin1Char('6')));   // names the expected digit
        QVERIFY(!wrong.error().message.contains(QStringLiteral("3301061990")));   // never echoes the number
    }
    void normalizeAndMask()
    {
        QCOMPARE(normalizeIdNumber(QStringLiteral(" 3301 0619 9003 0712 3x ")), QStringLiteral("33010619900307123X"));
        QCOMPARE(normalizeIdNumber(QStringLiteral("３３０１")), QStringLiteral("3301"));
        QCOMPARE(maskIdNumber(QStringLiteral("330106199003071234")), QStringLiteral("3301**********1234"));
        QCOMPARE(maskIdNumber(QStringLiteral("E12345678")), QStringLiteral("E1*****78"));
        QCOMPARE(guessIdKind(QStringLiteral("330106199003071236")), IdKind::PrcResident);
        QCOMPARE(guessIdKind(QStringLiteral("E12345678")), IdKind::Passport);
        QVERIFY(validatePassport(QStringLiteral("E12345678")).ok());
        QVERIFY(!validatePassport(QStringLiteral("ABCDEFG")).ok());
        QVERIFY(!validatePassport(QStringLiteral("E1")).ok());
    }
    void phone_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("canonical");   // empty: invalid
        QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("13812345678");
        QTest::newRow("mobile-spaces") << QStringLiteral("138 1234 5678") << QStringLiteral("13812345678");
        QTest::newRow("mobile+86") << QStringLiteral("+86 138-1234-5678") << QStringLiteral("13812345678");
        QTest::newRow("landline-4") << QStringLiteral("0571-87654321") << QStringLiteral("0571-87654321");
        QTest::newRow("landline-3") << QStringLiteral("010 12345678") << QStringLiteral("010-12345678");
        QTest::newRow("landline-7") << QStringLiteral("05718765432") << QStringLiteral("0571-8765432");
        QTest::newRow("intl") << QStringLiteral("+44 20 7123 4567") << QStringLiteral("+442071234567");
        QTest::newRow("intl-00") << QStringLiteral("0049 30 1234567") << QStringLiteral("+49301234567");
        QTest::newRow("short") << QStringLiteral("1381234567") << QString();
        QTest::newRow("mobile-12") << QStringLiteral("128123456789") << QString();
        QTest::newRow("letters") << QStringLiteral("138abc45678") << QString();
        QTest::newRow("intl-short") << QStringLiteral("+4412") << QString();
    }
    void phone()
    {
        QFETCH(QString, raw);
        QFETCH(QString, canonical);
        const Status status = validatePhone(raw);
        QCOMPARE(status.ok(), !canonical.isEmpty());
        if (status)
            QCOMPARE(normalizePhone(raw), canonical);
        else
            QCOMPARE(status.error().field, QStringLiteral("phone"));
        QVERIFY(validatePhone(QString()).ok());
    }
    void minorNeedsAdultGuardian()
    {
        const QDate today(2026, 11, 26);
        QVERIFY(isMinorUnder14(QDate(2012, 11, 27), today));     // 14 tomorrow
        QVERIFY(!isMinorUnder14(QDate(2012, 11, 26), today));    // 14 today
        QVERIFY(!isMinorUnder14(QDate(), today));
        QVERIFY(isAdult(QDate(2008, 11, 26), today));
        QVERIFY(!isAdult(QDate(2008, 11, 27), today));

        Resident child;
        child.id = 5;
        child.unitId = 1;
        child.name = QStringLiteral("王小明");
        child.birthDate = QDate(2018, 5, 1);
        auto fields = [](const QList<Error>& errors) {
            QStringList f;
            for (const Error& e : errors)
                f << e.field;
            return f;
        };
        QCOMPARE(fields(residentProblems(child, {}, std::nullopt, today)), QStringList{QStringLiteral("guardian")});
        GuardianFacts adult{7, QDate(1985, 1, 1), false, false};
        QVERIFY(residentProblems(child, {}, adult, today).isEmpty());
        GuardianFacts teen{8, QDate(2010, 1, 1), false, false};
        QCOMPARE(fields(residentProblems(child, {}, teen, today)), QStringList{QStringLiteral("guardian")});
        GuardianFacts gone{7, QDate(1985, 1, 1), true, false};
        QCOMPARE(fields(residentProblems(child, {}, gone, today)), QStringList{QStringLiteral("guardian")});
        GuardianFacts self{5, QDate(1985, 1, 1), false, false};
        QCOMPARE(fields(residentProblems(child, {}, self, today)), QStringList{QStringLiteral("guardian")});
        // A 14-year-old needs none.
        child.birthDate = QDate(2012, 1, 1);
        QVERIFY(residentProblems(child, {}, std::nullopt, today).isEmpty());
        // The birth date inside an ID number counts when none is entered.
        child.birthDate = {};
        QCOMPARE(fields(residentProblems(child, QStringLiteral("330106201506010021"), std::nullopt, today)),
                 QStringList{QStringLiteral("guardian")});
    }
    void recordProblemsNameTheirFields()
    {
        const QDate today(2026, 11, 26);
        Resident r;
        r.unitId = 1;
        r.name = QStringLiteral("  ");
        r.phone = QStringLiteral("12345");
        r.moveIn = QDate(2024, 5, 1);
        r.moveOut = QDate(2024, 4, 30);
        r.birthDate = QDate(1990, 3, 8);
        const QList<Error> problems = residentProblems(r, QStringLiteral("330106199003071236"), std::nullopt, today);
        QStringList f;
        for (const Error& e : problems) {
            f << e.field;
            QVERIFY(!e.message.isEmpty());
        }
        QCOMPARE(f, (QStringList{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("birth_date"),
                                 QStringLiteral("move_out")}));
        r.name = QStringLiteral("Anna Smith");
        r.phone = QStringLiteral("+44 20 7123 4567");
        r.moveOut = QDate(2024, 5, 1);   // same day is allowed
        r.birthDate = QDate(1990, 3, 7);
        QVERIFY(residentProblems(r, QStringLiteral("330106199003071236"), std::nullopt, today).isEmpty());
        QCOMPARE(residentProblems(r, QStringLiteral("330106199003071237"), std::nullopt, today).value(0).field,
                 QStringLiteral("id_number"));
    }
    void naturalSort()
    {
        QVERIFY(naturalSortKey(QStringLiteral("2幢 2-101")) < naturalSortKey(QStringLiteral("10幢 1-101")));
        QVERIFY(naturalSortKey(QStringLiteral("3幢 3-902")) < naturalSortKey(QStringLiteral("3幢 3-1201")));
        QVERIFY(naturalSortKey(QStringLiteral("A")) < naturalSortKey(QStringLiteral("B")));
    }
};

QTEST_GUILESS_MAIN(tst_ResidentRules)
#include "tst_residentrules.moc"
