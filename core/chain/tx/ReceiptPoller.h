#pragma once

#include "core/chain/tx/TransactionRpc.h"
#include "core/clock/Clock.h"
#include "core/clock/TurnSplitter.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

class JsonRpcClient;

// The receipt polls of every transaction TransactionManager waits for, shared, so that N
// transactions in flight cost one JSON-RPC batch (one HTTP request) per poll, not N:
// - a poll asked for now joins every other one asked for on the same turn of the event loop
//   (the broadcasts the node answered together poll together);
// - a poll asked for later waits for the shared tick, one timer on the Clock for all of them,
//   at most pollSeconds after it was asked for;
// - a batch asks eth_blockNumber once and eth_getTransactionReceipt once per hash, however many
//   transactions ask about it;
// - the hashes of canonical blocks (the check that a receipt's block is still on the chain) asked
//   for on one turn go in one batch, each block number once.
// Each asker gets its own answer (TransactionRpc::receiptPollOf): a malformed receipt is the
// error of the transaction it belongs to only. Callbacks follow JsonRpcClient's convention, and
// run kCallbacksPerTurn (at most kMsPerTurn of them) to an event-loop turn (a TurnSplitter), in the
// order they were asked for, the next ones queued behind whatever else is waiting: a receipt
// settles its transaction and moves its sale on (database commits, the next transaction signed),
// and a block that mines the transactions of forty sales must not hold the window for all forty at
// once. A callback whose context is destroyed before its turn does not run.
class ReceiptPoller final : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype kCallbacksPerTurn = 8;
    static constexpr qint64 kMsPerTurn = 8; // ... or as many as run in this many milliseconds

    using PollCallback = std::function<void(const Result<TransactionRpc::ReceiptPoll>&)>;
    using BlockHashCallback = std::function<void(const Result<std::optional<Hash32>>&)>;

    ReceiptPoller(JsonRpcClient& rpc, Clock& clock, qint64 pollSeconds, QObject* parent = nullptr);
    ~ReceiptPoller() override;

    // The head and the first receipt the node has for any of `hashes`, asked on this turn.
    void pollNow(const QList<Hash32>& hashes, const QObject* context, PollCallback done);
    // The same, asked at the next shared tick.
    void pollNext(const QList<Hash32>& hashes, const QObject* context, PollCallback done);
    // The hash of canonical block `number` (nullopt when the chain is shorter), asked on this
    // turn.
    void blockHash(quint64 number, const QObject* context, BlockHashCallback done);

    // Batches sent so far (polls and block hashes), for tests.
    quint64 batchesSent() const { return m_batchesSent; }

private:
    struct PollAsk {
        QList<Hash32> hashes;
        QPointer<const QObject> context;
        bool hasContext = false;
        PollCallback done;
        bool gone() const { return hasContext && context.isNull(); }
    };
    struct BlockAsk {
        quint64 number = 0;
        QPointer<const QObject> context;
        bool hasContext = false;
        BlockHashCallback done;
        bool gone() const { return hasContext && context.isNull(); }
    };

    struct PollDelivery {
        QList<PollAsk> asks;
        QHash<Hash32, qsizetype> callOf; // hash -> its call's index in answers
        QList<RpcResult<QJsonValue>> answers;
    };

    void flushSoon();
    void flush();
    // Runs the callback of `delivery`'s ask `i`.
    void deliverOne(const PollDelivery& delivery, qsizetype i);
    void sendPolls(QList<PollAsk> asks);
    void sendBlocks(QList<BlockAsk> asks);

    JsonRpcClient& m_rpc;
    Clock& m_clock;
    qint64 m_pollSeconds = 1;
    QList<PollAsk> m_pollsNow;
    QList<PollAsk> m_pollsNext;
    QList<BlockAsk> m_blocks;
    bool m_flushQueued = false;
    Clock::TimerId m_tick = 0;
    quint64 m_batchesSent = 0;
    TurnSplitter m_callbacks{{static_cast<int>(kCallbacksPerTurn), kMsPerTurn}};
};

} // namespace salesdesk
