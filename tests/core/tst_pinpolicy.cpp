#include "core/pinpolicy.h"

#include <QSet>
#include <QTest>

using cg::core::PinPolicy;

class tst_PinPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesWeak_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QDate>("birth");
        const QDate none;
        const QDate birth(1987, 3, 14);
        QTest::newRow("too short") << QStringLiteral("593") << none;
        QTest::newRow("too long") << QStringLiteral("593817264") << none;
        QTest::newRow("not digits") << QStringLiteral("59a8") << none;
        QTest::newRow("repeat") << QStringLiteral("777777") << none;
        QTest::newRow("ascending") << QStringLiteral("123456") << none;
        QTest::newRow("ascending wrap") << QStringLiteral("7890") << none;
        QTest::newRow("descending") << QStringLiteral("98765") << none;
        QTest::newRow("pairs") << QStringLiteral("3939") << none;
        QTest::newRow("triples") << QStringLiteral("472472") << none;
        QTest::newRow("common 5201314") << QStringLiteral("5201314") << none;
        QTest::newRow("common 2580") << QStringLiteral("2580") << none;
        QTest::newRow("birth yyyymmdd") << QStringLiteral("19870314") << birth;
        QTest::newRow("birth yymmdd") << QStringLiteral("870314") << birth;
        QTest::newRow("birth ddmmyy") << QStringLiteral("140387") << birth;
        QTest::newRow("birth mmdd") << QStringLiteral("0314") << birth;
        QTest::newRow("birth year") << QStringLiteral("1987") << birth;
    }
    void refusesWeak()
    {
        QFETCH(QString, pin);
        QFETCH(QDate, birth);
        auto status = PinPolicy::check(pin, birth);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().field, QStringLiteral("pin"));
        QVERIFY(!status.error().message.isEmpty());
    }

    void acceptsStrong_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("4") << QStringLiteral("5938");
        QTest::newRow("6") << QStringLiteral("830417");
        QTest::newRow("8") << QStringLiteral("20573946");
        QTest::newRow("someone else's birthday") << QStringLiteral("870314");
    }
    void acceptsStrong()
    {
        QFETCH(QString, pin);
        QVERIFY(PinPolicy::check(pin, QDate(1990, 1, 1)).ok());
    }

    void generatesRandomStrongPins()
    {
        const QDate birth(1987, 3, 14);
        QSet<QString> seen;
        for (int i = 0; i < 300; ++i) {
            const QString pin = PinPolicy::generate(6, birth);
            QCOMPARE(pin.size(), 6);
            QVERIFY(PinPolicy::check(pin, birth).ok());
            seen.insert(pin);
        }
        // 300 draws from ~10^6: collisions are possible but rare; identical
        // output would mean a broken generator.
        QVERIFY(seen.size() > 290);
        QCOMPARE(PinPolicy::generate(4).size(), 4);
        QCOMPARE(PinPolicy::generate(8).size(), 8);
        QCOMPARE(PinPolicy::generate(99).size(), PinPolicy::kMaxLength);
    }

    void digitsAreUniform()
    {
        int counts[10] = {};
        for (int i = 0; i < 2000; ++i) {
            for (QChar c : PinPolicy::generate(8))
                ++counts[c.digitValue()];
        }
        for (int d = 0; d < 10; ++d)   // expected 1600 each
            QVERIFY2(counts[d] > 1300 && counts[d] < 1900, qPrintable(QString::number(counts[d])));
    }
};

QTEST_GUILESS_MAIN(tst_PinPolicy)
#include "tst_pinpolicy.moc"
