// The shell under the offscreen platform: pages in the navigation (checked
// with QAbstractItemModelTester), keyboard navigation, the live language
// switch (window, navigation and page texts in English and Chinese, Qt's own
// catalogue too), the remembered language, the first-run dialog and the
// screenshot tour.
#include "support/tempdatabase.h"
#include "ui/icons.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/pages/settingspage.h"
#include "ui/screenshottour.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {

// A second page so navigation has somewhere to go; tests only.
class ProbePage final : public ui::Page
{
public:
    QString title() const override { return QStringLiteral("Probe"); }
    QIcon icon() const override { return ui::themedIcon(QStringLiteral("view-list-details")); }
    void activated() override { ++activations; }
    int activations = 0;

protected:
    void retranslate() override { ++retranslations; }

public:
    int retranslations = 0;
};

const QString kTitleEn = QStringLiteral("ConsentGate — consent-first access console");
const QString kTitleZh = QStringLiteral("ConsentGate — 以同意为先的门禁控制台");

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private:
    test::TempDatabase m_temp;
    std::shared_ptr<storage::Database> m_database;

private Q_SLOTS:
    void initTestCase()
    {
        // QSettings (the remembered language) goes to a test location, never $HOME.
        QStandardPaths::setTestModeEnabled(true);
        m_database = m_temp.open();
    }

    void cleanup() { ui::LanguageManager().setLanguage(QStringLiteral("en")); }

    void navigationListsPages()
    {
        ui::LanguageManager languages;
        ui::MainWindow window(&languages);
        auto* settings = new ui::SettingsPage(m_database, &languages);
        auto* probe = new ProbePage;
        window.addPage(settings);
        window.addPage(probe);
        QAbstractItemModelTester tester(window.navigationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QAbstractItemModel* model = window.navigationModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(window.pageCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Settings"));
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Probe"));
        QVERIFY(!model->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model->index(0, 0).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Settings"));
        QCOMPARE(window.currentPage(), settings);

        window.showPage(1);
        QCOMPARE(window.currentPage(), probe);
        QCOMPARE(probe->activations, 1);

        // Ctrl+1 goes back to the first page: a clerk never needs the mouse.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(window.currentPage(), settings);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(window.currentPage(), probe);
        QCOMPARE(probe->activations, 2);
    }

    void languageSwitchRetranslatesLive()
    {
        ui::LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        ui::MainWindow window(&languages);
        auto* settings = new ui::SettingsPage(m_database, &languages);
        window.addPage(settings);
        QAbstractItemModelTester tester(window.navigationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), kTitleEn);
        QCOMPARE(window.navigationModel()->index(0, 0).data().toString(), QStringLiteral("Settings"));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));

        QSignalSpy changed(&languages, &ui::LanguageManager::languageChanged);
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE(window.windowTitle(), kTitleZh);
        QCOMPARE(window.navigationModel()->index(0, 0).data().toString(), QStringLiteral("设置"));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
        auto* heading = settings->findChildren<QLabel*>().constFirst();
        QCOMPARE(heading->text(), QStringLiteral("设置"));
        // Qt's own catalogue: standard buttons of dialogs speak Chinese too.
        QVERIFY(languages.qtTranslationsLoaded());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);

        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(window.windowTitle(), kTitleEn);
        QCOMPARE(window.navigationModel()->index(0, 0).data().toString(), QStringLiteral("Settings"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QVERIFY(!languages.setLanguage(QStringLiteral("tlh")));   // unknown: refused, unchanged
        QCOMPARE(languages.language(), QStringLiteral("en"));
    }

    void languageMenuAndSettingsPageSwitchAndRemember()
    {
        ui::LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        ui::MainWindow window(&languages);
        auto* settings = new ui::SettingsPage(m_database, &languages);
        window.addPage(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // View > Language > 简体中文
        QAction* chinese = nullptr;
        for (QAction* top : window.menuBar()->actions()) {
            if (!top->menu())
                continue;
            for (QAction* item : top->menu()->actions()) {
                if (!item->menu())
                    continue;
                for (QAction* language : item->menu()->actions()) {
                    if (language->data().toString() == QLatin1String("zh_CN"))
                        chinese = language;
                }
            }
        }
        QVERIFY(chinese);
        chinese->trigger();
        QTRY_COMPARE(window.windowTitle(), kTitleZh);
        QVERIFY(chinese->isChecked());
        QCOMPARE(ui::LanguageManager::remembered(), QStringLiteral("zh_CN"));
        auto* combo = settings->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_CN"));

        // And back through the Settings page's combo box.
        const int english = combo->findData(QStringLiteral("en"));
        combo->setCurrentIndex(english);
        Q_EMIT combo->activated(english);
        QTRY_COMPARE(window.windowTitle(), kTitleEn);
        QCOMPARE(ui::LanguageManager::remembered(), QStringLiteral("en"));
        QVERIFY(!chinese->isChecked());
    }

    void settingsPageShowsTheDatabase()
    {
        ui::SettingsPage page(m_database, nullptr);
        page.activated();
        bool path = false;
        bool uuid = false;
        for (QLabel* label : page.findChildren<QLabel*>()) {
            path = path || label->text() == QDir::toNativeSeparators(m_database->path());
            uuid = uuid || label->text() == m_database->uuid();
        }
        QVERIFY(path);
        QVERIFY(uuid);
    }

    void screenshotTourSavesEveryPageInEveryLanguage()
    {
        QTemporaryDir dir;
        ui::LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        ui::MainWindow window(&languages);
        window.addPage(new ui::SettingsPage(m_database, &languages));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        new ui::ScreenshotTour(&window, &languages, dir.path(), &window);
        // Every page, then each page of the first-run wizard, then Qt's own
        // dialogs (their texts come from qtbase_zh_CN), per language.
        QStringList expected;
        const QStringList steps{QStringLiteral("01-settingsPage"),        QStringLiteral("02-firstrun-language"),
                                QStringLiteral("03-firstrun-company"),    QStringLiteral("04-firstrun-administrator"),
                                QStringLiteral("05-firstrun-finish"),     QStringLiteral("06-messagebox"),
                                QStringLiteral("07-filedialog")};
        for (const QString& step : steps)
            expected << step + QStringLiteral("-en.png") << step + QStringLiteral("-zh_CN.png");
        QTRY_VERIFY_WITH_TIMEOUT(QDir(dir.path()).entryList({QStringLiteral("*.png")}) == expected, 40000);
        QTRY_COMPARE(languages.language(), QStringLiteral("en"));   // the user's language is restored
        QImage shot(dir.filePath(expected.constFirst()));
        QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
        // The wizard's own window, not the main window again.
        QImage wizard(dir.filePath(QStringLiteral("03-firstrun-company-zh_CN.png")));
        QVERIFY(!wizard.isNull());
        QVERIFY(wizard.size() != shot.size());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
