#pragma once

#include "core/domain/Result.h"
#include "ui/earnings/EarningsSeries.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace salesdesk {
class Desk;
}

namespace salesdesk::ui {

class EarningsChartView;
class LedgerEntriesFilter;
class LedgerEntriesModel;

// Earnings: what each market paid over time (chart: slot sales' payouts, direct deals' payments,
// paid retrieval's claims, collateral returned and lost), the ledger's entries (table) filtered by
// kind and period, their totals, and CSV export of the slot sales' entries and the other markets'
// payments shown. Fed by Ledger::recorded through LedgerEntriesModel (batched) and by
// MarketsWatch; the other markets' payments are read off their books (MarketEarningsReader) at
// each refresh. They are payments, so a kind filter other than payouts leaves them out. While
// direct deals or paid retrieval run, a row beneath the totals shows what each market paid in the
// period and the sum over all markets.
class EarningsPage : public QWidget {
    Q_OBJECT
public:
    // The periods the user can pick; the index is the combo box's.
    enum class Period { AllTime, LastDay, LastWeek, LastMonth };

    explicit EarningsPage(Desk& desk, QWidget* parent = nullptr);
    ~EarningsPage() override;

    // The row of the markets' earnings in the period: direct deals, paid retrieval and all markets,
    // one line ("" while neither direct deals nor paid retrieval runs).
    QString marketsText() const;

    // "Export CSV…" (Ctrl+E while the page has focus): asks for a file, then exportCsvTo().
    QAction* exportCsvAction() const { return m_exportAction; }

    // What is shown: the entries passing the filter, oldest first, and their totals.
    QList<LedgerEntry> shownEntries() const;
    const EarningsSeries& shownSeries() const { return m_series; }
    // The other markets' payments passing the filter, oldest first.
    const QList<MarketEarning>& shownEarnings() const { return m_earnings; }
    EarningsChartView* chartView() const { return m_chart; }
    LedgerEntriesModel* entriesModel() const { return m_model; }
    LedgerEntriesFilter* entriesFilter() const { return m_filter; }

    void setKindFilter(std::optional<LedgerKind> kind);
    void setPeriod(Period period);

public Q_SLOTS:
    void exportCsv();
    // Writes the shown entries to `filePath` off the GUI thread; csvExported follows.
    void exportCsvTo(const QString& filePath);

Q_SIGNALS:
    // `error` is empty on success.
    void csvExported(const QString& filePath, int entryCount, const QString& error);
    // The totals, chart and empty state were brought up to date.
    void refreshed();

private:
    void buildUi();
    void scheduleRefresh();
    void refresh();
    void applyPeriod();
    QWidget* buildMarketsRow();
    void refreshMarkets(const MarketEarningsReader::Read& read);
    // Whether nothing was ever paid or deposited, in any market.
    bool nothingEverMoved() const;

    Desk& m_desk;
    LedgerEntriesModel* m_model = nullptr;
    LedgerEntriesFilter* m_filter = nullptr;
    EarningsSeries m_series;
    QList<MarketEarning> m_earnings;
    Period m_period = Period::AllTime;
    bool m_refreshScheduled = false;

    QComboBox* m_kindBox = nullptr;
    QComboBox* m_periodBox = nullptr;
    QAction* m_exportAction = nullptr;
    QLabel* m_payouts = nullptr;
    QLabel* m_returned = nullptr;
    QLabel* m_deposited = nullptr;
    QLabel* m_lost = nullptr;
    QLabel* m_net = nullptr;
    QWidget* m_marketsRow = nullptr;
    QLabel* m_slotsEarned = nullptr;
    QLabel* m_dealsEarned = nullptr;
    QLabel* m_retrievalEarned = nullptr;
    QLabel* m_allMarketsEarned = nullptr;
    QLabel* m_marketsNote = nullptr;
    QLabel* m_exportStatus = nullptr;
    QLabel* m_emptyText = nullptr;
    QStackedWidget* m_content = nullptr;
    EarningsChartView* m_chart = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace salesdesk::ui
