#include "ui/charts/chartwidget.h"

#include "ui/charts/qtchartpainter.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>

namespace cg::ui {


ChartWidget::ChartWidget(std::shared_ptr<const QtChartPainter> painter, QWidget* parent)
    : QWidget(parent), m_painter(std::move(painter))
{
    // The "no data" text lies over the chart (which keeps its title).
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(m_minimumChartHeight);
    m_view->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_view, 0, 0);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("chartEmptyText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont f = m_empty->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_empty->setFont(f);
    m_empty->setStyleSheet(QStringLiteral("color: #606060; background: transparent;"));
    m_empty->hide();
    layout->addWidget(m_empty, 0, 0, Qt::AlignCenter);
}

void ChartWidget::setChart(const reports::ChartSpec& spec)
{
    m_spec = spec;
    QChart* old = m_view->chart();
    m_view->setChart(m_painter->buildChart(spec));
    delete old;   // QChartView does not delete a replaced chart
    // Qt Charts elides a category label ("…") taller than its bar's slot and
    // hides every second one that overlaps: horizontal bars get two text
    // lines each, plus room for the title, value axis and legend.
    int minimum = m_minimumChartHeight;
    if (spec.kind == reports::ChartSpec::Kind::StackedBars && spec.horizontal && spec.hasData()) {
        const int line = fontMetrics().height();
        minimum = std::max(minimum, int(spec.categories.size()) * 2 * line + 9 * line);
    }
    m_view->setMinimumHeight(minimum);
    const bool empty = !spec.hasData() && !spec.emptyText.isEmpty();
    m_empty->setText(spec.emptyText);
    m_empty->setVisible(empty);
    m_empty->raise();
    m_view->setAccessibleName(empty ? spec.title + QStringLiteral(": ") + spec.emptyText : spec.title);
}

void ChartWidget::setMinimumChartHeight(int height)
{
    m_minimumChartHeight = height;
    m_view->setMinimumHeight(std::max(m_view->minimumHeight(), height));
}

QString ChartWidget::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
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
