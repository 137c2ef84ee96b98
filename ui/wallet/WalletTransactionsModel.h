#pragma once

#include "core/chain/tx/TransactionRecord.h"
#include "core/domain/TokenInfo.h"
#include "ui/common/LiveRefresh.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace salesdesk {

class ChainWatch;

namespace ui {

// The wallet's transactions, newest first (the transaction manager's intents in the chain
// database): what each does, its hash, where it stands, its confirmations (head − block + 1),
// the gas it used and its fee in ETH (gas used × effective gas price), and when it was made.
// Re-read in batches when an intent changes state, and only while live (its screen is shown):
// a hidden table is re-read when it is shown again. A new head re-reads nothing: the
// confirmations are computed from it as the view paints them (WalletPage repaints the table when
// the head moves; a dataChanged over every row would make the view measure them all).
class WalletTransactionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        HashColumn,
        StatusColumn,
        ConfirmationsColumn,
        GasUsedColumn,
        FeeColumn,
        TimeColumn,
        ColumnCount
    };
    // The full transaction hash of a row ("0x" and 64 hex digits), in every column.
    static constexpr int HashRole = Qt::UserRole + 1;
    static constexpr int kRefreshIntervalMs = 250;
    static constexpr int kMaxRows = 500;

    explicit WalletTransactionsModel(ChainWatch& watch, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<TransactionRecord>& records() const { return m_records; }
    // The row of the intent stored under `intentKey`, -1 when none.
    int rowOfIntent(const QString& intentKey) const;
    // Why the last read failed (empty when it did not).
    QString lastError() const { return m_lastError; }
    // Re-reads now instead of waiting for the batch.
    void refreshNow();
    // Live (the default): changes re-read the table in batches. Not live: a change only marks
    // it stale, and going live again re-reads a stale table at once.
    void setLive(bool live);
    bool isLive() const { return m_refresh.isLive(); }
    // How many times the table was read from the database (for tests and benchmarks).
    int readCount() const { return m_readCount; }

    // The ETH of a fee, for formatting ("Ether", "ETH", 18 decimals).
    static TokenInfo ether();
    // "mined", "failed", … in the user's language.
    static QString stateText(TransactionState state);
    // gasUsed × effectiveGasPrice of a receipt, in wei.
    static UInt256 feeOf(const TransactionReceipt& receipt);
    // head − block + 1, or nullopt while either is unknown (or the head is behind the block).
    static std::optional<quint64> confirmations(const TransactionRecord& record,
                                                std::optional<quint64> head);

private:
    void read();
    static Hash32 hashOf(const TransactionRecord& record);

    ChainWatch& m_watch;
    QList<TransactionRecord> m_records;
    QString m_lastError;
    int m_readCount = 0;
    LiveRefresh m_refresh;
};

} // namespace ui
} // namespace salesdesk
