#include "core/cardnumber.h"

#include <QTest>

using cg::core::CardNumber;

class tst_CardNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesFormats_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<quint64>("value");
        QTest::newRow("decimal padded") << QStringLiteral("0012345678") << quint64(12345678);
        QTest::newRow("decimal spaced") << QStringLiteral(" 12 345 678 ") << quint64(12345678);
        QTest::newRow("hex 0x") << QStringLiteral("0xBC614E") << quint64(0xBC614E);
        QTest::newRow("hex lower letters") << QStringLiteral("bc614e") << quint64(0xBC614E);
        QTest::newRow("hex h suffix") << QStringLiteral("00BC614Eh") << quint64(0xBC614E);
        QTest::newRow("wiegand colon") << QStringLiteral("188:24910") << quint64((188u << 16) | 24910u);
        QTest::newRow("wiegand comma") << QStringLiteral("188,24910") << quint64((188u << 16) | 24910u);
        QTest::newRow("wiegand slash") << QStringLiteral("001/00001") << quint64(65537);
        QTest::newRow("7-byte uid") << QStringLiteral("0x04A1B2C3D4E5F6") << quint64(0x04A1B2C3D4E5F6ull);
    }
    void parsesFormats()
    {
        QFETCH(QString, input);
        QFETCH(quint64, value);
        auto card = CardNumber::parse(input);
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
        QCOMPARE(card->value(), value);
    }

    void sameCardAllFormatsSameCanonical()
    {
        const QString forms[] = {QStringLiteral("0012345678"), QStringLiteral("0xBC614E"), QStringLiteral("188:24910")};
        for (const QString& f : forms)
            QCOMPARE(CardNumber::parse(f)->canonical(), QStringLiteral("12345678"));
    }

    void displaysFormats()
    {
        auto card = CardNumber::parse(QStringLiteral("12345678"));
        QVERIFY(card.ok());
        QCOMPARE(card->decimal(), QStringLiteral("0012345678"));
        QCOMPARE(card->hex(), QStringLiteral("BC614E"));
        QVERIFY(card->fitsWiegand26());
        QCOMPARE(card->facilityCode(), 188);
        QCOMPARE(card->cardCode(), 24910);
        QCOMPARE(card->wiegand26(), QStringLiteral("188:24910"));
        QCOMPARE(card->last4(), QStringLiteral("5678"));
        // Round trip through each display form.
        QCOMPARE(CardNumber::parse(card->wiegand26())->value(), card->value());
        QCOMPARE(CardNumber::parse(QStringLiteral("0x") + card->hex())->value(), card->value());
        QCOMPARE(CardNumber::parse(card->decimal())->value(), card->value());
    }

    void wiegandFrameParity()
    {
        // Facility 1, card 1: data bits 0x010001. First 12 bits 0x010 (one 1 ->
        // even parity bit 1); last 12 bits 0x001 (one 1 -> odd parity bit 0).
        const quint32 frame = CardNumber::fromValue(0x010001).wiegand26Frame();
        QCOMPARE(frame >> 25, 1u);
        QCOMPARE((frame >> 1) & 0xFFFFFF, 0x010001u);
        QCOMPARE(frame & 1u, 0u);
        const quint32 zero = CardNumber::fromValue(0x000000 + 0x000002).wiegand26Frame();
        QCOMPARE(zero >> 25, 0u);     // no 1s in the first half: even already
        QCOMPARE(zero & 1u, 0u);      // one 1 in the second half: odd already
    }

    void tooBigForWiegand()
    {
        auto card = CardNumber::parse(QStringLiteral("4000000000"));
        QVERIFY(card.ok());
        QVERIFY(!card->fitsWiegand26());
        QVERIFY(card->wiegand26().isEmpty());
        QCOMPARE(card->wiegand26Frame(), 0u);
        QCOMPARE(card->decimal(), QStringLiteral("4000000000"));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("letters") << QStringLiteral("card-xyz");
        QTest::newRow("facility too big") << QStringLiteral("256:1");
        QTest::newRow("card code too big") << QStringLiteral("1:65536");
        QTest::newRow("too long") << QStringLiteral("0x0123456789ABCDEF");
        QTest::newRow("zero") << QStringLiteral("0000000000");
    }
    void rejects()
    {
        QFETCH(QString, input);
        auto card = CardNumber::parse(input);
        QVERIFY(!card.ok());
        QCOMPARE(card.error().field, QStringLiteral("card"));
        QVERIFY(!card.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CardNumber)
#include "tst_cardnumber.moc"
