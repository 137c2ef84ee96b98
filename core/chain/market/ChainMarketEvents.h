#pragma once

#include "core/chain/events/EventCursor.h"
#include "core/chain/market/ChainMarketRpc.h"
#include "core/chain/market/MarketReply.h"
#include "core/chain/market/MarketplaceEvent.h"
#include "core/domain/Result.h"
#include "core/market/MarketResult.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

class Clock;
class Database;
class LogRangeReader;
class Market;
class MarketplaceAnswers;

// The chain market's events: an EventCursor over the Marketplace's logs whose batches become the
// Market's signals (storageRequested, slotFilled, …), emitted once the cursor committed the batch,
// so each log is announced once across restarts; and openRequests, read from the past
// StorageRequested events since the start block, kept while their request is still New (the
// contract derives the state: a New request has not expired and has a free slot); and a slot's
// reservation round, from its SlotFreed events.
//
// Rounds without reading the history: the batch handler counts each slot's SlotFreed events in
// the table chain_slot_rounds, in the transaction that commits the cursor (so the count always
// matches the cursor's committed block, across crashes), and the retraction handler takes back
// those of blocks a reorg removed. A round is that count plus the SlotFreed events of the blocks
// after the cursor's block up to the head, read from the chain (a few blocks: the cursor's
// confirmations and polling lag), after checking that the cursor's block is still on the chain.
// When it is not (a reorg the cursor has not undone yet), the round is read from every SlotFreed
// event since the start block, as before. A cursor that delivered logs before the table existed
// (a database from before schema 9) counts from the block after the one it stood at
// (chain_slot_rounds_from); the SlotFreed events before that block are read from the chain once
// per process and kept in memory.
class ChainMarketEvents final : public QObject {
    Q_OBJECT
public:
    // `options` are the cursor's; its addresses and start block are set here.
    ChainMarketEvents(Market& market, const ChainMarketRpc& rpc, const MarketplaceAnswers& answers,
                      Database& database, Clock& clock, EventCursor::Options options,
                      quint64 startBlock, QObject* parent = nullptr);
    ~ChainMarketEvents() override;

    Result<void> start();
    const EventCursor& cursor() const { return *m_cursor; }

    void openRequests(MarketReply<QList<OpenRequest>> reply);

    using RoundCallback = std::function<void(const MarketResult<quint64>&)>;
    // The slot's reservation round: how often it was forcibly freed (its SlotFreed events since
    // the start block, up to the head). A forced free drops the slot's reservations, so a host
    // that reserves it again does so in the next round.
    void slotRound(const SlotId& slot, RoundCallback done);

private:
    using EventsCallback = std::function<void(const MarketResult<QList<MarketplaceEvent>>&)>;
    // The events of blocks from … to; nullopt when the block before `from` is no longer the
    // expected one.
    using RangeCallback =
        std::function<void(const MarketResult<std::optional<QList<MarketplaceEvent>>>&)>;
    // Every event `name` of the Marketplace from the start block to the head, in chain order.
    void pastEvents(QLatin1String name, EventsCallback done);
    std::shared_ptr<LogRangeReader> makeReader(const Hash32& topic);
    void readEvents(std::shared_ptr<LogRangeReader> reader, quint64 from, quint64 to,
                    std::optional<Hash32> expectedParent,
                    std::shared_ptr<QList<MarketplaceEvent>> found, RangeCallback done);
    // The slot's SlotFreed events after the cursor's block `position` (from the start block, or
    // the first counted one, without) up to the head; nullopt when `position` left the chain.
    void tailFrees(const SlotId& slot, std::optional<BlockRef> position,
                   std::function<void(const MarketResult<std::optional<quint64>>&)> done);
    // The slot's SlotFreed events since the start block, all read from the chain.
    void scannedFrees(const SlotId& slot, RoundCallback done);
    // Reads the SlotFreed events before the first counted block into m_prefixFrees.
    void readPrefix(std::function<void(const MarketResult<bool>&)> done);
    Result<quint64> storedFrees(const SlotId& slot);
    Result<void> countFrees(Database& database, const QList<ChainLog>& logs, int delta);
    Result<void> onBatch(const EventCursor::LogBatch& batch, Database& database);
    Result<void> onRetraction(const EventCursor::Retraction& retraction, Database& database);
    void announce();
    void announce(const MarketplaceEvent& event);
    void keepOpen(std::shared_ptr<QList<OpenRequest>> found, MarketReply<QList<OpenRequest>> reply);

    Market& m_market;
    const ChainMarketRpc& m_rpc;
    const MarketplaceAnswers& m_answers;
    Database& m_db;
    QString m_cursorName;
    quint64 m_startBlock = 0;
    std::optional<Hash32> m_slotFreedTopic;
    // The first block whose SlotFreed events the table counts (chain_slot_rounds_from); unset:
    // every block of the cursor.
    std::optional<quint64> m_countedFrom;
    // The SlotFreed events of the blocks before m_countedFrom, per slot, once read; a retraction
    // of such a block drops them and bumps the generation.
    std::optional<QHash<SlotId, quint64>> m_prefixFrees;
    quint64 m_prefixGeneration = 0;
    QList<std::function<void(const MarketResult<bool>&)>> m_prefixWaiting;
    std::unique_ptr<EventCursor> m_cursor;
    QList<MarketplaceEvent> m_pending; // decoded in the batch being committed
};

} // namespace salesdesk
