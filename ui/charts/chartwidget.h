#pragma once

#include "reports/chartpainter.h"

#include <QWidget>

#include <memory>

class QChartView;
class QLabel;

namespace cg::ui {

class QtChartPainter;

// A dashboard chart: shows a reports::ChartSpec through the Qt Charts adapter.
// The spec is kept so tests (and "copy data") can read what is shown.
class ChartWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(std::shared_ptr<const QtChartPainter> painter, QWidget* parent = nullptr);

    void setChart(const reports::ChartSpec& spec);
    // The least height of the chart; horizontal bars ask for more (a label
    // beside each bar). Use this, not setMinimumHeight(), so the widget's
    // minimum follows the chart.
    void setMinimumChartHeight(int height);
    const reports::ChartSpec& chartSpec() const { return m_spec; }
    // Number of series / points actually in the shown chart (for tests).
    int seriesCount() const;
    QStringList categoryLabels() const;
    // The "no data" text shown instead of the chart ("No credentials issued"), or empty.
    QString emptyText() const;

private:
    std::shared_ptr<const QtChartPainter> m_painter;
    reports::ChartSpec m_spec;
    QChartView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    int m_minimumChartHeight = 220;
};

} // namespace cg::ui
