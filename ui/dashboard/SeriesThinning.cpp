#include "ui/dashboard/SeriesThinning.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace salesdesk::ui {

QList<QPointF> thinToColumns(const QList<QPointF>& points, int columns) {
    columns = std::max(1, columns);
    if (points.size() <= qsizetype(4) * columns)
        return points;
    const double first = points.first().x();
    const double span = points.last().x() - first;
    const auto columnOf = [&](double x) {
        if (!(span > 0))
            return 0; // one instant: one column
        const double at = (x - first) / span * columns;
        return std::clamp(static_cast<int>(std::floor(at)), 0, columns - 1);
    };
    QList<QPointF> thinned;
    thinned.reserve(qsizetype(4) * columns);
    qsizetype begin = 0;
    while (begin < points.size()) {
        const int column = columnOf(points[begin].x());
        qsizetype end = begin + 1;
        qsizetype lowest = begin;
        qsizetype highest = begin;
        while (end < points.size() && columnOf(points[end].x()) == column) {
            if (points[end].y() < points[lowest].y())
                lowest = end;
            if (points[end].y() > points[highest].y())
                highest = end;
            ++end;
        }
        std::array<qsizetype, 4> kept{begin, lowest, highest, end - 1};
        std::sort(kept.begin(), kept.end());
        const auto last = std::unique(kept.begin(), kept.end());
        for (auto i = kept.begin(); i != last; ++i)
            thinned.append(points[*i]);
        begin = end;
    }
    return thinned;
}

} // namespace salesdesk::ui
