// Accessibility of the fully composed console (every page, as app/main.cpp
// builds it, on a demo compound) under offscreen, in English and Chinese:
// - every interactive control has a name a screen reader can speak: its own
//   accessible name, its text (buttons, check boxes), or a buddy label;
// - every page is reached with its Ctrl+digit shortcut (named in the navigation
//   tooltip) and has a control that Tab reaches, and Tab never gets stuck in
//   a control (a text box that swallows Tab, a table that walks every cell);
// - the focus ring is drawn around the focused control.
// Failures name the widget by its object path (objectName or class, from the
// window down).
#include "consolefixture.h"
#include "ui/focusring.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace cg;

namespace {

// Controls a user operates; the parts of composite controls (a spin box's
// line edit, an editable combo box's line edit, a view's viewport) are named
// through their owner.
bool isInteractive(const QWidget* w)
{
    if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<const QScrollBar*>(w) || qobject_cast<const ui::FocusRing*>(w))
        return false;
    if (w->focusProxy())   // a tab widget hands its focus to its tab bar, which is checked
        return false;
    // A scroll area is a container: it takes the focus only to scroll, and
    // the controls inside it are checked one by one.
    if (qobject_cast<const QScrollArea*>(w))
        return false;
    const QWidget* parent = w->parentWidget();
    if (parent && (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)))
        return false;
    if (const auto* area = qobject_cast<const QAbstractScrollArea*>(parent); area && area->viewport() == w)
        return false;
    for (const QWidget* p = parent; p && !p->isWindow(); p = p->parentWidget()) {
        // Cell widgets of a view are checked as buttons (they have text); editors are transient.
        if (qobject_cast<const QAbstractItemView*>(p) && !qobject_cast<const QAbstractButton*>(w))
            return false;
    }
    return true;
}

QString buddyText(const QWidget* w)
{
    for (const QLabel* label : w->window()->findChildren<QLabel*>()) {
        if (label->buddy() == w && !label->text().trimmed().isEmpty())
            return label->text();
    }
    return {};
}

// What a screen reader says for the control.
QString spokenName(QWidget* w)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName();
    if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QGroupBox*>(w) || qobject_cast<QTabBar*>(w)) {
        if (QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w)) {
            const QString name = face->text(QAccessible::Name).trimmed();
            if (!name.isEmpty())
                return name;
        }
    }
    return buddyText(w);
}

// Presses Tab from the current focus until the focus comes back; returns
// every widget that held it. A press that leaves the focus where it was is a
// trap (a text box that takes the Tab, for one) and ends the walk.
QList<QWidget*> tabWalk(QString* trap)
{
    QList<QWidget*> seen;
    for (int i = 0; i < 400; ++i) {
        QWidget* before = QApplication::focusWidget();
        if (!before)
            break;
        if (!seen.isEmpty() && before == seen.constFirst())
            return seen;
        seen.append(before);
        // A date edit steps through its day, month and year with Tab first.
        for (int press = 0; press < 12 && QApplication::focusWidget() == before; ++press)
            QTest::keyClick(before, Qt::Key_Tab);
        if (QApplication::focusWidget() == before) {
            *trap = test::objectPath(before);
            return seen;
        }
    }
    *trap = QStringLiteral("no cycle after 400 Tab presses; last at ") + test::objectPath(QApplication::focusWidget());
    return seen;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::FocusRing::install(qApp);
    }

    void cleanup() { ui::LanguageManager().setLanguage(QStringLiteral("en")); }

    void composesEveryPageOfTheConsole()
    {
        test::Console console(50);
        QCOMPARE(console.window->pageCount(), test::consolePageCountInMain());
    }

    void everyControlIsNamedAndEveryPageReachable_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyControlIsNamedAndEveryPageReachable()
    {
        QFETCH(QString, language);
        test::Console console;
        QVERIFY(console.languages.setLanguage(language));
        ui::MainWindow& window = *console.window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QStringList unnamed;
        QStringList unreachable;
        for (int i = 0; i < window.pageCount(); ++i) {
            ui::Page* page = window.page(i);
            // Pages by keyboard: Ctrl+1..9, Ctrl+0, named in the navigation tooltip.
            const QKeySequence keys = ui::MainWindow::pageShortcut(i);
            QVERIFY2(!keys.isEmpty(), qPrintable(page->title()));
            QTest::keySequence(&window, keys);
            QTRY_COMPARE(window.currentPage(), page);
            const QString tip = window.navigationModel()->index(i, 0).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(keys.toString(QKeySequence::NativeText)), qPrintable(tip));
            QTest::qWait(0);   // let the page load its first data

            for (QWidget* w : page->findChildren<QWidget*>()) {
                if (w->window() == &window && isInteractive(w) && spokenName(w).isEmpty())
                    unnamed << test::objectPath(w);
            }

            // Tab from the navigation list into the page, and round again.
            window.findChild<QListWidget*>(QStringLiteral("navigation"))->setFocus(Qt::OtherFocusReason);
            QString trap;
            const QList<QWidget*> walk = tabWalk(&trap);
            const bool entersPage = std::any_of(walk.begin(), walk.end(), [page](QWidget* w) { return page->isAncestorOf(w); });
            if (!entersPage)
                unreachable << page->objectName() + QStringLiteral(": Tab reaches no control of the page");
            if (!trap.isEmpty())
                unreachable << page->objectName() + QStringLiteral(": Tab is stuck at ") + trap;
        }
        unnamed.removeDuplicates();
        for (const QString& path : std::as_const(unnamed))
            qWarning("no accessible name or buddy label: %s", qPrintable(path));
        for (const QString& problem : std::as_const(unreachable))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(unnamed.isEmpty(), "controls without an accessible name or buddy label (listed above)");
        QVERIFY2(unreachable.isEmpty(), "pages not usable with Tab (listed above)");
    }

    void placeholdersShowWhole_data() { everyControlIsNamedAndEveryPageReachable_data(); }

    // A search box's placeholder is its label: cut off ("Find a resident: na")
    // it says nothing. Checked at the window's default size on every page.
    void placeholdersShowWhole()
    {
        QFETCH(QString, language);
        test::Console console(50);
        QVERIFY(console.languages.setLanguage(language));
        ui::MainWindow& window = *console.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList cut;
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            QTest::qWait(0);
            for (QLineEdit* edit : window.page(i)->findChildren<QLineEdit*>()) {
                if (!edit->isVisible() || edit->placeholderText().isEmpty() || !edit->text().isEmpty())
                    continue;
                // The text area: the frame and Qt's side margins, and the clear button when there is one.
                const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
                int room = edit->width() - 2 * frame - 4;
                if (edit->isClearButtonEnabled())
                    room -= edit->height();
                room -= int(edit->actions().size()) * edit->height();   // icons inside the box (a search glass)
                const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
                if (needed > room)
                    cut << QStringLiteral("%1: '%2' needs %3 px, has %4").arg(test::objectPath(edit), edit->placeholderText()).arg(needed).arg(room);
            }
        }
        for (const QString& c : std::as_const(cut))
            qWarning("placeholder cut off: %s", qPrintable(c));
        QVERIFY2(cut.isEmpty(), "placeholders cut off (listed above)");
    }

    void focusRingFollowsTheKeyboard()
    {
        test::Console console(50);
        ui::MainWindow& window = *console.window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QLineEdit* search = console.desk->searchField();
        QTRY_VERIFY(search->hasFocus());
        auto* ring = window.findChild<ui::FocusRing*>(QStringLiteral("focusRing"));
        QVERIFY(ring);
        QTRY_VERIFY(ring->isVisible());
        QVERIFY(ring->geometry().contains(search->geometry()));
        QTest::keyClick(search, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        QVERIFY(next && next != search);
        QTRY_VERIFY(ring->geometry().contains(next->geometry()));
        // The ring is painted on the control's left edge (where a control flush
        // with its container would clip a ring drawn outside it).
        const QImage shot = window.grab().toImage();
        const QPoint corner = next->mapTo(&window, QPoint(1, next->height() / 2)) * window.devicePixelRatio();
        const QColor painted = shot.pixelColor(corner);
        const QColor highlight = window.palette().color(QPalette::Active, QPalette::Highlight);
        QVERIFY2(qAbs(painted.hue() - highlight.hue()) < 30 && painted.saturation() > 60,
                 qPrintable(painted.name() + QStringLiteral(" vs ") + highlight.name()));
        if (const QString dir = qEnvironmentVariable("CG_SCREENSHOT_DIR"); !dir.isEmpty())
            shot.save(dir + QStringLiteral("/focus-ring.png"));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
