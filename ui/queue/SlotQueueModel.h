#pragma once

#include "core/sales/SlotQueueItem.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

namespace salesdesk {

class SlotQueue;

namespace ui {

// Every slot waiting in the slot queue, in the order the queue will take them (row 0 first).
// Fed only by SlotQueue::itemsChanged: a change schedules one refresh (SlotQueue::items()) at
// most every batchInterval(), so a burst of pushes and dispatches costs one model reset.
class SlotQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        RequestColumn,
        SlotColumn,
        SizeColumn,
        DurationColumn,
        PriceColumn,
        ProfitabilityColumn,
        CollateralColumn,
        ExpiryColumn,
        SeenColumn,
        ColumnCount
    };
    // The full request id (hex), for filtering.
    static constexpr int RequestIdRole = Qt::UserRole + 1;

    explicit SlotQueueModel(SlotQueue& queue, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const SlotQueueItem& itemAt(int row) const { return m_items.at(row); }
    // How rows `a` and `b` compare in `column`, on the underlying values (<0, 0, >0).
    int compare(int column, int a, int b) const;

    int batchInterval() const { return m_batch.interval(); }
    void setBatchInterval(int milliseconds) { m_batch.setInterval(milliseconds); }
    // Reloads the items now if the queue changed since the last refresh.
    void applyPendingChanges();
    // Wall time of the last refresh, microseconds (for the benchmark and the tests' figures).
    qint64 lastRefreshMicroseconds() const { return m_lastRefreshMicroseconds; }

Q_SIGNALS:
    // After a refresh (the rows were reset).
    void refreshed();

private:
    void scheduleRefresh();

    SlotQueue& m_queue;
    QList<SlotQueueItem> m_items;
    QTimer m_batch;
    bool m_dirty = false;
    qint64 m_lastRefreshMicroseconds = 0;
};

} // namespace ui
} // namespace salesdesk
