#include "core/chain/events/EventCursorStore.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

namespace salesdesk {

namespace {

QByteArray joinTopics(const QList<Hash32>& topics) {
    QByteArray joined;
    joined.reserve(topics.size() * static_cast<qsizetype>(Hash32::kSize));
    for (const Hash32& topic : topics)
        joined.append(topic.toByteArray());
    return joined;
}

QList<Hash32> splitTopics(const QByteArray& joined) {
    QList<Hash32> topics;
    const auto size = static_cast<qsizetype>(Hash32::kSize);
    for (qsizetype at = 0; at + size <= joined.size(); at += size)
        topics.append(Hash32::fromBytes(QByteArrayView(joined).sliced(at, size)));
    return topics;
}

qint64 asInteger(quint64 value) {
    return static_cast<qint64>(value);
}

} // namespace

EventCursorStore::EventCursorStore(Database& database, QString cursorName)
    : m_db(database)
    , m_name(std::move(cursorName)) {}

Result<std::optional<EventCursorState>> EventCursorStore::load() {
    Statement& cursor = m_db.statement(QStringLiteral(
        "SELECT block_number, block_hash, filter FROM chain_cursors WHERE name = ?"));
    SD_TRY(cursor.bind(0, m_name).exec());
    if (!cursor.next()) {
        cursor.finish();
        return std::optional<EventCursorState>();
    }
    EventCursorState state;
    state.block.number = cursor.value(0).toULongLong();
    state.block.hash = Hash32::fromBytes(cursor.value(1).toByteArray());
    state.filterKey = cursor.value(2).toString();
    cursor.finish();

    Statement& blocks = m_db.statement(
        QStringLiteral("SELECT block_number, block_hash FROM chain_cursor_blocks WHERE cursor = ?"
                       " ORDER BY block_number"));
    SD_TRY(blocks.bind(0, m_name).exec());
    while (blocks.next())
        state.recentBlocks.append(BlockRef{blocks.value(0).toULongLong(),
                                           Hash32::fromBytes(blocks.value(1).toByteArray())});
    blocks.finish();
    if (state.recentBlocks.isEmpty() || !(state.recentBlocks.last() == state.block))
        return makeError(ErrorCode::DatabaseCorrupt,
                         QStringLiteral("event cursor \"%1\" stands at block %2, but its window of "
                                        "recent blocks does not end there")
                             .arg(m_name)
                             .arg(state.block.number));
    return std::optional<EventCursorState>(std::move(state));
}

Result<void> EventCursorStore::advance(const EventCursorState& state,
                                       const QList<BlockRef>& newBlocks,
                                       const QList<ChainLog>& logs) {
    if (state.recentBlocks.isEmpty() || !(state.recentBlocks.last() == state.block))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("event cursor \"%1\": the window must end at the cursor's "
                                        "block %2")
                             .arg(m_name)
                             .arg(state.block.number));
    Statement& cursor = m_db.statement(QStringLiteral(
        "INSERT INTO chain_cursors (name, block_number, block_hash, filter) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET block_number = excluded.block_number,"
        " block_hash = excluded.block_hash, filter = excluded.filter"));
    SD_TRY(cursor.bind(0, m_name)
               .bind(1, asInteger(state.block.number))
               .bind(2, state.block.hash.toByteArray())
               .bind(3, state.filterKey)
               .exec());

    Statement& block = m_db.statement(
        QStringLiteral("INSERT INTO chain_cursor_blocks (cursor, block_number, block_hash)"
                       " VALUES (?, ?, ?) ON CONFLICT (cursor, block_number)"
                       " DO UPDATE SET block_hash = excluded.block_hash"));
    for (const BlockRef& ref : newBlocks)
        SD_TRY(block.bind(0, m_name)
                   .bind(1, asInteger(ref.number))
                   .bind(2, ref.hash.toByteArray())
                   .exec());
    const qint64 windowStart = asInteger(state.recentBlocks.first().number);
    Statement& trimBlocks =
        m_db.statement(QStringLiteral("DELETE FROM chain_cursor_blocks WHERE cursor = ? AND "
                                      "(block_number < ? OR block_number > ?)"));
    SD_TRY(trimBlocks.bind(0, m_name)
               .bind(1, windowStart)
               .bind(2, asInteger(state.block.number))
               .exec());

    Statement& log = m_db.statement(
        QStringLiteral("INSERT INTO chain_cursor_logs (cursor, block_number, log_index, block_hash,"
                       " transaction_hash, transaction_index, address, topics, data)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ChainLog& l : logs) {
        if (asInteger(l.blockNumber) < windowStart)
            continue;
        SD_TRY(log.bind(0, m_name)
                   .bind(1, asInteger(l.blockNumber))
                   .bind(2, asInteger(l.logIndex))
                   .bind(3, l.blockHash.toByteArray())
                   .bind(4, l.transactionHash.toByteArray())
                   .bind(5, asInteger(l.transactionIndex))
                   .bind(6, l.address.toByteArray())
                   .bind(7, joinTopics(l.topics))
                   .bind(8, l.data.isNull() ? QByteArray("") : l.data)
                   .exec());
    }
    Statement& trimLogs = m_db.statement(
        QStringLiteral("DELETE FROM chain_cursor_logs WHERE cursor = ? AND block_number < ?"));
    return trimLogs.bind(0, m_name).bind(1, windowStart).exec();
}

Result<QList<ChainLog>> EventCursorStore::logsFrom(quint64 fromBlock) {
    Statement& select = m_db.statement(QStringLiteral(
        "SELECT block_number, log_index, block_hash, transaction_hash, transaction_index,"
        " address, topics, data FROM chain_cursor_logs WHERE cursor = ? AND block_number >= ?"
        " ORDER BY block_number, log_index"));
    SD_TRY(select.bind(0, m_name).bind(1, asInteger(fromBlock)).exec());
    QList<ChainLog> logs;
    while (select.next()) {
        ChainLog log;
        log.blockNumber = select.value(0).toULongLong();
        log.logIndex = select.value(1).toULongLong();
        log.blockHash = Hash32::fromBytes(select.value(2).toByteArray());
        log.transactionHash = Hash32::fromBytes(select.value(3).toByteArray());
        log.transactionIndex = select.value(4).toULongLong();
        log.address = Address::fromBytes(select.value(5).toByteArray());
        log.topics = splitTopics(select.value(6).toByteArray());
        log.data = select.value(7).toByteArray();
        logs.append(std::move(log));
    }
    select.finish();
    return logs;
}

Result<void> EventCursorStore::rewind(const BlockRef& ancestor) {
    Statement& cursor = m_db.statement(
        QStringLiteral("UPDATE chain_cursors SET block_number = ?, block_hash = ? WHERE name = ?"));
    SD_TRY(cursor.bind(0, asInteger(ancestor.number))
               .bind(1, ancestor.hash.toByteArray())
               .bind(2, m_name)
               .execChangingOneRow([this] {
                   return QStringLiteral("event cursor \"%1\" has no row to rewind").arg(m_name);
               }));
    Statement& blocks = m_db.statement(
        QStringLiteral("DELETE FROM chain_cursor_blocks WHERE cursor = ? AND block_number > ?"));
    SD_TRY(blocks.bind(0, m_name).bind(1, asInteger(ancestor.number)).exec());
    Statement& logs = m_db.statement(
        QStringLiteral("DELETE FROM chain_cursor_logs WHERE cursor = ? AND block_number > ?"));
    return logs.bind(0, m_name).bind(1, asInteger(ancestor.number)).exec();
}

} // namespace salesdesk
