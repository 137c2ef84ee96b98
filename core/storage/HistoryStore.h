#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace salesdesk {

class Database;

// What the screens showed, kept across restarts: bounded journals of opaque records (the events
// log, the matching decisions, the storage-use samples), one journal per channel, in the host
// database's `history` table. Each append keeps only the newest `keep` records of its channel.
// It is a record of what was seen, not part of the books: nothing in the engine reads it.
class HistoryStore {
public:
    explicit HistoryStore(Database& database);

    // Appends `records` (oldest first) to `channel` in one transaction, then drops all but the
    // newest `keep` records of the channel.
    Result<void> append(const QString& channel, const QList<QByteArray>& records, int keep);
    // Replaces the channel's records by `records` (oldest first), for a journal whose entries
    // change after they were written (a matching decision's outcome).
    Result<void> replace(const QString& channel, const QList<QByteArray>& records);
    // The newest `limit` records of `channel`, oldest first.
    Result<QList<QByteArray>> load(const QString& channel, int limit) const;
    Result<void> clear(const QString& channel);

private:
    Result<void> insert(const QString& channel, const QList<QByteArray>& records);

    Database& m_db;
};

} // namespace salesdesk
