#include "ui/charts/qtchartpainter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace cg::ui {

namespace {

QFont chartFont(const QString& family, qreal points, bool bold = false)
{
    QFont f = family.isEmpty() ? QFont() : QFont(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// A value axis that ends on a round number and shows whole counts.
void niceRange(QValueAxis* axis, double max)
{
    double top = std::max(1.0, max);
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= top) {
            top = step * magnitude;
            break;
        }
    }
    axis->setRange(0, top);
    axis->setTickCount(6);
    axis->setLabelFormat(top >= 5 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

} // namespace

QtChartPainter::QtChartPainter(QString fontFamily) : m_fontFamily(std::move(fontFamily)) {}

QColor QtChartPainter::paletteColor(int index)
{
    static const QColor colors[] = {QColor(0x2e, 0x7d, 0x32), QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00),
                                    QColor(0x75, 0x75, 0x75), QColor(0x15, 0x65, 0xc0), QColor(0x6a, 0x1b, 0x9a),
                                    QColor(0x00, 0x83, 0x8f), QColor(0x9e, 0x9d, 0x24)};
    return colors[std::abs(index) % int(std::size(colors))];
}

QChart* QtChartPainter::buildChart(const reports::ChartSpec& spec) const
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setTitle(spec.title);
    chart->setTitleFont(chartFont(m_fontFamily, 11, true));
    chart->legend()->setFont(chartFont(m_fontFamily, 9));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QFont labelFont = chartFont(m_fontFamily, 8.5);
    if (!spec.hasData())
        return chart;   // the title alone; ChartWidget / paint() show spec.emptyText

    auto colorOf = [](const reports::ChartSeries& s, int i) { return s.color.isValid() ? s.color : paletteColor(i); };

    if (spec.kind == reports::ChartSpec::Kind::Pie) {
        auto* pie = new QPieSeries;
        const reports::ChartSeries series = spec.series.value(0);
        double total = 0;
        for (double v : series.values)
            total += v;
        for (int i = 0; i < spec.categories.size(); ++i) {
            const double v = series.values.value(i);
            if (v <= 0)
                continue;
            const QString label = QCoreApplication::translate("cg::ui::QtChartPainter", "%1: %2 (%3%)",
                                                              "pie slice: name, count, share in per cent")
                                      .arg(spec.categories.at(i))
                                      .arg(v, 0, 'f', 0)
                                      .arg(total > 0 ? 100.0 * v / total : 0, 0, 'f', 1);
            QPieSlice* slice = pie->append(label, v);
            slice->setColor(paletteColor(i + 4));
            slice->setLabelFont(labelFont);
            // Slice labels collide (thin slices) or run off the chart (long
            // Chinese names): the legend beside the pie names every slice.
            slice->setLabelVisible(false);
        }
        pie->setPieSize(0.7);
        chart->addSeries(pie);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignRight);
        return chart;
    }

    auto* categories = new QBarCategoryAxis;
    categories->append(spec.categories);
    categories->setLabelsFont(labelFont);
    // Qt Charts elides category labels that do not fit side by side ("…"):
    // many or long labels on the horizontal axis are turned upright instead.
    if (!(spec.kind == reports::ChartSpec::Kind::StackedBars && spec.horizontal)) {
        qsizetype chars = 0;
        for (const QString& c : spec.categories)
            chars += c.size() + 2;
        if (spec.categories.size() > 12 || chars > 90)
            categories->setLabelsAngle(-90);
        else if (chars > 48)
            categories->setLabelsAngle(-45);
    }
    auto* values = new QValueAxis;
    values->setLabelsFont(labelFont);
    values->setTitleText(spec.valueAxisTitle);
    values->setTitleFont(labelFont);
    double max = 0;

    if (spec.kind == reports::ChartSpec::Kind::StackedBars) {
        QAbstractBarSeries* bars = spec.horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                                                   : static_cast<QAbstractBarSeries*>(new QStackedBarSeries);
        QList<double> sums(spec.categories.size(), 0);
        for (int i = 0; i < spec.series.size(); ++i) {
            const auto& s = spec.series.at(i);
            auto* set = new QBarSet(s.name);
            for (int c = 0; c < spec.categories.size(); ++c) {
                *set << s.values.value(c);
                sums[c] += s.values.value(c);
            }
            set->setColor(colorOf(s, i));
            set->setBorderColor(colorOf(s, i).darker(130));
            bars->append(set);
        }
        for (double v : sums)
            max = std::max(max, v);
        bars->setBarWidth(0.7);
        chart->addSeries(bars);
        chart->addAxis(categories, spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        chart->addAxis(values, spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        bars->attachAxis(categories);
        bars->attachAxis(values);
    } else {
        // Lines over many months: a category per month elides every label
        // ("…"), so a value axis carries a label every few months instead.
        QAbstractAxis* xAxis = categories;
        if (spec.categories.size() > 12) {
            auto* sparse = new QCategoryAxis;
            sparse->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            sparse->setLabelsFont(labelFont);
            sparse->setRange(0, double(spec.categories.size()) - 0.4);   // room for the last label
            const int step = int((spec.categories.size() + 7) / 8);
            for (int c = 0; c < spec.categories.size(); c += step)
                sparse->append(spec.categories.at(c), c);
            sparse->setGridLineVisible(true);
            delete categories;
            categories = nullptr;
            xAxis = sparse;
        }
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        for (int i = 0; i < spec.series.size(); ++i) {
            const auto& s = spec.series.at(i);
            auto* line = new QLineSeries;
            line->setName(s.name);
            for (int c = 0; c < spec.categories.size(); ++c) {
                line->append(c, s.values.value(c));
                max = std::max(max, s.values.value(c));
            }
            QPen pen(colorOf(s, i));
            pen.setWidthF(2.0);
            line->setPen(pen);
            line->setPointsVisible(spec.categories.size() <= 24);
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(values);
        }
    }
    niceRange(values, max);
    return chart;
}

void QtChartPainter::paint(QPainter& painter, const QRectF& rect, const reports::ChartSpec& spec) const
{
    // Lay the chart out in points (1/72 in) so its fonts keep their nominal
    // size whatever the device resolution, then scale onto `rect`.
    const double dpi = painter.device() ? painter.device()->logicalDpiY() : 72.0;
    const QSizeF points(rect.width() * 72.0 / dpi, rect.height() * 72.0 / dpi);
    QGraphicsScene scene;
    QChart* chart = buildChart(spec);
    scene.addItem(chart);   // the scene owns the chart
    chart->setGeometry(QRectF(QPointF(0, 0), points));
    scene.setSceneRect(QRectF(QPointF(0, 0), points));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, rect, scene.sceneRect(), Qt::KeepAspectRatio);
    if (!spec.hasData() && !spec.emptyText.isEmpty()) {
        const QFont font = chartFont(m_fontFamily, 11);
        painter.setFont(font);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, spec.emptyText);
    }
    painter.restore();
}

} // namespace cg::ui
