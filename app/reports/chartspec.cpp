#include "reports/chartpainter.h"

namespace cg::reports {

bool ChartSpec::isEmpty() const
{
    return categories.isEmpty() || series.isEmpty();
}

double ChartSpec::total() const
{
    double sum = 0;
    for (const ChartSeries& s : series)
        for (double v : s.values)
            sum += v;
    return sum;
}

} // namespace cg::reports
