// The Qt Charts adapter: chart model data from a spec, and vector drawing
// into a PDF (chart text is real text in the PDF) under the offscreen platform.
#include "reports/pdfdocument.h"
#include "support/pdftools.h"
#include "ui/charts/chartwidget.h"
#include "ui/charts/qtchartpainter.h"

#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QRegularExpression>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {
reports::ChartSpec statusByBuilding()
{
    reports::ChartSpec spec;
    spec.kind = reports::ChartSpec::Kind::StackedBars;
    spec.title = QStringLiteral("Consent status by building 各楼栋同意情况");
    spec.categories = {QStringLiteral("1号楼"), QStringLiteral("2号楼"), QStringLiteral("3号楼")};
    spec.series = {{QStringLiteral("Agreed 同意"), {10, 4, 0}, QColor(Qt::darkGreen)},
                   {QStringLiteral("Refused 拒绝"), {2, 3, 1}, {}},
                   {QStringLiteral("Never asked"), {5, 0, 7}, {}}};
    return spec;
}
} // namespace

class tst_QtChartPainter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stackedBarsCarryTheData()
    {
        ui::QtChartPainter painter;
        std::unique_ptr<QChart> chart(painter.buildChart(statusByBuilding()));
        QCOMPARE(chart->series().size(), 1);
        auto* bars = qobject_cast<QStackedBarSeries*>(chart->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 3);
        QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Agreed 同意"));
        QCOMPARE(bars->barSets().at(0)->at(1), 4.0);
        QCOMPARE(bars->barSets().at(2)->at(2), 7.0);
        QCOMPARE(bars->barSets().at(0)->color(), QColor(Qt::darkGreen));
        QCOMPARE(chart->title(), statusByBuilding().title);
    }

    void linesAndPie()
    {
        ui::QtChartPainter painter;
        reports::ChartSpec lines;
        lines.kind = reports::ChartSpec::Kind::Lines;
        lines.categories = {QStringLiteral("2026-09"), QStringLiteral("2026-10"), QStringLiteral("2026-11")};
        lines.series = {{QStringLiteral("granted"), {1, 5, 2}, {}}, {QStringLiteral("opted out"), {0, 2, 3}, {}}};
        std::unique_ptr<QChart> lineChart(painter.buildChart(lines));
        QCOMPARE(lineChart->series().size(), 2);
        auto* second = qobject_cast<QLineSeries*>(lineChart->series().at(1));
        QVERIFY(second);
        QCOMPARE(second->count(), 3);
        QCOMPARE(second->at(2), QPointF(2, 3));

        reports::ChartSpec pie;
        pie.kind = reports::ChartSpec::Kind::Pie;
        pie.categories = {QStringLiteral("card"), QStringLiteral("PIN"), QStringLiteral("QR"), QStringLiteral("visitor")};
        pie.series = {{QStringLiteral("credentials"), {6, 3, 1, 0}, {}}};
        std::unique_ptr<QChart> pieChart(painter.buildChart(pie));
        auto* slices = qobject_cast<QPieSeries*>(pieChart->series().first());
        QVERIFY(slices);
        QCOMPARE(slices->count(), 3);   // the empty "visitor" slice is left out
        QCOMPARE(slices->slices().at(0)->label(), QStringLiteral("card: 6 (60.0%)"));
        QCOMPARE(slices->sum(), 10.0);
    }

    void widgetShowsSpec()
    {
        auto painter = std::make_shared<ui::QtChartPainter>();
        ui::ChartWidget widget(painter);
        widget.setChart(statusByBuilding());
        QCOMPARE(widget.seriesCount(), 1);
        QCOMPARE(widget.categoryLabels(), statusByBuilding().categories);
        widget.setChart(reports::ChartSpec{});   // replacing deletes the old chart, no crash
        QCOMPARE(widget.seriesCount(), 0);
    }

    void horizontalBarsMakeRoomForEveryLabel()
    {
        // Qt Charts elides ("…") a category label taller than its bar: the
        // widget grows with the number of horizontal bars so each keeps its name.
        auto painter = std::make_shared<ui::QtChartPainter>();
        ui::ChartWidget widget(painter);
        widget.setMinimumChartHeight(280);
        widget.setChart(statusByBuilding());
        QCOMPARE(widget.minimumSizeHint().height(), 280);
        reports::ChartSpec many = statusByBuilding();
        many.horizontal = true;
        many.categories.clear();
        for (auto& series : many.series)
            series.values.clear();
        for (int i = 1; i <= 20; ++i) {
            many.categories << QStringLiteral("%1幢").arg(i);
            for (auto& series : many.series)
                series.values << i;
        }
        widget.setChart(many);
        QVERIFY2(widget.minimumSizeHint().height() >= 20 * 2 * widget.fontMetrics().height(),
                 qPrintable(QString::number(widget.minimumSizeHint().height())));
        widget.setChart(statusByBuilding());   // back to a few bars: back to the least height
        QCOMPARE(widget.minimumSizeHint().height(), 280);
    }

    void drawsVectorChartIntoPdf()
    {
        QTemporaryDir dir;
        reports::PdfDocument::Options o;
        o.title = QStringLiteral("Chart test");
        reports::PdfDocument doc(o);
        doc.setChartPainter(std::make_shared<ui::QtChartPainter>(reports::PdfDocument::fontFamily()));
        doc.chart(statusByBuilding(), 80);
        const QString file = dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(doc.writePdf(file));
        // Vector output: the chart's labels are text in the PDF, not pixels.
        const QString text = test::pdfToText(file, false).remove(QRegularExpression(QStringLiteral("\\s+")));
        QVERIFY2(text.contains(QStringLiteral("各楼栋同意情况")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2号楼")));
        QVERIFY(text.contains(QStringLiteral("Refused拒绝")));
        const QStringList png = test::pdfToPng(file, dir.filePath(QStringLiteral("chart")), 40);
        QCOMPARE(png.size(), 1);
        const QImage page(png.first());
        int coloured = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                coloured += QColor(page.pixel(x, y)).saturation() > 80 ? 1 : 0;
        QVERIFY2(coloured > 100, "bars are drawn");
    }
};

QTEST_MAIN(tst_QtChartPainter)
#include "tst_qtchartpainter.moc"
