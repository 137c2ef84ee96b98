#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"
#include "core/sales/SaleStateKind.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <optional>

namespace salesdesk {
class Ledger;
class Sales;
class SalesAgent;
struct LedgerEntry;
struct SaleOutcome;
} // namespace salesdesk

namespace salesdesk::ui {

// The sales that ended: this session's (Sales::agentFinished, with their outcome) and earlier
// ones (read once from the ledger when the model is made, their outcome told by the money:
// paid, collateral lost, or returned). The money of every row follows Ledger::recorded. New rows
// and changes are applied in batches like the running sales.
class FinishedSalesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        EndedColumn,
        RequestColumn,
        SlotColumn,
        OutcomeColumn,
        PayoutColumn,
        ReturnedColumn,
        LostColumn,
        ProofsColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        SearchTextRole, // full ids, slot index and state as one text (any column)
    };

    FinishedSalesModel(Sales& sales, Ledger& ledger, Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Rows that ended in this session (the others came from the ledger).
    int sessionCount() const { return m_sessionCount; }
    // The outcome of a row ended in this session; none for one read from the ledger.
    std::optional<SaleStateKind> outcomeAt(int row) const;
    UInt256 payoutAt(int row) const;

    void setBatchInterval(int milliseconds) { m_batchTimer.setInterval(milliseconds); }
    bool hasPendingChanges() const { return !m_pending.isEmpty() || !m_changedKeys.isEmpty(); }
    void applyPendingChanges();

Q_SIGNALS:
    void batchApplied();

private:
    struct SlotKey {
        RequestId request;
        quint64 slotIndex = 0;
        friend bool operator==(const SlotKey&, const SlotKey&) = default;
        friend size_t qHash(const SlotKey& key, size_t seed = 0) {
            return qHashMulti(seed, key.request, key.slotIndex);
        }
    };
    struct Money {
        UInt256 deposited = 0;
        UInt256 returned = 0;
        UInt256 payout = 0;
        UInt256 lost = 0;
        Timestamp lastAt = 0;
    };
    struct Row {
        SlotKey key;
        Timestamp endedAt = 0;
        std::optional<SaleStateKind> outcome; // none: from the ledger
        quint64 proofsSubmitted = 0;
        quint64 proofsMissed = 0;
        QString note;
    };

    void loadPast(Sales& sales, Ledger& ledger);
    void onFinished(SalesAgent* agent, const SaleOutcome& outcome);
    void onSettled(const RequestId& requestId, quint64 slotIndex, const SaleOutcome& outcome);
    void onRecorded(const LedgerEntry& entry);
    static void add(Money& money, const LedgerEntry& entry);
    QString outcomeText(const Row& row) const;
    void scheduleBatch();

    Clock& m_clock;
    QList<Row> m_rows;
    QHash<SlotKey, int> m_rowOf;
    QHash<SlotKey, Money> m_money;
    QList<Row> m_pending;
    QList<SlotKey> m_changedKeys;
    int m_sessionCount = 0;
    QTimer m_batchTimer;
};

} // namespace salesdesk::ui
