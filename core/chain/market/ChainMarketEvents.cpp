#include "core/chain/market/ChainMarketEvents.h"

#include "core/chain/events/LogRangeReader.h"
#include "core/chain/market/MarketplaceAnswers.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/market/Market.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChainMarketEvents, "salesdesk.chain.chainmarketevents")

namespace salesdesk {

namespace {

std::optional<Hash32> eventTopic(const MarketplaceAnswers& answers, QLatin1String name) {
    for (const abi::AbiEntry& event : answers.abi().events())
        if (event.name == name)
            return event.topic;
    return std::nullopt;
}

} // namespace

ChainMarketEvents::ChainMarketEvents(Market& market, const ChainMarketRpc& rpc,
                                     const MarketplaceAnswers& answers, Database& database,
                                     Clock& clock, EventCursor::Options options, quint64 startBlock,
                                     QObject* parent)
    : QObject(parent)
    , m_market(market)
    , m_rpc(rpc)
    , m_answers(answers)
    , m_db(database)
    , m_cursorName(options.name)
    , m_startBlock(startBlock)
    , m_slotFreedTopic(eventTopic(answers, QLatin1String("SlotFreed"))) {
    options.addresses = {rpc.marketplace()};
    options.startBlock = startBlock;
    m_cursor = std::make_unique<EventCursor>(
        rpc.client(), database, clock, std::move(options),
        [this](const EventCursor::LogBatch& batch, Database& db) { return onBatch(batch, db); },
        [this](const EventCursor::Retraction& retraction, Database& db) {
            return onRetraction(retraction, db);
        });
    connect(m_cursor.get(), &EventCursor::batchCommitted, this, [this] { announce(); });
}

ChainMarketEvents::~ChainMarketEvents() = default;

Result<void> ChainMarketEvents::start() {
    Statement& from = m_db.statement(
        QStringLiteral("SELECT block_number FROM chain_slot_rounds_from WHERE cursor = ?"));
    SD_TRY(from.bind(0, m_cursorName).exec());
    if (from.next())
        m_countedFrom = from.value(0).toULongLong();
    from.finish();
    return m_cursor->start();
}

Result<void> ChainMarketEvents::onBatch(const EventCursor::LogBatch& batch, Database& database) {
    // A batch that did not commit is handed over again: start afresh.
    m_pending.clear();
    for (const ChainLog& log : batch.logs) {
        if (log.address != m_rpc.marketplace())
            continue;
        auto event = MarketplaceEvent::fromLog(log);
        if (!event.ok()) {
            // An event the host does not read (or a broken log) must not stop the others.
            qCWarning(lcChainMarketEvents).noquote()
                << QStringLiteral("skipping %1: %2").arg(log.describe(), event.message());
            continue;
        }
        m_pending.append(*event);
    }
    return countFrees(database, batch.logs, 1);
}

Result<void> ChainMarketEvents::onRetraction(const EventCursor::Retraction& retraction,
                                             Database& database) {
    // The signals cannot be taken back; the engine reads the market again when it acts.
    qCWarning(lcChainMarketEvents).noquote()
        << QStringLiteral("blocks %1-%2 were replaced by a reorg: %3 events announced "
                          "from them no longer hold")
               .arg(retraction.fromBlock)
               .arg(retraction.toBlock)
               .arg(retraction.logs.size());
    // Blocks before the counted ones changed: their SlotFreed events are read again.
    if (m_countedFrom && retraction.fromBlock < *m_countedFrom) {
        m_prefixFrees.reset();
        ++m_prefixGeneration;
    }
    return countFrees(database, retraction.logs, -1);
}

// Adds `delta` to the count of each SlotFreed log's slot; the logs of blocks before the counted
// ones are not counted (they are read from the chain).
Result<void> ChainMarketEvents::countFrees(Database& database, const QList<ChainLog>& logs,
                                           int delta) {
    for (const ChainLog& log : logs) {
        if (log.address != m_rpc.marketplace() || log.topics.isEmpty() ||
            log.topics.first() != m_slotFreedTopic)
            continue;
        if (m_countedFrom && log.blockNumber < *m_countedFrom)
            continue;
        auto event = MarketplaceEvent::fromLog(log);
        if (!event.ok())
            continue; // skipped when announced as well
        const SlotId slot = slotIdOf(event->requestId, event->slotIndex);
        Statement& count = database.statement(
            delta > 0 ? QStringLiteral("INSERT INTO chain_slot_rounds (cursor, slot_id, frees)"
                                       " VALUES (?, ?, 1) ON CONFLICT (cursor, slot_id)"
                                       " DO UPDATE SET frees = frees + 1")
                      : QStringLiteral("UPDATE chain_slot_rounds SET frees = frees - 1"
                                       " WHERE cursor = ? AND slot_id = ?"));
        SD_TRY(count.bind(0, m_cursorName).bind(1, slot.toByteArray()).exec());
    }
    return {};
}

Result<quint64> ChainMarketEvents::storedFrees(const SlotId& slot) {
    Statement& stored = m_db.statement(
        QStringLiteral("SELECT frees FROM chain_slot_rounds WHERE cursor = ? AND slot_id = ?"));
    SD_TRY(stored.bind(0, m_cursorName).bind(1, slot.toByteArray()).exec());
    const quint64 frees = stored.next() ? stored.value(0).toULongLong() : 0;
    stored.finish();
    return frees;
}

void ChainMarketEvents::announce() {
    const QList<MarketplaceEvent> events = std::exchange(m_pending, {});
    for (const MarketplaceEvent& event : events)
        announce(event);
}

void ChainMarketEvents::announce(const MarketplaceEvent& event) {
    qCDebug(lcChainMarketEvents).noquote() << event.describe();
    using Kind = MarketplaceEvent::Kind;
    switch (event.kind) {
    case Kind::StorageRequested:
        Q_EMIT m_market.storageRequested(event.requestId, event.ask, event.expiry);
        break;
    case Kind::RequestFulfilled:
        Q_EMIT m_market.requestFulfilled(event.requestId);
        break;
    case Kind::RequestCancelled:
        Q_EMIT m_market.requestCancelled(event.requestId);
        break;
    case Kind::RequestFailed:
        Q_EMIT m_market.requestFailed(event.requestId);
        break;
    case Kind::SlotFilled:
        Q_EMIT m_market.slotFilled(event.requestId, event.slotIndex);
        break;
    case Kind::SlotFreed:
        Q_EMIT m_market.slotFreed(event.requestId, event.slotIndex);
        break;
    case Kind::SlotReservationsFull:
        Q_EMIT m_market.slotReservationsFull(event.requestId, event.slotIndex);
        break;
    case Kind::ProofSubmitted:
        Q_EMIT m_market.proofSubmitted(event.slotId);
        break;
    }
}

// ---- openRequests

void ChainMarketEvents::openRequests(MarketReply<QList<OpenRequest>> reply) {
    pastEvents(QLatin1String("StorageRequested"),
               [this, reply](const MarketResult<QList<MarketplaceEvent>>& events) {
                   if (!events.ok())
                       return reply(events.error());
                   auto found = std::make_shared<QList<OpenRequest>>();
                   for (const MarketplaceEvent& event : *events)
                       found->append(OpenRequest{event.requestId, event.ask,
                                                 static_cast<Timestamp>(event.expiry)});
                   keepOpen(found, reply);
               });
}

void ChainMarketEvents::slotRound(const SlotId& slot, RoundCallback done) {
    // Every forced free of a slot emits SlotFreed and starts the slot's next reservation round.
    if (m_countedFrom && !m_prefixFrees)
        return readPrefix([this, slot, done](const MarketResult<bool>& read) {
            if (!read.ok())
                return done(read.error());
            slotRound(slot, done);
        });
    // What the cursor committed, read together: its block and the count up to it.
    const std::optional<BlockRef> position = m_cursor->position();
    const auto stored = storedFrees(slot);
    if (!stored.ok()) {
        const QString message = stored.message();
        QMetaObject::invokeMethod(
            this, [done, message] { done(ChainMarketRpc::rejected(message)); },
            Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_prefixGeneration;
    const quint64 counted = *stored + (m_prefixFrees ? m_prefixFrees->value(slot) : 0);
    tailFrees(
        slot, position,
        [this, slot, done, generation, counted](const MarketResult<std::optional<quint64>>& tail) {
            if (!tail.ok())
                return done(tail.error());
            // A reorg took back blocks before the counted ones meanwhile: count again.
            if (generation != m_prefixGeneration)
                return slotRound(slot, done);
            if (!tail->has_value()) {
                qCInfo(lcChainMarketEvents).noquote()
                    << QStringLiteral("slotId=%1: the event cursor's block left the chain, "
                                      "reading the slot's round from every SlotFreed event")
                           .arg(slot.toHex());
                return scannedFrees(slot, done);
            }
            done(counted + **tail);
        });
}

void ChainMarketEvents::tailFrees(
    const SlotId& slot, std::optional<BlockRef> position,
    std::function<void(const MarketResult<std::optional<quint64>>&)> done) {
    if (!m_slotFreedTopic) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(ChainMarketRpc::rejected(
                    QStringLiteral("the Marketplace's ABI has no SlotFreed event")));
            },
            Qt::QueuedConnection);
        return;
    }
    const auto reader = makeReader(*m_slotFreedTopic);
    quint64 from = position ? position->number + 1 : m_startBlock;
    if (m_countedFrom)
        from = std::max(from, *m_countedFrom);
    m_rpc.client().callQuantityU64(
        QStringLiteral("eth_blockNumber"), {}, this,
        [this, reader, slot, position, from, done](const RpcResult<quint64>& head) {
            if (!head.ok())
                return done(marketErrorOf(head.error(), ourContractErrors()));
            if (from > *head) {
                if (!position)
                    return done(std::optional<quint64>(0));
                // Nothing after the cursor's block: is that block still on the chain?
                return reader->headers(
                    {position->number},
                    [reader, position,
                     done](const RpcResult<QList<std::optional<ChainBlockHeader>>>& headers) {
                        if (!headers.ok())
                            return done(marketErrorOf(headers.error(), ourContractErrors()));
                        const bool kept = headers->size() == 1 && headers->first() &&
                                          headers->first()->hash == position->hash;
                        done(kept ? std::optional<quint64>(0) : std::nullopt);
                    });
            }
            const std::optional<Hash32> parent = position && position->number + 1 == from
                                                     ? std::optional(position->hash)
                                                     : std::nullopt;
            readEvents(
                reader, from, *head, parent, std::make_shared<QList<MarketplaceEvent>>(),
                [slot, done](const MarketResult<std::optional<QList<MarketplaceEvent>>>& events) {
                    if (!events.ok())
                        return done(events.error());
                    if (!events->has_value())
                        return done(std::optional<quint64>());
                    quint64 frees = 0;
                    for (const MarketplaceEvent& event : **events)
                        frees += slotIdOf(event.requestId, event.slotIndex) == slot;
                    done(std::optional<quint64>(frees));
                });
        });
}

void ChainMarketEvents::scannedFrees(const SlotId& slot, RoundCallback done) {
    pastEvents(QLatin1String("SlotFreed"),
               [slot, done](const MarketResult<QList<MarketplaceEvent>>& events) {
                   if (!events.ok())
                       return done(events.error());
                   quint64 round = 0;
                   for (const MarketplaceEvent& event : *events)
                       round += slotIdOf(event.requestId, event.slotIndex) == slot;
                   done(round);
               });
}

void ChainMarketEvents::readPrefix(std::function<void(const MarketResult<bool>&)> done) {
    m_prefixWaiting.append(std::move(done));
    if (m_prefixWaiting.size() > 1)
        return; // already reading
    auto answer = [this](const MarketResult<bool>& result) {
        const auto waiting = std::exchange(m_prefixWaiting, {});
        for (const auto& callback : waiting)
            callback(result);
    };
    if (!m_slotFreedTopic) {
        QMetaObject::invokeMethod(
            this,
            [answer] {
                answer(ChainMarketRpc::rejected(
                    QStringLiteral("the Marketplace's ABI has no SlotFreed event")));
            },
            Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_prefixGeneration;
    const quint64 to = *m_countedFrom; // exclusive
    if (to <= m_startBlock) {
        m_prefixFrees.emplace();
        QMetaObject::invokeMethod(
            this, [answer] { answer(true); }, Qt::QueuedConnection);
        return;
    }
    qCInfo(lcChainMarketEvents).noquote()
        << QStringLiteral("reading the SlotFreed events of blocks %1-%2, before the rounds were "
                          "counted")
               .arg(m_startBlock)
               .arg(to - 1);
    readEvents(makeReader(*m_slotFreedTopic), m_startBlock, to - 1, std::nullopt,
               std::make_shared<QList<MarketplaceEvent>>(),
               [this, generation,
                answer](const MarketResult<std::optional<QList<MarketplaceEvent>>>& events) {
                   if (!events.ok())
                       return answer(events.error());
                   if (generation == m_prefixGeneration && events->has_value()) {
                       QHash<SlotId, quint64> frees;
                       for (const MarketplaceEvent& event : **events)
                           ++frees[slotIdOf(event.requestId, event.slotIndex)];
                       m_prefixFrees = std::move(frees);
                   }
                   // Dropped meanwhile: the callers ask again and read them again.
                   answer(true);
               });
}

std::shared_ptr<LogRangeReader> ChainMarketEvents::makeReader(const Hash32& topic) {
    LogRangeReader::Options options;
    options.addresses = {m_rpc.marketplace()};
    options.topic0s = {topic};
    options.maxBlockRange = m_cursor->reader().options().maxBlockRange;
    options.windowBlocks = 1;
    // Deleted later: the last reference may go inside one of the reader's own callbacks.
    return std::shared_ptr<LogRangeReader>(new LogRangeReader(m_rpc.client(), options),
                                           [](LogRangeReader* r) { r->deleteLater(); });
}

void ChainMarketEvents::pastEvents(QLatin1String name, EventsCallback done) {
    const auto topic = eventTopic(m_answers, name);
    if (!topic) {
        const QString message = QStringLiteral("the Marketplace's ABI has no %1 event").arg(name);
        QMetaObject::invokeMethod(
            this, [done, message] { done(ChainMarketRpc::rejected(message)); },
            Qt::QueuedConnection);
        return;
    }
    const auto reader = makeReader(*topic);
    m_rpc.client().callQuantityU64(
        QStringLiteral("eth_blockNumber"), {}, this,
        [this, reader, done](const RpcResult<quint64>& head) {
            if (!head.ok())
                return done(marketErrorOf(head.error(), ourContractErrors()));
            readEvents(reader, m_startBlock, *head, std::nullopt,
                       std::make_shared<QList<MarketplaceEvent>>(),
                       [done](const MarketResult<std::optional<QList<MarketplaceEvent>>>& events) {
                           if (!events.ok())
                               return done(events.error());
                           if (!events->has_value())
                               return done(MarketError{
                                   MarketError::Kind::Transient,
                                   QStringLiteral("a reorg changed the chain during the read")});
                           done(**events);
                       });
        });
}

void ChainMarketEvents::readEvents(std::shared_ptr<LogRangeReader> reader, quint64 from, quint64 to,
                                   std::optional<Hash32> expectedParent,
                                   std::shared_ptr<QList<MarketplaceEvent>> found,
                                   RangeCallback done) {
    if (from > to)
        return done(std::optional(*found));
    reader->read(from, to, expectedParent,
                 [this, reader, to, found, done](const RpcResult<LogRangeReader::Range>& range) {
                     if (!range.ok())
                         return done(marketErrorOf(range.error(), ourContractErrors()));
                     if (range->parentMismatch)
                         return done(std::optional<QList<MarketplaceEvent>>());
                     for (const ChainLog& log : range->logs) {
                         auto event = MarketplaceEvent::fromLog(log);
                         if (!event.ok())
                             return done(ChainMarketRpc::rejected(event.message()));
                         found->append(*event);
                     }
                     // The next range's first block must follow this one's last.
                     std::optional<Hash32> last;
                     if (!range->headers.isEmpty() && range->headers.last().number == range->to)
                         last = range->headers.last().hash;
                     readEvents(reader, range->to + 1, to, last, found, done);
                 });
}

void ChainMarketEvents::keepOpen(std::shared_ptr<QList<OpenRequest>> found,
                                 MarketReply<QList<OpenRequest>> reply) {
    QList<ChainMarketRpc::View> views;
    for (const OpenRequest& request : std::as_const(*found))
        views.append({m_rpc.marketplace(), marketplace::requestState(request.id)});
    m_rpc.views(views, this, [this, found, reply](const QList<MarketResult<QByteArray>>& states) {
        QList<OpenRequest> open;
        for (qsizetype i = 0; i < states.size(); ++i) {
            if (!states.at(i).ok())
                return reply(states.at(i).error());
            const auto state = m_answers.requestState(*states.at(i));
            if (!state.ok())
                return reply(ChainMarketRpc::rejected(state.message()));
            if (*state == RequestState::New)
                open.append(found->at(i));
        }
        reply(open);
    });
}

} // namespace salesdesk
