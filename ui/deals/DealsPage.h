#pragma once

#include "core/chain/deals/DealService.h"
#include "core/domain/UInt256.h"
#include "ui/common/MarketTotals.h"
#include "ui/common/ServicePage.h"

#include <QPointer>
#include <QVariant>

class QLabel;
class QTableView;

namespace salesdesk {

class Desk;

namespace ui {

class DealsModel;

// Deals: the direct storage deals the desk takes (docs/deals.md). While the service runs
// (Desk::deals()): where it listens, whether it accepts new deals, the price it asks, how many
// deals are active and awaiting data, what they paid so far and the collateral the unfinished ones
// hold; and the deals (DealsModel, the newest kMaxDeals). The table is read again in batches when
// the service changes, and only while the page is shown; the term countdown ticks every second,
// also only while shown (both through ServicePage).
//
// While it does not run the page says why: the demo market has no deal contract; on a chain it is
// off (Settings → Direct deals), about to start, or failed to start, with the reason the GUI's main
// recorded (recordStart). The page notices the start (or its failure) when it is recorded, so a
// page shown before it needs no refresh.
class DealsPage : public ServicePage {
    Q_OBJECT
public:
    // The desk's dynamic property where the GUI's main records how the start of direct deals
    // went: the error's message, or an empty string when it started. Absent until it was tried.
    static constexpr char kStartErrorProperty[] = "dealsError";
    // The most deals the table shows (the newest).
    static constexpr int kMaxDeals = 500;

    explicit DealsPage(Desk& desk, QWidget* parent = nullptr);
    ~DealsPage() override;

    // Records on `desk` how the start of direct deals went (`error`: empty when it started); a
    // page over the desk shows it at once.
    static void recordStart(Desk& desk, const QString& error);
    // What the page says while the service does not run: `onChain` whether the desk sells on a
    // chain, `recorded` the start recorded on the desk (invalid until it was tried),
    // `enabledAtStart` whether direct deals were on when the page was made (the desk's start reads
    // the same setting) and `enabledNow` whether they are on in the settings now.
    static QString explanationFor(bool onChain, const QVariant& recorded, bool enabledAtStart,
                                  bool enabledNow);

    // Whether the page shows the running service (its figures and table).
    bool isServing() const override { return m_service != nullptr; }
    // The figures over the table, one per line (empty while the service does not run).
    QString summaryText() const;
    // Null until the service runs.
    DealsModel* dealsModel() const { return m_deals; }

protected:
    bool takeServiceIfRunning() override;
    QString explanation() const override;
    void read() override;
    void showNow(Timestamp now) override;

private:
    void buildServingView(DealService& service);
    void showFigures(const DealTotals& figures);

    bool m_enabledAtStart = false;
    QPointer<DealService> m_service; // null until it runs
    QLabel* m_endpoint = nullptr;
    QLabel* m_accepting = nullptr;
    QLabel* m_price = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_readError = nullptr;
    DealsModel* m_deals = nullptr;
    QTableView* m_dealsTable = nullptr;
};

} // namespace ui
} // namespace salesdesk
