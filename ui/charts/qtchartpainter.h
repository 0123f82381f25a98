#pragma once

#include "reports/chartpainter.h"

class QChart;

namespace cg::ui {

// The one adapter between ConsentGate's plain chart descriptions and the
// charting library (Qt Charts today; Qt Charts is deprecated from Qt 6.10 in
// favour of Qt Graphs, so nothing else may include QtCharts).
//
// buildChart() makes a QChart for the dashboard's ChartWidget; paint() draws
// the same chart as vector graphics into any QPainter (PDF, printer) through
// a QGraphicsScene. Needs a QApplication (the offscreen platform will do);
// GUI thread only.
class QtChartPainter final : public reports::ChartPainter
{
public:
    // `fontFamily` is used for every chart text so Chinese embeds correctly
    // in PDFs (pass reports::PdfDocument::fontFamily()); empty = default.
    explicit QtChartPainter(QString fontFamily = {});

    void paint(QPainter& painter, const QRectF& rect, const reports::ChartSpec& chart) const override;

    // A new chart (caller owns it).
    QChart* buildChart(const reports::ChartSpec& spec) const;

    // The colours used when a series brings none (status colours for the
    // consent categories are set by the caller through ChartSeries::color).
    static QColor paletteColor(int index);

private:
    QString m_fontFamily;
};

} // namespace cg::ui
