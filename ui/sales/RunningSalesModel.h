#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"
#include "core/sales/SaleStateKind.h"
#include "core/sales/SalesAgent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace salesdesk {
class Sales;
class SalesAgent;
} // namespace salesdesk

namespace salesdesk::ui {

// The running sales, one row per SalesAgent, fed only by the Sales signals (agentStarted,
// agentStateChanged, agentFinished) and each agent's proofRecorded. Changes are collected and
// applied in one batch at most every batchInterval() ms, so a thousand agents moving at once
// cost one insert, one remove pass and one dataChanged.
class RunningSalesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RequestColumn,
        SlotColumn,
        StateColumn,
        SizeColumn,
        CollateralColumn,
        PayoutColumn,
        ProofsColumn,
        SinceColumn,
        ColumnCount
    };
    enum Role {
        StateKindRole = Qt::UserRole + 1, // int(SaleStateKind)
        SortRole,                         // a value that sorts the column naturally
        AgentRole,                        // QObject* of the SalesAgent (null once it is gone)
        SearchTextRole,                   // full ids, slot index and state as one text (any column)
    };

    explicit RunningSalesModel(Sales& sales, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The agent of a row; null when it is gone (the row leaves with the next batch).
    SalesAgent* agentAt(int row) const;
    int rowOf(const SalesAgent* agent) const { return m_rowOf.value(agent, -1); }
    // Rows per state, as of the last batch.
    int countIn(SaleStateKind kind) const { return m_counts.value(kind, 0); }

    void setBatchInterval(int milliseconds) { m_batchTimer.setInterval(milliseconds); }
    int batchInterval() const { return m_batchTimer.interval(); }
    bool hasPendingChanges() const;
    // Applies what is pending now (the batch timer does this by itself).
    void applyPendingChanges();

Q_SIGNALS:
    // A batch was applied (rows, states and counts are current).
    void batchApplied();

private:
    struct Row {
        QPointer<SalesAgent> agent;
        const SalesAgent* key = nullptr;
        RequestId requestId;
        quint64 slotIndex = 0;
        SaleStateKind state = SaleStateKind::Unknown;
        Timestamp since = 0;
        quint64 slotSize = 0;
        UInt256 collateral = 0;
        UInt256 expectedPayout = 0;
        quint64 proofsSubmitted = 0;
        quint64 proofsMissed = 0;
    };

    void track(SalesAgent* agent);
    void markAdded(SalesAgent* agent);
    void markChanged(SalesAgent* agent);
    void markGone(const SalesAgent* agent);
    void scheduleBatch();
    static Row snapshot(SalesAgent* agent);
    void reindex();
    void recount();

    QList<Row> m_rows;
    QHash<const SalesAgent*, int> m_rowOf;
    QMap<SaleStateKind, int> m_counts;
    QList<QPointer<SalesAgent>> m_added;
    QSet<const SalesAgent*> m_changed;
    QSet<const SalesAgent*> m_gone;
    QTimer m_batchTimer;
};

} // namespace salesdesk::ui
