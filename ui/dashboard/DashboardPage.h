#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace salesdesk {

class Desk;

namespace ui {

class DashboardCharts;
class DashboardFigures;
struct DashboardSnapshot;
class FigureCard;
class NextPayoutsModel;

// The first screen: what is offered and used, what the sales are doing and what they earn.
// Cards for storage offered / free / reserved / stored, running sales, the slot queue, earnings
// to date, collateral locked and expected earnings (and, while direct deals or paid retrieval
// run, what they earned and the sum over all markets); charts of earnings, storage use and sales by
// state; and the calendar of the next payouts. Everything comes from the engine's signals,
// refreshed in batches (DashboardFigures, NextPayoutsModel).
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(Desk& desk, QWidget* parent = nullptr);

    // For tests and the screenshot run: the parts shown.
    DashboardFigures& figures() const { return *m_figures; }
    NextPayoutsModel& nextPayouts() const { return *m_payouts; }
    DashboardCharts& charts() const { return *m_charts; }
    // The card with this object name ("offeredCard", "earnedCard", …).
    FigureCard* card(const QString& objectName) const;

public Q_SLOTS:
    // Recomputes everything now instead of waiting for the next batch.
    void refreshNow();

private:
    FigureCard* addCard(const QString& objectName, const QString& caption);
    void showFigures();
    // The cards of the direct deals and paid retrieval (hidden while neither runs).
    void showMarkets(const DashboardSnapshot& s);

    Desk& m_desk;
    DashboardFigures* m_figures = nullptr;
    NextPayoutsModel* m_payouts = nullptr;
    DashboardCharts* m_charts = nullptr;
    QList<FigureCard*> m_cards;
    QTableView* m_payoutsView = nullptr;
    QLabel* m_payoutsEmpty = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace ui
} // namespace salesdesk
