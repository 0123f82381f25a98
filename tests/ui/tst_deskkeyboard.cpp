// The desk flow with the keyboard only, in the fully composed console (as
// app/main.cpp builds it) under offscreen: QTest key events and nothing else
// (no mouse, no slot calls). The clerk goes to the consent desk with Ctrl+1,
// types the resident's name, picks the match with Enter and the arrow keys,
// starts the session with F5; on the resident's screen the resident tabs to
// the language toggle (Space), to "I do not agree" (Space), to the signature
// pad and signs by typing their name, tabs to Confirm (Space); the clerk
// answers "print a receipt?" with Enter, chooses the paper with Enter, sees
// the receipt preview and closes it with Esc; Esc closes the resident's
// screen. The refusal is in the ledger with its signature.
// CG_SCREENSHOT_DIR=DIR saves a PNG of each screen (with the focus ring).
#include "consolefixture.h"
#include "core/consent.h"
#include "ui/focusring.h"
#include "ui/kiosk/residentwindow.h"
#include "ui/widgets/signaturepad.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace cg;

namespace {

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CG_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->window()->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Presses Tab (on whatever has the focus, as a keyboard does) until `target`
// has the focus; false when it is not in the Tab order.
bool tabTo(QWidget* target, int limit = 40)
{
    for (int i = 0; i < limit; ++i) {
        if (target->hasFocus())
            return true;
        QWidget* focus = QApplication::focusWidget();
        if (!focus)
            return false;
        if (qEnvironmentVariableIsSet("CG_TRACE_TAB"))
            qInfo("Tab from %s %s", focus->metaObject()->className(), qPrintable(focus->objectName()));
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return target->hasFocus();
}

// Types text as key presses, Chinese too (QTest::keyClicks takes Latin-1 only).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, key, modifiers);
}

} // namespace

class tst_DeskKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::FocusRing::install(qApp);
    }

    void refusalSignedAndReceiptWithTheKeyboardOnly()
    {
        test::Console console;
        ui::MainWindow& window = *console.window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // An adult who lives here, with a name that finds few others.
        auto found = console.consent->search(console.session.actor(), QString(), 200);
        QVERIFY(found);
        std::optional<storage::ConsentResident> resident;
        for (const storage::ConsentResident& r : found.value()) {
            if (!r.moveOut.isValid() && !core::isMinor(r.birthDate, console.clock->todayLocal())) {
                resident = r;
                break;
            }
        }
        QVERIFY(resident);

        // The clerk: Ctrl+1, type the name, Enter, arrows to the right one.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(window.currentPage(), static_cast<ui::Page*>(console.desk));
        QTRY_VERIFY(console.desk->searchField()->hasFocus());
        typeText(console.desk->searchField(), resident->name);
        QListWidget* results = console.desk->resultList();
        auto indexOf = [&] {
            for (int i = 0; i < results->count(); ++i) {
                if (results->item(i)->data(Qt::UserRole).toLongLong() == resident->id)
                    return i;
            }
            return -1;
        };
        QTRY_VERIFY(indexOf() >= 0);
        press(Qt::Key_Return);
        QTRY_VERIFY(results->hasFocus());
        for (int i = 0; i < indexOf(); ++i)
            press(Qt::Key_Down);
        QTRY_COMPARE(console.desk->currentResident(), resident->id);
        shoot(&window, QStringLiteral("desk-1-resident-selected"));

        // F5 starts the session on the resident's screen.
        press(Qt::Key_F5);
        QTRY_VERIFY(console.desk->residentWindow());
        QPointer<ui::ResidentWindow> w = console.desk->residentWindow();
        QTRY_VERIFY(w->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTRY_VERIFY(QApplication::focusWidget() && w->isAncestorOf(QApplication::focusWidget()));

        // The resident: language toggle, "I do not agree", sign by typing, Confirm.
        const QString before = w->language();
        QVERIFY2(tabTo(w->languageButton()), "the language toggle is not in the Tab order");
        press(Qt::Key_Space);
        QVERIFY(w->language() != before);
        QVERIFY2(tabTo(w->refuseButton()), "\"I do not agree\" is not in the Tab order");
        shoot(w, QStringLiteral("desk-2-resident-window"));
        press(Qt::Key_Space);
        QCOMPARE(w->choice(), std::optional<bool>(false));
        QVERIFY2(tabTo(w->signaturePad()), "the signature pad is not in the Tab order");
        QVERIFY(w->signaturePad()->isEmpty());
        typeText(QApplication::focusWidget(), resident->name);
        QVERIFY(!w->signaturePad()->isEmpty());
        QVERIFY(w->confirmButton()->isEnabled());
        shoot(w, QStringLiteral("desk-3-typed-signature"));
        QVERIFY2(tabTo(w->confirmButton()), "Confirm is not in the Tab order");

        // The clerk's dialogs, answered with Enter and closed with Esc as they come.
        QStringList seen;
        QPointer<QWidget> handled;
        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == handled)
                return;
            handled = modal;
            QWidget* focus = modal->focusWidget() ? modal->focusWidget() : modal;
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                seen << QStringLiteral("question");
                // Enter answers with the default button: Yes, print.
                if (box->defaultButton() != box->button(QMessageBox::Yes))
                    seen << QStringLiteral("default is not Yes");
                shoot(modal, QStringLiteral("desk-4-question"));
                QTest::keyClick(focus, Qt::Key_Return);
            } else if (qobject_cast<QPrintPreviewDialog*>(modal)) {
                seen << QStringLiteral("preview");
                shoot(modal, QStringLiteral("desk-6-receipt-preview"));
                QTest::keyClick(focus, Qt::Key_Escape);
            } else {
                seen << QStringLiteral("paper");
                shoot(modal, QStringLiteral("desk-5-paper"));
                QTest::keyClick(focus, Qt::Key_Return);
            }
        });
        driver.start();
        press(Qt::Key_Space);   // Confirm: the modal dialogs run inside this key press
        // "Print a receipt?" is asked unless the refusal issued a QR code,
        // which exists only on the receipt (then it goes straight to paper).
        QTRY_VERIFY(seen.endsWith(QStringLiteral("preview")));
        QVERIFY2(seen == (QStringList{QStringLiteral("question"), QStringLiteral("paper"), QStringLiteral("preview")})
                     || seen == (QStringList{QStringLiteral("paper"), QStringLiteral("preview")}),
                 qPrintable(seen.join(QLatin1Char(','))));
        driver.stop();
        QVERIFY2(console.desk->lastOutcome().contains(core::consentKindName(core::ConsentKind::Refused)),
                 qPrintable(console.desk->lastOutcome()));

        // In the ledger: refused, at the desk, with the signature.
        auto history = console.consent->history(console.session.actor(), resident->id);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->constFirst().kind, core::ConsentKind::Refused);
        QVERIFY(history->constFirst().hasSignature);

        // Esc closes the resident's screen; the console comes back.
        QTRY_VERIFY(w);
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!w);
        QTRY_VERIFY(window.isVisible());
    }

    // The console closing while the resident's screen is open (and holds the
    // keyboard focus) ends the session without a crash.
    void consoleClosesMidSession()
    {
        test::Console console(50);
        console.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(console.window.get()));
        QTest::keyClick(console.window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(console.desk->searchField()->hasFocus());
        press(Qt::Key_Return);
        QTRY_VERIFY(console.desk->currentResident() > 0);
        press(Qt::Key_F5);
        QTRY_VERIFY(console.desk->residentWindow());
        QVERIFY(QTest::qWaitForWindowActive(console.desk->residentWindow()));
        QVERIFY(tabTo(console.desk->residentWindow()->refuseButton()));
    }
};

QTEST_MAIN(tst_DeskKeyboard)
#include "tst_deskkeyboard.moc"
