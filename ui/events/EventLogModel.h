#pragma once

#include "ui/events/EventLogEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace salesdesk::ui {

// The events log: newest first, at most capacity() entries (the oldest leave). Entries are
// collected by append() and inserted in one batch at most every batchInterval() ms.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        SeverityColumn,
        KindColumn,
        RequestColumn,
        SlotColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(EventKind)
        SeverityRole,                // int(EventSeverity)
        SearchTextRole,              // full request id, slot index and message
        AlertRole,                   // bool
    };
    static constexpr int kDefaultCapacity = 10'000;

    explicit EventLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const EventLogEntry& entryAt(int row) const { return m_entries.at(row); }
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    void setBatchInterval(int milliseconds) { m_batchTimer.setInterval(milliseconds); }
    bool hasPendingEntries() const { return !m_pending.isEmpty(); }

public Q_SLOTS:
    void append(const salesdesk::ui::EventLogEntry& entry);
    // Inserts what is pending now (the batch timer does this by itself).
    void applyPendingEntries();
    void clear();
    // Puts entries of an earlier run (oldest first) below the ones shown, without entriesAdded:
    // they are history, not news (no alerts). Only what fits in the capacity stays.
    void restore(const QList<salesdesk::ui::EventLogEntry>& entries);

Q_SIGNALS:
    // After a batch was inserted: its entries, oldest first.
    void entriesAdded(const QList<salesdesk::ui::EventLogEntry>& entries);

private:
    void trimTo(int capacity);

    QList<EventLogEntry> m_entries; // newest first
    QList<EventLogEntry> m_pending; // oldest first
    int m_capacity = kDefaultCapacity;
    QTimer m_batchTimer;
};

} // namespace salesdesk::ui
