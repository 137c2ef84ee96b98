#pragma once

#include <QList>
#include <QPointF>

namespace salesdesk::ui {

// Thins a line series to what a chart `columns` pixels wide can show: the points are cut into
// `columns` equal spans of x, and of each span only the first and last point and those with the
// lowest and highest y are kept (min/max/first/last per pixel column). The line drawn is the same
// to the pixel, and the chart lays out a few points per column however long the history: a
// scene with the storage chart's 12,000 points took tens of milliseconds to lay out after every
// refresh. `points` must be ordered by x; a series of at most 4 × columns points is returned as
// it is.
QList<QPointF> thinToColumns(const QList<QPointF>& points, int columns);

} // namespace salesdesk::ui
