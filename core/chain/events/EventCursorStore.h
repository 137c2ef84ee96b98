#pragma once

#include "core/chain/events/ChainLog.h"
#include "core/chain/events/EventCursorState.h"
#include "core/domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

class Database;

// The rows of one named event cursor in the host database (tables chain_cursors,
// chain_cursor_blocks and chain_cursor_logs, docs/data-files.md): where it stands, the hashes
// of its window of recent blocks, and the logs it delivered from those blocks, kept so that a
// reorg can hand them back for undoing even after a restart.
//
// The writes do not open a transaction of their own: EventCursor calls them inside the
// transaction in which the consumer handles the logs, so both commit together or not at all.
class EventCursorStore {
public:
    EventCursorStore(Database& database, QString cursorName);

    const QString& cursorName() const { return m_name; }

    // The stored cursor, or nullopt when it never committed a batch.
    Result<std::optional<EventCursorState>> load();
    // Moves the cursor to `state`: writes its row, adds `newBlocks` (the blocks of
    // state.recentBlocks it does not hold yet) and `logs` (the delivered logs; those of blocks
    // before the window are not kept), and drops blocks and logs older than the window's first
    // block.
    Result<void> advance(const EventCursorState& state, const QList<BlockRef>& newBlocks,
                         const QList<ChainLog>& logs);
    // The delivered logs kept for blocks >= fromBlock, in chain order.
    Result<QList<ChainLog>> logsFrom(quint64 fromBlock);
    // Moves the cursor back to `ancestor` (a block of the window): drops the window's blocks
    // and the kept logs above it.
    Result<void> rewind(const BlockRef& ancestor);

private:
    Database& m_db;
    QString m_name;
};

} // namespace salesdesk
