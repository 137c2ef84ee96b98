#pragma once

#include "core/stats/LedgerEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace salesdesk {
class Ledger;
}

namespace salesdesk::ui {

// Every money movement of the ledger, oldest first: loads the ledger once, then follows
// Ledger::recorded, appending new entries in batches (at most four times a second) so a burst of
// payouts costs one insert.
class LedgerEntriesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, RequestColumn, SlotColumn, AmountColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // a value that sorts like the column: time, kind, padded amount
        KindRole,                // LedgerKind as int
        TimeRole,                // Timestamp
    };
    static constexpr int kBatchIntervalMs = 250;

    explicit LedgerEntriesModel(Ledger& ledger, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const LedgerEntry& entryAt(int row) const { return m_entries.at(row); }
    const QList<LedgerEntry>& entries() const { return m_entries; }
    // Appends the entries recorded since the last batch now, instead of on the timer.
    void flushPending();
    // The load error, if the ledger could not be read (empty otherwise).
    QString loadError() const { return m_loadError; }

    static QString kindText(LedgerKind kind);

Q_SIGNALS:
    // A batch of entries was appended (after the rows were inserted).
    void entriesAppended();

private:
    void onRecorded(const LedgerEntry& entry);

    QList<LedgerEntry> m_entries;
    QList<LedgerEntry> m_pending;
    QTimer m_batch;
    QString m_loadError;
};

} // namespace salesdesk::ui
