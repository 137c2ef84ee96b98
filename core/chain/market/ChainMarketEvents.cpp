#include "core/chain/market/ChainMarketEvents.h"

#include "core/chain/events/LogRangeReader.h"
#include "core/chain/market/MarketplaceAnswers.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/market/Market.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChainMarketEvents, "salesdesk.chain.chainmarketevents")

namespace salesdesk {

namespace {

std::optional<Hash32> storageRequestedTopic(const MarketplaceAnswers& answers) {
    for (const abi::AbiEntry& event : answers.abi().events())
        if (event.name == QLatin1String("StorageRequested"))
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
    , m_startBlock(startBlock) {
    options.addresses = {rpc.marketplace()};
    options.startBlock = startBlock;
    m_cursor = std::make_unique<EventCursor>(
        rpc.client(), database, clock, std::move(options),
        [this](const EventCursor::LogBatch& batch, Database&) { return onBatch(batch); },
        [](const EventCursor::Retraction& retraction, Database&) -> Result<void> {
            // The signals cannot be taken back; the engine reads the market again when it acts.
            qCWarning(lcChainMarketEvents).noquote()
                << QStringLiteral("blocks %1-%2 were replaced by a reorg: %3 events announced "
                                  "from them no longer hold")
                       .arg(retraction.fromBlock)
                       .arg(retraction.toBlock)
                       .arg(retraction.logs.size());
            return {};
        });
    connect(m_cursor.get(), &EventCursor::batchCommitted, this, [this] { announce(); });
}

ChainMarketEvents::~ChainMarketEvents() = default;

Result<void> ChainMarketEvents::start() {
    return m_cursor->start();
}

Result<void> ChainMarketEvents::onBatch(const EventCursor::LogBatch& batch) {
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
    return {};
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
    const auto topic = storageRequestedTopic(m_answers);
    if (!topic)
        return reply.later(this, ChainMarketRpc::rejected(QStringLiteral(
                                     "the Marketplace's ABI has no StorageRequested event")));
    LogRangeReader::Options options;
    options.addresses = {m_rpc.marketplace()};
    options.topic0s = {*topic};
    options.maxBlockRange = m_cursor->reader().options().maxBlockRange;
    options.windowBlocks = 1;
    // Deleted later: the last reference may go inside one of the reader's own callbacks.
    std::shared_ptr<LogRangeReader> reader(new LogRangeReader(m_rpc.client(), options),
                                           [](LogRangeReader* r) { r->deleteLater(); });
    m_rpc.client().callQuantityU64(QStringLiteral("eth_blockNumber"), {}, this,
                                   [this, reader, reply](const RpcResult<quint64>& head) {
                                       if (!head.ok())
                                           return reply(
                                               marketErrorOf(head.error(), ourContractErrors()));
                                       readRequested(reader, m_startBlock, *head,
                                                     std::make_shared<QList<OpenRequest>>(), reply);
                                   });
}

void ChainMarketEvents::readRequested(std::shared_ptr<LogRangeReader> reader, quint64 from,
                                      quint64 head, std::shared_ptr<QList<OpenRequest>> found,
                                      MarketReply<QList<OpenRequest>> reply) {
    if (from > head)
        return keepOpen(found, reply);
    reader->read(from, head, std::nullopt,
                 [this, reader, head, found, reply](const RpcResult<LogRangeReader::Range>& range) {
                     if (!range.ok())
                         return reply(marketErrorOf(range.error(), ourContractErrors()));
                     for (const ChainLog& log : range->logs) {
                         auto event = MarketplaceEvent::fromLog(log);
                         if (!event.ok())
                             return reply(ChainMarketRpc::rejected(event.message()));
                         found->append(OpenRequest{event->requestId, event->ask,
                                                   static_cast<Timestamp>(event->expiry)});
                     }
                     readRequested(reader, range->to + 1, head, found, reply);
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
