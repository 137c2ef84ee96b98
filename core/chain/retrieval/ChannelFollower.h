#pragma once

#include "core/chain/abi/ContractAbi.h"
#include "core/chain/events/EventCursor.h"
#include "core/chain/retrieval/VoucherBook.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace salesdesk {

class Clock;
class Database;
class JsonRpcClient;

// The provider's retrieval channels as the chain has them, kept in the VoucherBook: an
// EventCursor on the channels contract (ChannelOpened, ToppedUp, Claimed, CloseRequested,
// Finalized) delivers each log once, in order, and the book is updated in the cursor's
// transaction: a channel opened to `payee` is tracked from its ChannelOpened on; the other events
// change the deposit, the amount claimed, the close time or finalize the channel, for the
// channels tracked (the others are not the provider's). A reorg hands back the logs of the
// replaced blocks: the channels they touched are read again from the chain (channel(id)) once
// the rewind is committed, and so are all channels not finalized when the follower starts, so a
// crash between the two leaves nothing stale for long.
class ChannelFollower final : public QObject {
    Q_OBJECT
public:
    static constexpr char kCursorName[] = "retrieval-channels";

    struct Options {
        quint64 chainId = 0;
        Address channels; // the RetrievalChannels contract
        Address payee;    // the provider's account
        quint64 startBlock = 0;
        quint64 confirmations = 0;
        qint64 pollSeconds = 4;
        int windowBlocks = 64;
    };

    // The client, the database and the book must outlive the follower.
    ChannelFollower(JsonRpcClient& rpc, Database& database, VoucherBook& book, Clock& clock,
                    Options options, QObject* parent = nullptr);
    ~ChannelFollower() override;

    // Starts the cursor and reads every tracked channel that is not finalized again.
    Result<void> start();
    void stop();
    void wake();
    EventCursor& cursor() const { return *m_cursor; }
    // Channel reads from the chain still under way.
    int refreshesPending() const { return m_refreshing.size(); }

Q_SIGNALS:
    // The book's channels changed (after the commit).
    void channelsChanged();

private:
    Result<void> store(const EventCursor::LogBatch& batch);
    Result<void> apply(const ChainLog& log);
    Result<void> collectRetracted(const EventCursor::Retraction& retraction);
    // Reads channel `id` from the chain and records what it says.
    void refresh(const Hash32& id);
    VoucherBook::Key key(const Hash32& id) const;

    JsonRpcClient& m_rpc;
    VoucherBook& m_book;
    Clock& m_clock; // dates the claims heard of
    Options m_options;
    const abi::ContractAbi* m_abi = nullptr; // null when not built in
    std::unique_ptr<EventCursor> m_cursor;
    QSet<Hash32> m_toRefresh;  // touched by a retraction, read once it is committed
    QSet<Hash32> m_refreshing; // reads under way
};

} // namespace salesdesk
