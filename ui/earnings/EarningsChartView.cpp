#include "ui/earnings/EarningsChartView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTime>
#include <QEvent>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace salesdesk::ui {

namespace {

// Accents that read on light and dark backgrounds alike.
const QColor kPayoutColour(0x2e, 0x9d, 0x5b);
const QColor kReturnedColour(0x4a, 0x86, 0xd8);
const QColor kLostColour(0xd6, 0x4a, 0x4a);
const QColor kNetColour(0xe0, 0x9a, 0x26);

double toDouble(const UInt256& amount, double scale) {
    return amount.convert_to<double>() / scale;
}

QString periodLabel(Timestamp start, EarningsSeries::BucketSize size) {
    const QDateTime at = QDateTime::fromSecsSinceEpoch(start);
    const QLocale locale;
    switch (size) {
    case EarningsSeries::BucketSize::Hour:
        return locale.toString(at, QStringLiteral("ddd HH:mm"));
    case EarningsSeries::BucketSize::Day:
    case EarningsSeries::BucketSize::Week:
        return locale.toString(at.date(), QLocale::ShortFormat);
    }
    return QString();
}

QString unitTitle(int exponent) {
    switch (exponent) {
    case 0:
        return EarningsChartView::tr("tokens");
    case 3:
        return EarningsChartView::tr("thousand tokens");
    case 6:
        return EarningsChartView::tr("million tokens");
    case 9:
        return EarningsChartView::tr("billion tokens");
    case 12:
        return EarningsChartView::tr("trillion tokens");
    default:
        return EarningsChartView::tr("tokens × 10^%1").arg(exponent);
    }
}

} // namespace

EarningsChartView::EarningsChartView(QWidget* parent)
    : QChartView(parent) {
    auto* chart = new QChart();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);

    m_payouts = new QBarSet(tr("Payouts"));
    m_returned = new QBarSet(tr("Collateral returned"));
    m_lost = new QBarSet(tr("Collateral lost"));
    m_payouts->setColor(kPayoutColour);
    m_returned->setColor(kReturnedColour);
    m_lost->setColor(kLostColour);
    for (QBarSet* set : {m_payouts, m_returned, m_lost})
        set->setBorderColor(set->color());
    m_bars = new QStackedBarSeries();
    m_bars->append({m_payouts, m_returned, m_lost});
    m_bars->setBarWidth(0.7);

    m_cumulative = new QLineSeries();
    m_cumulative->setName(tr("Net earnings to date"));
    QPen pen(kNetColour);
    pen.setWidthF(2.5);
    m_cumulative->setPen(pen);
    m_cumulative->setPointsVisible(true);

    chart->addSeries(m_bars);
    chart->addSeries(m_cumulative);

    m_periods = new QBarCategoryAxis();
    m_perPeriod = new QValueAxis();
    m_cumulativeAxis = new QValueAxis();
    for (QValueAxis* axis : {m_perPeriod, m_cumulativeAxis}) {
        axis->setLabelFormat(QStringLiteral("%.4g"));
        axis->setTickCount(6);
    }
    chart->addAxis(m_periods, Qt::AlignBottom);
    chart->addAxis(m_perPeriod, Qt::AlignLeft);
    chart->addAxis(m_cumulativeAxis, Qt::AlignRight);
    m_bars->attachAxis(m_periods);
    m_bars->attachAxis(m_perPeriod);
    m_cumulative->attachAxis(m_periods);
    m_cumulative->attachAxis(m_cumulativeAxis);

    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    applyPalette();
    showSeries(EarningsSeries());
}

QStringList EarningsChartView::categories() const {
    return m_periods->categories();
}

void EarningsChartView::showSeries(const EarningsSeries& series) {
    const auto& buckets = series.buckets();
    // One scale for both axes, so the numbers on the two sides can be compared.
    UInt256 largest = 0;
    UInt256 netPayouts = 0;
    UInt256 netLost = 0;
    for (const auto& b : buckets) {
        largest = std::max({largest, UInt256(b.totals.payouts + b.totals.returned), b.totals.lost});
        netPayouts += b.totals.payouts;
        netLost += b.totals.lost;
        largest = std::max(largest, netPayouts > netLost ? UInt256(netPayouts - netLost)
                                                         : UInt256(netLost - netPayouts));
    }
    m_scaleExponent = 0;
    UInt256 scaleFactor = 1;
    while (largest / scaleFactor >= 1000 && m_scaleExponent < 60) {
        m_scaleExponent += 3;
        scaleFactor *= 1000;
    }
    const double scale = scaleFactor.convert_to<double>();

    QStringList labels;
    QList<double> payouts, returned, lost;
    QList<QPointF> cumulative;
    double minimum = 0, maximum = 0, cumulativeMin = 0, cumulativeMax = 0, net = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const auto& t = buckets.at(i).totals;
        labels.append(periodLabel(buckets.at(i).start, series.bucketSize()));
        payouts.append(toDouble(t.payouts, scale));
        returned.append(toDouble(t.returned, scale));
        lost.append(-toDouble(t.lost, scale));
        maximum = std::max(maximum, payouts.last() + returned.last());
        minimum = std::min(minimum, lost.last());
        net += payouts.last() + lost.last();
        cumulative.append(QPointF(static_cast<double>(i), net));
        cumulativeMin = std::min(cumulativeMin, net);
        cumulativeMax = std::max(cumulativeMax, net);
    }
    m_payouts->remove(0, m_payouts->count());
    m_returned->remove(0, m_returned->count());
    m_lost->remove(0, m_lost->count());
    m_payouts->append(payouts);
    m_returned->append(returned);
    m_lost->append(lost);
    m_cumulative->replace(cumulative);
    m_periods->clear();
    m_periods->append(labels);
    m_periods->setLabelsAngle(labels.size() > 10 ? -60 : 0);

    auto range = [](QValueAxis* axis, double low, double high) {
        if (high <= low)
            high = low + 1;
        axis->setRange(low, high * 1.05);
        axis->applyNiceNumbers();
    };
    // A loss too small to see would only push the zero line up, away from the other axis's.
    if (-minimum < 0.02 * maximum)
        minimum = 0;
    range(m_perPeriod, minimum, maximum);
    range(m_cumulativeAxis, cumulativeMin, cumulativeMax);

    const QString bucket = series.bucketSize() == EarningsSeries::BucketSize::Hour  ? tr("hour")
                           : series.bucketSize() == EarningsSeries::BucketSize::Day ? tr("day")
                                                                                    : tr("week");
    m_perPeriod->setTitleText(tr("Per %1, %2").arg(bucket, unitTitle(m_scaleExponent)));
    m_cumulativeAxis->setTitleText(tr("To date, %1").arg(unitTitle(m_scaleExponent)));
}

void EarningsChartView::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void EarningsChartView::applyPalette() {
    const QPalette p = palette();
    QChart* c = chart();
    if (!c)
        return;
    c->legend()->setLabelColor(p.color(QPalette::WindowText));
    for (QAbstractAxis* axis : c->axes()) {
        axis->setLabelsColor(p.color(QPalette::WindowText));
        axis->setTitleBrush(p.brush(QPalette::WindowText));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
}

} // namespace salesdesk::ui
