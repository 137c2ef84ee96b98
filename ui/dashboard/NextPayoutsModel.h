#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <optional>

namespace salesdesk {

class Desk;
struct SalesData;

namespace ui {

// The forward calendar of payouts: one row per slot we host, with when its request ends (the
// market pays then) and what it pays: pricePerBytePerSecond × slotSize × (end − filledAt), the
// contract's slot payout. The forecast assumes the request starts: a request that expires before
// all its slots are filled pays a slot only until its expiry. Fed by the Sales signals, rebuilt in
// batches; each request's end is asked of the market once (asynchronously) and cached.
class NextPayoutsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DueColumn, RemainingColumn, SlotColumn, SizeColumn, AmountColumn, ColumnCount };
    // Raw values for sorting: Timestamp, seconds, QString, quint64, the amount as a decimal
    // string padded to 78 digits (so string order is numeric order).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int kRefreshIntervalMs = 250;

    struct Row {
        RequestId requestId;
        quint64 slotIndex = 0;
        quint64 slotSize = 0;
        Timestamp filledAt = 0;
        Timestamp endsAt = 0;
        UInt256 amount = 0;
    };

    explicit NextPayoutsModel(Desk& desk, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<Row>& rows() const { return m_rows; }
    // Σ amount over the rows: what the hosted slots will pay.
    UInt256 expectedEarnings() const { return m_expected; }
    // Rebuilds now instead of waiting for the batch.
    void refreshNow();

Q_SIGNALS:
    void expectedEarningsChanged(const salesdesk::UInt256& expected);

private:
    void scheduleRefresh();
    void askRequestEnd(const RequestId& id);
    // When the slot was filled: the sale knows it, except after a restart, when the ledger's
    // deposit does (read once per slot).
    std::optional<Timestamp> filledAt(const SalesData& data);

    Desk& m_desk;
    QList<Row> m_rows;
    UInt256 m_expected = 0;
    QHash<RequestId, Timestamp> m_requestEnds;
    QSet<RequestId> m_asking;
    QHash<SlotId, Timestamp> m_recoveredFilledAt;
    QTimer m_refreshTimer;
};

} // namespace ui
} // namespace salesdesk
