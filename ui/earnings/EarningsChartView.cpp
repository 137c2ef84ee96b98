#include "ui/earnings/EarningsChartView.h"

#include "ui/common/TokenAxis.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
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
const QColor kDealsColour(0x8e, 0x5b, 0xd0);
const QColor kRetrievalColour(0x1f, 0xa5, 0xa0);

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

} // namespace

EarningsChartView::EarningsChartView(QWidget* parent)
    : QChartView(parent) {
    auto* chart = new QChart();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // An entry cut short (a window narrower than 1280 px) shows itself on hover.
    chart->legend()->setShowToolTips(true);
    chart->setLocalizeNumbers(true); // axis labels in the locale's digits and separators

    m_payouts = new QBarSet(tr("Slot sales"));
    m_deals = new QBarSet(tr("Direct deals"));
    m_retrieval = new QBarSet(tr("Paid retrieval"));
    m_returned = new QBarSet(tr("Collateral returned"));
    m_lost = new QBarSet(tr("Collateral lost"));
    m_payouts->setColor(kPayoutColour);
    m_deals->setColor(kDealsColour);
    m_retrieval->setColor(kRetrievalColour);
    m_returned->setColor(kReturnedColour);
    m_lost->setColor(kLostColour);
    for (QBarSet* set : {m_payouts, m_deals, m_retrieval, m_returned, m_lost})
        set->setBorderColor(set->color());
    m_bars = new QStackedBarSeries();
    m_bars->append({m_payouts, m_deals, m_retrieval, m_returned, m_lost});
    m_bars->setBarWidth(0.7);

    m_cumulative = new QLineSeries();
    m_cumulative->setName(tr("Net to date, all markets"));
    QPen pen(kNetColour);
    pen.setWidthF(2.5);
    m_cumulative->setPen(pen);
    m_cumulative->setPointsVisible(true);

    chart->addSeries(m_bars);
    chart->addSeries(m_cumulative);

    m_periods = new QBarCategoryAxis();
    m_perPeriod = new QValueAxis();
    m_cumulativeAxis = new QValueAxis();
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
    setMarkets(false, false);
}

void EarningsChartView::setMarkets(bool deals, bool retrieval) {
    m_dealsShown = deals;
    m_retrievalShown = retrieval;
    for (QLegendMarker* marker : chart()->legend()->markers(m_bars)) {
        const QBarSet* set = static_cast<QBarLegendMarker*>(marker)->barset();
        if (set == m_deals)
            marker->setVisible(deals);
        else if (set == m_retrieval)
            marker->setVisible(retrieval);
    }
}

bool EarningsChartView::legendShows(const QBarSet* set) const {
    for (QLegendMarker* marker : chart()->legend()->markers(m_bars))
        if (static_cast<QBarLegendMarker*>(marker)->barset() == set)
            return marker->isVisible();
    return false;
}

QStringList EarningsChartView::categories() const {
    return m_periods->categories();
}

void EarningsChartView::showSeries(const EarningsSeries& series) {
    const auto& buckets = series.buckets();
    QStringList labels;
    QList<double> payouts, deals, retrieval, returned, lost;
    QList<QPointF> cumulative;
    double minimum = 0, maximum = 0, cumulativeMin = 0, cumulativeMax = 0, net = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const auto& t = buckets.at(i).totals;
        labels.append(periodLabel(buckets.at(i).start, series.bucketSize()));
        payouts.append(TokenAxis::toTokens(t.payouts));
        deals.append(TokenAxis::toTokens(buckets.at(i).deals));
        retrieval.append(TokenAxis::toTokens(buckets.at(i).retrieval));
        returned.append(TokenAxis::toTokens(t.returned));
        lost.append(-TokenAxis::toTokens(buckets.at(i).lost()));
        maximum =
            std::max(maximum, payouts.last() + deals.last() + retrieval.last() + returned.last());
        minimum = std::min(minimum, lost.last());
        net += payouts.last() + deals.last() + retrieval.last() + lost.last();
        cumulative.append(QPointF(static_cast<double>(i), net));
        cumulativeMin = std::min(cumulativeMin, net);
        cumulativeMax = std::max(cumulativeMax, net);
    }
    for (QBarSet* set : {m_payouts, m_deals, m_retrieval, m_returned, m_lost})
        set->remove(0, set->count());
    m_payouts->append(payouts);
    m_deals->append(deals);
    m_retrieval->append(retrieval);
    m_returned->append(returned);
    m_lost->append(lost);
    m_cumulative->replace(cumulative);
    m_periods->clear();
    m_periods->append(labels);
    m_periods->setLabelsAngle(labels.size() > 10 ? -60 : 0);

    // A loss too small to see would only push the zero line up, away from the other axis's.
    if (-minimum < 0.02 * maximum)
        minimum = 0;
    const QString bucket = series.bucketSize() == EarningsSeries::BucketSize::Hour ? tr("Per hour")
                           : series.bucketSize() == EarningsSeries::BucketSize::Day
                               ? tr("Per day")
                               : tr("Per week");
    TokenAxis::apply(m_perPeriod, minimum, maximum, bucket);
    TokenAxis::apply(m_cumulativeAxis, cumulativeMin, cumulativeMax, tr("To date"));
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
