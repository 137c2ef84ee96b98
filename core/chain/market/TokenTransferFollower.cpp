#include "core/chain/market/TokenTransferFollower.h"

#include "core/chain/events/EventFilterKey.h"
#include "core/chain/market/Erc20.h"
#include "core/storage/Database.h"

namespace salesdesk {

TokenTransferFollower::TokenTransferFollower(JsonRpcClient& rpc, Database& database, Clock& clock,
                                             Options options, QObject* parent)
    : QObject(parent)
    , m_options(options) {
    EventCursor::Options cursorOptions;
    cursorOptions.name = QString::fromLatin1(kCursorName);
    cursorOptions.addresses = {options.token};
    cursorOptions.topic0s = {erc20::transferTopic()};
    // Only the account's transfers are read (from it, to it): a busy token costs nothing.
    const Hash32 account = erc20::addressTopic(options.account);
    cursorOptions.indexedTopics = {{{account}}, {{}, {account}}};
    // A cursor stored when every Transfer of the token was read delivered these too.
    cursorOptions.formerFilterKeys = {
        eventFilterKey(cursorOptions.addresses, cursorOptions.topic0s)};
    cursorOptions.startBlock = options.startBlock;
    cursorOptions.confirmations = options.confirmations;
    cursorOptions.pollSeconds = options.pollSeconds;
    cursorOptions.windowBlocks = options.windowBlocks;
    m_cursor = std::make_unique<EventCursor>(
        rpc, database, clock, std::move(cursorOptions),
        [this](const EventCursor::LogBatch& batch, Database& db) { return store(batch, db); },
        [this](const EventCursor::Retraction& retraction, Database& db) {
            return retract(retraction, db);
        });
    connect(m_cursor.get(), &EventCursor::batchCommitted, this, [this](quint64, quint64, int logs) {
        if (logs > 0)
            Q_EMIT transfersChanged();
    });
    connect(m_cursor.get(), &EventCursor::logsRetracted, this,
            [this] { Q_EMIT transfersChanged(); });
}

TokenTransferFollower::~TokenTransferFollower() = default;

Result<void> TokenTransferFollower::start() {
    return m_cursor->start();
}

void TokenTransferFollower::stop() {
    m_cursor->stop();
}

void TokenTransferFollower::wake() {
    m_cursor->wake();
}

Result<void> TokenTransferFollower::store(const EventCursor::LogBatch& batch, Database& database) {
    for (const ChainLog& log : batch.logs) {
        auto transfer = erc20::transferOf(log, m_options.token);
        if (!transfer.ok())
            return transfer.error();
        if (!*transfer ||
            ((*transfer)->from != m_options.account && (*transfer)->to != m_options.account))
            continue;
        // Stored once per log: a batch handed over again after a failed commit changes nothing.
        Statement& insert = database.statement(QStringLiteral(
            "INSERT OR IGNORE INTO chain_token_transfers (block_hash, log_index, block_number, "
            "token, from_address, to_address, amount) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        SD_TRY(insert.bind(0, log.blockHash.toByteArray())
                   .bind(1, static_cast<qint64>(log.logIndex))
                   .bind(2, static_cast<qint64>(log.blockNumber))
                   .bind(3, m_options.token.toByteArray())
                   .bind(4, (*transfer)->from.toByteArray())
                   .bind(5, (*transfer)->to.toByteArray())
                   .bind(6, uint256::toBigEndian32((*transfer)->amount))
                   .exec());
    }
    return {};
}

Result<void> TokenTransferFollower::retract(const EventCursor::Retraction& retraction,
                                            Database& database) {
    for (const ChainLog& log : retraction.logs) {
        Statement& remove = database.statement(QStringLiteral(
            "DELETE FROM chain_token_transfers WHERE block_hash = ? AND log_index = ?"));
        SD_TRY(remove.bind(0, log.blockHash.toByteArray())
                   .bind(1, static_cast<qint64>(log.logIndex))
                   .exec());
    }
    // Whatever else was stored from the replaced blocks (nothing, when every log came through
    // this cursor) goes too: the stored transfers never reach past the chain.
    Statement& removeRange = database.statement(
        QStringLiteral("DELETE FROM chain_token_transfers WHERE block_number BETWEEN ? AND ?"));
    return removeRange.bind(0, static_cast<qint64>(retraction.fromBlock))
        .bind(1, static_cast<qint64>(retraction.toBlock))
        .exec();
}

Result<TokenTransferFollower::Totals> TokenTransferFollower::totals(Database& database,
                                                                    const Address& account,
                                                                    const Address& counterparty) {
    Statement& query = database.statement(
        QStringLiteral("SELECT from_address, amount FROM chain_token_transfers WHERE "
                       "(from_address = ? AND to_address = ?) OR (from_address = ? AND "
                       "to_address = ?)"));
    SD_TRY(query.bind(0, account.toByteArray())
               .bind(1, counterparty.toByteArray())
               .bind(2, counterparty.toByteArray())
               .bind(3, account.toByteArray())
               .exec());
    Totals totals;
    while (query.next()) {
        auto amount = uint256::fromBigEndian(query.value(1).toByteArray());
        if (!amount.ok()) {
            query.finish();
            return amount.error();
        }
        const bool sent = Address::fromBytes(query.value(0).toByteArray()) == account;
        (sent ? totals.sent : totals.received) += *amount;
        ++totals.transfers;
    }
    query.finish();
    return totals;
}

QStringList TokenTransferFollower::disagreements(const Totals& followed, const UInt256& deposited,
                                                 const UInt256& received) {
    QStringList found;
    if (followed.sent != deposited)
        found << QStringLiteral("the chain's transfers to the Marketplace add up to %1 base "
                                "units, the ledger books %2 deposited")
                     .arg(uint256::toDecimal(followed.sent), uint256::toDecimal(deposited));
    if (followed.received != received)
        found << QStringLiteral("the chain's transfers from the Marketplace add up to %1 base "
                                "units, the ledger books %2 paid out and returned")
                     .arg(uint256::toDecimal(followed.received), uint256::toDecimal(received));
    return found;
}

} // namespace salesdesk
