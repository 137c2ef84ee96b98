#pragma once

#include "core/chain/events/EventCursor.h"
#include "core/chain/market/ChainMarketRpc.h"
#include "core/chain/market/MarketReply.h"
#include "core/chain/market/MarketplaceEvent.h"
#include "core/domain/Result.h"
#include "core/market/MarketResult.h"

#include <QList>
#include <QObject>

#include <memory>

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
// contract derives the state: a New request has not expired and has a free slot).
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

private:
    Result<void> onBatch(const EventCursor::LogBatch& batch);
    void announce();
    void announce(const MarketplaceEvent& event);
    void readRequested(std::shared_ptr<LogRangeReader> reader, quint64 from, quint64 head,
                       std::shared_ptr<QList<OpenRequest>> found,
                       MarketReply<QList<OpenRequest>> reply);
    void keepOpen(std::shared_ptr<QList<OpenRequest>> found, MarketReply<QList<OpenRequest>> reply);

    Market& m_market;
    const ChainMarketRpc& m_rpc;
    const MarketplaceAnswers& m_answers;
    quint64 m_startBlock = 0;
    std::unique_ptr<EventCursor> m_cursor;
    QList<MarketplaceEvent> m_pending; // decoded in the batch being committed
};

} // namespace salesdesk
