#include "ui/charts/chartwidget.h"

#include "ui/charts/qtchartpainter.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

namespace cg::ui {

ChartWidget::ChartWidget(std::shared_ptr<const QtChartPainter> painter, QWidget* parent)
    : QWidget(parent), m_painter(std::move(painter))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_view);
}

void ChartWidget::setChart(const reports::ChartSpec& spec)
{
    m_spec = spec;
    QChart* old = m_view->chart();
    m_view->setChart(m_painter->buildChart(spec));
    delete old;   // QChartView does not delete a replaced chart
    m_view->setAccessibleName(spec.title);
}

int ChartWidget::seriesCount() const
{
    return m_view->chart() ? int(m_view->chart()->series().size()) : 0;
}

QStringList ChartWidget::categoryLabels() const
{
    if (!m_view->chart())
        return {};
    for (QAbstractAxis* axis : m_view->chart()->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
    return {};
}

} // namespace cg::ui
