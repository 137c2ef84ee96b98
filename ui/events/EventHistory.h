#pragma once

#include "ui/events/EventLogEntry.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <optional>

namespace salesdesk {
class Database;
}

namespace salesdesk::ui {

class EventLogModel;

// Keeps the events log across restarts: the newest kKeptEvents entries in the host database
// (HistoryStore channel "events"). On construction it puts the saved entries into the model (as
// history: no alerts again); then it saves every batch the model adds, and forgets them when the
// log is cleared. A failure to save is logged, never shown: the log is a convenience.
class EventHistory : public QObject {
    Q_OBJECT
public:
    static constexpr int kKeptEvents = 1'000;
    static const QString kChannel;

    EventHistory(Database& database, EventLogModel& model, QObject* parent = nullptr);

    // One entry as a saved record (JSON), and back (nullopt for a record it cannot read).
    static QByteArray encode(const EventLogEntry& entry);
    static std::optional<EventLogEntry> decode(const QByteArray& record);

private:
    void save(const QList<EventLogEntry>& entries);
    void forget();

    Database& m_db;
};

} // namespace salesdesk::ui
