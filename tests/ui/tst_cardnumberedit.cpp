// A USB card reader "types" a burst of digits and Enter; a person types
// slowly. Real key events from QTest, real time between them.
#include "ui/widgets/cardnumberedit.h"

#include <QSignalSpy>
#include <QTest>

using cg::ui::CardNumberEdit;

class tst_CardNumberEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readerBurstIsRecognised()
    {
        CardNumberEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QSignalSpy spy(&edit, &CardNumberEdit::cardEntered);
        QTest::keyClicks(&edit, QStringLiteral("0012345678"));   // no delay: reader speed
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("0012345678"));
        QVERIFY(spy.at(0).at(1).toBool());
        QVERIFY(edit.lastEntryFromReader());
    }

    void typingIsRecognised()
    {
        CardNumberEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QSignalSpy spy(&edit, &CardNumberEdit::cardEntered);
        QTest::keyClicks(&edit, QStringLiteral("12345678"), Qt::NoModifier, 90);   // a fast typist
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("12345678"));
        QVERIFY(!spy.at(0).at(1).toBool());
    }

    void oneSlowKeyMakesItTyping()
    {
        CardNumberEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QSignalSpy spy(&edit, &CardNumberEdit::cardEntered);
        QTest::keyClicks(&edit, QStringLiteral("00123"));
        QTest::keyClicks(&edit, QStringLiteral("45678"), Qt::NoModifier, 120);
        QTest::keyClick(&edit, Qt::Key_Enter);
        QVERIFY(!spy.at(0).at(1).toBool());
    }

    void editingByHandIsNotAReader()
    {
        CardNumberEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QSignalSpy spy(&edit, &CardNumberEdit::cardEntered);
        QTest::keyClicks(&edit, QStringLiteral("0012345679"));
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QTest::keyClicks(&edit, QStringLiteral("8"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("0012345678"));
        QVERIFY(!spy.at(0).at(1).toBool());
    }

    void nextCardReplacesThePrevious()
    {
        CardNumberEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QSignalSpy spy(&edit, &CardNumberEdit::cardEntered);
        QTest::keyClicks(&edit, QStringLiteral("0012345678"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QTest::keyClicks(&edit, QStringLiteral("0087654321"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("0087654321"));
        QCOMPARE(edit.text(), QStringLiteral("0087654321"));
        QVERIFY(spy.at(1).at(1).toBool());
    }

    void tooShortForAReader()
    {
        CardNumberEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QSignalSpy spy(&edit, &CardNumberEdit::cardEntered);
        QTest::keyClicks(&edit, QStringLiteral("12"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QVERIFY(!spy.at(0).at(1).toBool());
    }
};

QTEST_MAIN(tst_CardNumberEdit)
#include "tst_cardnumberedit.moc"
