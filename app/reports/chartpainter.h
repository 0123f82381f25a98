#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

namespace cg::reports {

// A chart described as plain data, so report code never touches a charting
// library. ui/charts turns it into a Qt Charts chart (dashboard and PDF alike).
struct ChartSeries
{
    QString name;              // legend entry (translated)
    QList<double> values;      // one value per category (per slice for a pie)
    QColor color;              // invalid = let the painter choose
};

struct ChartSpec
{
    enum class Kind {
        StackedBars,           // categories on the x axis, series stacked
        Lines,                 // categories (e.g. months) on the x axis, one line per series
        Pie,                   // uses series[0]; categories name the slices
    };
    Kind kind = Kind::StackedBars;
    QString title;             // translated; may be empty
    QStringList categories;
    QList<ChartSeries> series;
    QString valueAxisTitle;    // e.g. "Residents"
    bool horizontal = false;   // StackedBars only: bars grow to the right
    QString emptyText;         // translated; shown instead of a chart without data

    bool isEmpty() const;
    bool hasData() const { return !isEmpty() && total() > 0; }
    double total() const;      // sum of every value (for "no data" decisions)
};

// Draws a ChartSpec into a rectangle of any QPainter (screen, QImage, PDF,
// printer). Implemented by ui/charts (Qt Charts) and injected by main.cpp;
// the report library only knows this interface.
// Thread-safety: implementations that use QGraphicsScene must be called on
// the GUI thread.
class ChartPainter
{
public:
    virtual ~ChartPainter() = default;
    // `rect` is in the painter's current coordinates. Must draw vector
    // graphics where the device supports them (PDF) and leave the painter's
    // state (pen, brush, transform) as it found it.
    virtual void paint(QPainter& painter, const QRectF& rect, const ChartSpec& chart) const = 0;
};

} // namespace cg::reports
