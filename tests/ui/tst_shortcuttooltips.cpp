// Keyboard shortcuts named in tooltips, on the fully composed console (every
// page as app/main.cpp builds it, on a demo compound), English and Chinese:
// - every QShortcut a page defines is named by a control of that page, and
//   every control with keys shows them in its tooltip;
// - hovering such a control shows "text (keys)" through the real tooltip event;
// - every page is selected by its own Ctrl+digit (the tenth by Ctrl+0), named
//   in the navigation tooltip, and every page has its own icon.
#include "consolefixture.h"
#include "ui/shortcuttooltips.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

using namespace cg;

namespace {

QPushButton* buttonWithKeys(QWidget* root, const QKeySequence& keys)
{
    for (auto* button : root->findChildren<QPushButton*>()) {
        if (ui::ShortcutToolTips::keys(button) == keys)
            return button;
    }
    return nullptr;
}

} // namespace

class tst_ShortcutToolTips : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::ShortcutToolTips::install(qApp);
    }

    void cleanup() { ui::LanguageManager().setLanguage(QStringLiteral("en")); }

    void composesTheKeysIntoTheTooltip()
    {
        QPushButton plain(QStringLiteral("&Save && close"));
        // Only the mnemonic (Alt+S, underlined already): nothing to add.
        QCOMPARE(ui::ShortcutToolTips::keys(&plain), QKeySequence());
        QCOMPARE(ui::ShortcutToolTips::toolTip(&plain), QStringLiteral("Save & close"));
        plain.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
        QCOMPARE(ui::ShortcutToolTips::toolTip(&plain), QStringLiteral("Save & close (Ctrl+S)"));
        plain.setToolTip(QStringLiteral("Writes the draft"));
        QCOMPARE(ui::ShortcutToolTips::toolTip(&plain), QStringLiteral("Writes the draft (Ctrl+S)"));
        plain.setToolTip(QStringLiteral("Writes the draft (Ctrl+S)"));   // named once, not twice
        QCOMPARE(ui::ShortcutToolTips::toolTip(&plain), QStringLiteral("Writes the draft (Ctrl+S)"));

        QLineEdit search;
        search.setPlaceholderText(QStringLiteral("Name or unit"));
        ui::ShortcutToolTips::setKeys(&search, QKeySequence::Find);
        QCOMPARE(ui::ShortcutToolTips::toolTip(&search), QStringLiteral("Name or unit (Ctrl+F)"));

        QPushButton chinese(QStringLiteral("新建住户(&N)"));   // the mnemonic as Chinese menus write it
        chinese.setShortcut(QKeySequence::New);
        QCOMPARE(ui::ShortcutToolTips::toolTip(&chinese), QStringLiteral("新建住户 (Ctrl+N)"));
    }

    void everyPageShortcutIsNamedInATooltip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyPageShortcutIsNamedInATooltip()
    {
        QFETCH(QString, language);
        test::Console console(50);
        QVERIFY(console.languages.setLanguage(language));
        ui::MainWindow& window = *console.window;
        QCOMPARE(window.pageCount(), test::consolePageCountInMain());
        QStringList problems;
        for (int i = 0; i < window.pageCount(); ++i) {
            ui::Page* page = window.page(i);
            const QList<QWidget*> widgets = page->findChildren<QWidget*>();
            for (const QShortcut* shortcut : page->findChildren<QShortcut*>()) {
                const bool named = std::any_of(widgets.begin(), widgets.end(), [shortcut](const QWidget* w) {
                    return ui::ShortcutToolTips::keys(w) == shortcut->key();
                });
                if (!named)
                    problems << page->title() + QStringLiteral(": ")
                                    + shortcut->key().toString(QKeySequence::NativeText)
                                    + QStringLiteral(" is not named by any control");
            }
            for (const QWidget* w : widgets) {
                const QKeySequence keys = ui::ShortcutToolTips::keys(w);
                if (keys.isEmpty())
                    continue;
                const QString tip = ui::ShortcutToolTips::toolTip(w);
                const QString native = keys.toString(QKeySequence::NativeText);
                // The keys follow a text that says what the control does.
                const bool endsWithKeys = tip.endsWith(QStringLiteral("(%1)").arg(native))
                                          || tip.endsWith(QStringLiteral("（%1）").arg(native));
                if (!endsWithKeys || tip.size() <= native.size() + 3)
                    problems << test::objectPath(w) + QStringLiteral(": tooltip '") + tip + QStringLiteral("'");
            }
        }
        for (const QString& problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), "shortcuts not shown in tooltips (listed above)");
    }

    void hoveringShowsTheKeys_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("New resident (Ctrl+N)");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("新建住户（Ctrl+N）");
    }

    void hoveringShowsTheKeys()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        test::Console console(50);
        QVERIFY(console.languages.setLanguage(language));
        ui::MainWindow& window = *console.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(1);   // Residents, as in app/main.cpp
        QPushButton* newResident = buttonWithKeys(window.page(1), QKeySequence::New);
        QVERIFY(newResident);
        QTRY_VERIFY(newResident->isVisible());
        const QPoint at = newResident->rect().center();
        QHelpEvent hover(QEvent::ToolTip, at, newResident->mapToGlobal(at));
        QApplication::sendEvent(newResident, &hover);
        QTRY_COMPARE(QToolTip::text(), expected);
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());   // gone before the next row shows its own
    }

    void everyPageHasItsOwnKeysAndIcon()
    {
        test::Console console(50);
        ui::MainWindow& window = *console.window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY2(window.pageCount() <= 10, "more pages than the digit row has keys");
        QList<QImage> icons;
        for (int i = 0; i < window.pageCount(); ++i) {
            ui::Page* page = window.page(i);
            const QKeySequence keys = ui::MainWindow::pageShortcut(i);
            QVERIFY2(!keys.isEmpty(), qPrintable(page->title()));
            if (i != 0)
                QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);   // from elsewhere
            QTest::keySequence(&window, keys);
            QTRY_COMPARE(window.currentPage(), page);
            const QString tip = window.navigationModel()->index(i, 0).data(Qt::ToolTipRole).toString();
            QCOMPARE(tip, QStringLiteral("%1 (%2)").arg(page->title(), keys.toString(QKeySequence::NativeText)));
            const QImage icon = page->icon().pixmap(24, 24).toImage();
            QVERIFY2(!icon.isNull(), qPrintable(page->title()));
            for (int j = 0; j < icons.size(); ++j)
                QVERIFY2(icons.at(j) != icon, qPrintable(page->title() + QStringLiteral(" has the icon of ") + window.page(j)->title()));
            icons << icon;
        }
        // The notices page is the tenth: Ctrl+0.
        QCOMPARE(ui::MainWindow::pageShortcut(9), QKeySequence(Qt::CTRL | Qt::Key_0));
    }
};

QTEST_MAIN(tst_ShortcutToolTips)
#include "tst_shortcuttooltips.moc"
