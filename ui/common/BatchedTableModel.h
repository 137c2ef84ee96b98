#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <optional>
#include <utility>

namespace salesdesk::ui {

// A table of rows (each with an `id`) fed by change signals, whose changes are coalesced: the
// latest state heard per row since the last batch is applied at most every batchInterval()
// milliseconds (250 by default), in the order the rows first changed, as row inserts, removals
// and dataChanged of whole rows. Views stay smooth when a row changes at every step of a sale.
// Subclasses add columns and data(); they feed it with schedule() and load it with
// replaceRows() (inside their own begin/endResetModel).
template <typename Row, typename Id> class BatchedTableModel : public QAbstractTableModel {
public:
    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : m_columnCount;
    }

    // The row of `id`, -1 when it is not (yet) shown.
    int rowOf(const Id& id) const {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).id == id)
                return row;
        return -1;
    }

    int batchInterval() const { return m_batch.interval(); }
    void setBatchInterval(int milliseconds) { m_batch.setInterval(milliseconds); }
    // Applies the changes heard since the last batch now.
    void applyPendingChanges() {
        m_batch.stop();
        if (m_pendingOrder.isEmpty())
            return;
        const auto pending = std::exchange(m_pending, {});
        const auto order = std::exchange(m_pendingOrder, {});
        for (const Id& id : order) {
            const std::optional<Row>& latest = pending.value(id);
            const int row = rowOf(id);
            if (!latest) {
                if (row >= 0) {
                    beginRemoveRows({}, row, row);
                    m_rows.removeAt(row);
                    endRemoveRows();
                }
            } else if (row >= 0) {
                m_rows[row] = *latest;
                Q_EMIT dataChanged(index(row, 0), index(row, m_columnCount - 1));
            } else {
                const int at = static_cast<int>(m_rows.size());
                beginInsertRows({}, at, at);
                m_rows.append(*latest);
                endInsertRows();
            }
        }
        rowsApplied();
    }

protected:
    BatchedTableModel(int columnCount, QObject* parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount) {
        m_batch.setSingleShot(true);
        m_batch.setInterval(250);
        QObject::connect(&m_batch, &QTimer::timeout, this, [this] { applyPendingChanges(); });
    }

    const QList<Row>& rows() const { return m_rows; }
    // The row's latest state (nullopt: it is gone), applied with the next batch.
    void schedule(const Id& id, std::optional<Row> latest) {
        if (!m_pending.contains(id))
            m_pendingOrder.append(id);
        m_pending.insert(id, std::move(latest));
        if (!m_batch.isActive())
            m_batch.start();
    }
    // Every row at once, dropping what is pending; call between begin/endResetModel.
    void replaceRows(QList<Row> rows) {
        m_rows = std::move(rows);
        m_pending.clear();
        m_pendingOrder.clear();
    }
    // After a batch changed rows.
    virtual void rowsApplied() {}

private:
    int m_columnCount;
    QList<Row> m_rows;
    QHash<Id, std::optional<Row>> m_pending;
    QList<Id> m_pendingOrder;
    QTimer m_batch;
};

} // namespace salesdesk::ui
