// The dashboard on the hand-counted compound (support/compliancefixture.h):
// figures appear after the off-thread computation, the violations tile opens
// the list of residents, filters recompute, and the page retranslates.
#include "core/actor.h"
#include "reports/pdfdocument.h"
#include "reports/reportservice.h"
#include "services/complianceservice.h"
#include "support/compliancefixture.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"
#include "ui/charts/chartwidget.h"
#include "ui/charts/qtchartpainter.h"
#include "ui/dialogs/holidaytabledialog.h"
#include "ui/pages/dashboardpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace cg;

class tst_DashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        auto db = m_temp->open();
        QVERIFY(test::ComplianceFixture{}.seed(*db));
        m_clock = std::make_shared<test::FakeClock>(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        auto deps = services::ServiceDeps::build(db, m_temp->keyDir(), m_clock);
        QVERIFY(deps);
        auto painter = std::make_shared<ui::QtChartPainter>(reports::PdfDocument::fontFamily());
        m_service = std::make_shared<services::ComplianceService>(*deps);
        m_page = std::make_unique<ui::DashboardPage>(
            m_service, std::make_shared<reports::ReportService>(*deps, painter),
            painter, m_clock, [] { return core::Actor{7, QStringLiteral("manager1"), core::Role::Manager, QStringLiteral("desk")}; });
        m_page->resize(1200, 900);
        m_page->show();
    }

    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_translator);
        m_page.reset();
        m_temp.reset();
    }

    void figuresAfterComputing()
    {
        QSignalSpy shown(m_page.get(), &ui::DashboardPage::figuresShown);
        m_page->activated();
        // Off the GUI thread: the figures arrive later through the event
        // loop, never inside activated() (isComputing() may already be false
        // when a fast worker finished before the check).
        QCOMPARE(shown.count(), 0);
        QTRY_COMPARE(shown.count(), 1);
        // Last 12 months up to 2026-11-26: the whole fixture. Without
        // credentials 6 living residents lack face consent (see tst_complianceservice).
        auto* value = m_page->findChild<QLabel*>(QStringLiteral("tileViolationsValue"));
        QVERIFY(value);
        QCOMPARE(value->text(), QStringLiteral("6"));
        auto* detail = m_page->findChild<QLabel*>(QStringLiteral("tileViolationsDetail"));
        QVERIFY(detail->text().contains(QStringLiteral("Action needed")));
        QVERIFY(m_page->findChild<QWidget*>(QStringLiteral("tileViolations"))->styleSheet().contains(QStringLiteral("#c62828")));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("tileDeletionsValue"))->text(), QStringLiteral("2"));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("tileDeletionsDetail"))->text().contains(QStringLiteral("1 d")));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("tileFaceDataValue"))->text(), QStringLiteral("4 / ") + QLocale().toString(100000));
        // November 2026 and the shipped table has 2027's statutory days only: the tile asks for the notice.
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("tileFaceDataDetail"))->text().contains(
            QStringLiteral("enter the State Council's 2027 arrangement")));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("tileDoorsValue"))->text(), QStringLiteral("0"));

        auto* status = m_page->findChild<ui::ChartWidget*>(QStringLiteral("statusChart"));
        QCOMPARE(status->categoryLabels(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(status->chartSpec().series.size(), 5);
        QVERIFY(status->seriesCount() >= 1);
        QCOMPARE(m_page->findChild<ui::ChartWidget*>(QStringLiteral("trendChart"))->chartSpec().categories.size(), 4);   // Aug (r10) to Nov
        // The fixture issued no credentials: the pie says so instead of staying blank.
        QCOMPARE(m_page->findChild<ui::ChartWidget*>(QStringLiteral("mixChart"))->emptyText(), QStringLiteral("No credentials issued"));
        QVERIFY(m_page->findChild<ui::ChartWidget*>(QStringLiteral("trendChart"))->emptyText().isEmpty());

        // Filter: building 2 recomputes (r7, r8, r10 break the rule there).
        auto* building = m_page->findChild<QComboBox*>(QStringLiteral("buildingFilter"));
        QCOMPARE(building->count(), 3);   // all, 1, 2
        building->setCurrentIndex(2);
        QTRY_COMPARE(shown.count(), 2);
        QCOMPARE(value->text(), QStringLiteral("3"));
        QCOMPARE(m_page->currentFilter().buildingId, qint64(2));
    }

    void violationListOneClickAway()
    {
        QSignalSpy shown(m_page.get(), &ui::DashboardPage::figuresShown);
        m_page->activated();
        QTRY_COMPARE(shown.count(), 1);
        auto* button = m_page->findChild<QPushButton*>(QStringLiteral("showViolations"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = m_page->findChild<QDialog*>(QStringLiteral("violationsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("violationsTable"));
        QCOMPARE(table->rowCount(), 6);
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row)
            names << table->item(row, 0)->text();
        QVERIFY2(names.contains(QStringLiteral("赵敏")), qPrintable(names.join(QLatin1Char(','))));   // r7 refused
        QVERIFY(names.contains(QStringLiteral("黄勇")));   // r8 never asked
        QVERIFY(!names.contains(QStringLiteral("张伟")));  // r1 agreed
        QVERIFY(!names.contains(QStringLiteral("周杰")));  // r9 moved out
        dialog->close();
    }

    void holidayTableEditedFromTheFilingTile()
    {
        QSignalSpy shown(m_page.get(), &ui::DashboardPage::figuresShown);
        m_page->activated();
        QTRY_VERIFY(shown.count() >= 1);
        auto* button = m_page->findChild<QPushButton*>(QStringLiteral("showHolidayTable"));
        QVERIFY(button && button->isEnabled());
        button->click();
        auto* dialog = m_page->findChild<ui::HolidayTableDialog*>(QStringLiteral("holidayTableDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // 2026 official, 2027 not yet published (statutory days only).
        const QString years = dialog->findChild<QLabel*>(QStringLiteral("holidayYears"))->text();
        QVERIFY2(years.contains(QStringLiteral("2026: official")), qPrintable(years));
        QVERIFY2(years.contains(QStringLiteral("2027: not yet published — enter it when the State Council publishes it")),
                 qPrintable(years));
        QTableWidget* table = dialog->table();
        const int shipped = table->rowCount();
        QVERIFY(shipped > 40);

        // A typo names the row and stores nothing.
        core::CalendarDay day;
        day.date = QDate(2027, 2, 9);
        day.nameZh = QStringLiteral("春节");
        day.nameEn = QStringLiteral("Spring Festival");
        dialog->addDay(day);
        table->item(shipped, 0)->setText(QStringLiteral("2027-02-30"));
        QVERIFY(!dialog->save());
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("holidayError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Row %1").arg(shipped + 1)), qPrintable(error->text()));

        // Corrected: the manager's entry makes 2027 official and is stored.
        table->item(shipped, 0)->setText(QStringLiteral("2027-02-09"));
        QCOMPARE(table->item(shipped, 5)->text(), QStringLiteral("admin:manager1"));
        QVERIFY(dialog->yearStatusText().contains(QStringLiteral("2027: official")));
        QVERIFY(dialog->save());
        auto stored = core::WorkingCalendar::parseCsv(m_service->calendarCsv());
        QVERIFY(stored);
        QCOMPARE(stored->size(), shipped + 1);
        QVERIFY(!m_service->calendar().isWorkingDay(QDate(2027, 2, 9)));
        dialog->close();
    }

    void retranslatesOnLanguageChange()
    {
        QSignalSpy shown(m_page.get(), &ui::DashboardPage::figuresShown);
        m_page->activated();
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(m_page->title(), QStringLiteral("Reports"));
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/consentgate_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);   // sends LanguageChange
        QTRY_COMPARE(m_page->title(), QStringLiteral("报表"));
        auto* detail = m_page->findChild<QLabel*>(QStringLiteral("tileViolationsDetail"));
        QTRY_VERIFY2(!detail->text().contains(QStringLiteral("Action needed")), qPrintable(detail->text()));
        QVERIFY(detail->text().contains(QStringLiteral("6")));
        auto* building = m_page->findChild<QComboBox*>(QStringLiteral("buildingFilter"));
        QCOMPARE(building->itemText(0), QStringLiteral("全部楼栋"));
        auto* status = m_page->findChild<ui::ChartWidget*>(QStringLiteral("statusChart"));
        QVERIFY(!status->chartSpec().title.contains(QStringLiteral("building")));
    }

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::shared_ptr<test::FakeClock> m_clock;
    std::unique_ptr<ui::DashboardPage> m_page;
    std::shared_ptr<services::ComplianceService> m_service;
    QTranslator m_translator;
};

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardpage.moc"
