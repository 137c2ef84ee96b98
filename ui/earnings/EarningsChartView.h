#pragma once

#include "ui/earnings/EarningsSeries.h"

#include <QChartView>
#include <QStringList>

class QBarCategoryAxis;
class QBarSet;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace salesdesk::ui {

// Earnings per period as stacked bars (slot sales' payouts, direct deals' payments, paid
// retrieval's claims and collateral returned above zero, collateral lost below) and cumulative net
// earnings of all markets as a line on its own axis. The direct deals and paid retrieval are in
// the legend only while they run (setMarkets). Amounts are drawn as doubles
// (only to place points), in tokens on axes that say so (TokenAxis); every figure the user
// reads elsewhere is exact.
class EarningsChartView : public QChartView {
    Q_OBJECT
public:
    explicit EarningsChartView(QWidget* parent = nullptr);

    void showSeries(const EarningsSeries& series);
    // Which of the other markets run: their bars are in the legend only then.
    void setMarkets(bool deals, bool retrieval);
    QBarSet* slotSalesBars() const { return m_payouts; }
    QBarSet* dealsBars() const { return m_deals; }
    QBarSet* retrievalBars() const { return m_retrieval; }
    // Whether the legend lists `set`.
    bool legendShows(const QBarSet* set) const;
    QValueAxis* perPeriodAxis() const { return m_perPeriod; }
    QValueAxis* cumulativeAxis() const { return m_cumulativeAxis; }
    QStringList categories() const;
    QLineSeries* cumulativeLine() const { return m_cumulative; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QStackedBarSeries* m_bars = nullptr;
    QBarSet* m_payouts = nullptr;
    QBarSet* m_deals = nullptr;
    QBarSet* m_retrieval = nullptr;
    QBarSet* m_returned = nullptr;
    QBarSet* m_lost = nullptr;
    QLineSeries* m_cumulative = nullptr;
    QBarCategoryAxis* m_periods = nullptr;
    QValueAxis* m_perPeriod = nullptr;
    QValueAxis* m_cumulativeAxis = nullptr;
    bool m_dealsShown = false;
    bool m_retrievalShown = false;
};

} // namespace salesdesk::ui
