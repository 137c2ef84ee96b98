// thinToColumns: a long series thinned to a chart's pixel columns keeps the line it draws.
#include "ui/dashboard/SeriesThinning.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace salesdesk::ui;

namespace {

// The lowest and highest y of each of `columns` equal spans of x between the series' ends.
QList<std::pair<double, double>> columnRanges(const QList<QPointF>& points, double first,
                                              double last, int columns) {
    QList<std::pair<double, double>> ranges(columns, {std::numeric_limits<double>::infinity(),
                                                      -std::numeric_limits<double>::infinity()});
    for (const QPointF& p : points) {
        const int c =
            std::clamp(int(std::floor((p.x() - first) / (last - first) * columns)), 0, columns - 1);
        ranges[c].first = std::min(ranges[c].first, p.y());
        ranges[c].second = std::max(ranges[c].second, p.y());
    }
    return ranges;
}

// A step series as the dashboard draws one: every change at x is a pair (x, before), (x, after).
QList<QPointF> steps(int count, quint32 seed) {
    QRandomGenerator random(seed);
    QList<QPointF> points;
    double y = 0;
    double x = 0;
    points.append({x, y});
    for (int i = 0; i < count; ++i) {
        x += 1 + random.bounded(20);
        points.append({x, y});
        y = std::max(0.0, y + random.bounded(200) - 90.0);
        points.append({x, y});
    }
    return points;
}

} // namespace

class TestSeriesThinning : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aShortSeriesIsKeptAsItIs() {
        const QList<QPointF> points = steps(50, 1);
        QCOMPARE(thinToColumns(points, 100), points);
        QCOMPARE(thinToColumns({}, 100), QList<QPointF>{});
    }

    // At most four points a column; the ends, and every column's lowest and highest y, stay;
    // the points stay in order and are points of the series.
    void aLongSeriesKeepsEachColumnsExtremes() {
        const int columns = 300;
        const QList<QPointF> points = steps(6'000, 7);
        const QList<QPointF> thinned = thinToColumns(points, columns);
        QVERIFY(thinned.size() <= 4 * columns);
        QVERIFY(thinned.size() > columns);
        QCOMPARE(thinned.first(), points.first());
        QCOMPARE(thinned.last(), points.last());
        QVERIFY(std::is_sorted(thinned.begin(), thinned.end(),
                               [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
        for (const QPointF& p : thinned)
            QVERIFY(points.contains(p));
        const double first = points.first().x();
        const double last = points.last().x();
        QCOMPARE(columnRanges(thinned, first, last, columns),
                 columnRanges(points, first, last, columns));
    }

    // A single spike in a flat series survives, however narrow.
    void aSpikeSurvives() {
        QList<QPointF> points;
        for (int i = 0; i < 10'000; ++i)
            points.append({double(i), i == 4'321 ? 1'000.0 : 5.0});
        const QList<QPointF> thinned = thinToColumns(points, 100);
        QVERIFY(thinned.size() <= 400);
        QVERIFY(thinned.contains(QPointF(4'321, 1'000)));
    }

    // Points all at one x (a history of one instant) become its first and last.
    void noWidthKeepsTheEnds() {
        QList<QPointF> points;
        for (int i = 0; i < 1'000; ++i)
            points.append({42.0, double(i)});
        QCOMPARE(thinToColumns(points, 10), (QList<QPointF>{{42.0, 0.0}, {42.0, 999.0}}));
    }
};

QTEST_GUILESS_MAIN(TestSeriesThinning)
#include "tst_seriesthinning.moc"
