#pragma once

#include "core/chain/events/ChainLog.h"
#include "core/chain/events/EventCursorState.h"
#include "core/chain/events/EventCursorStatus.h"
#include "core/chain/events/EventCursorStore.h"
#include "core/chain/events/LogRangeReader.h"
#include "core/chain/rpc/RpcBackoff.h"
#include "core/clock/Clock.h"
#include "core/domain/Result.h"

#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

class Database;
class JsonRpcClient;
class NewHeadsWatcher;
struct RpcError;

// Delivers a contract's logs to the engine exactly once, in chain order, across restarts, RPC
// outages and reorgs.
//
// Exactly once: the cursor hands each batch of logs (the logs of blocks from … to) to the batch
// handler inside a transaction of the host database it opened, and writes its own position in the
// same transaction (EventCursorStore). The handler writes its changes through the Database it is
// given and returns; the cursor then commits both. If the handler fails, or the process dies
// before the commit, neither the consumer's changes nor the cursor's advance reach the disk, and
// the same blocks are read and handed over again. A new cursor on the same database resumes
// after the last committed block.
//
// Head: eth_blockNumber every pollSeconds on the Clock, or at once when a NewHeadsWatcher on
// `webSocketUrl` reports a new head. Blocks are read up to head - confirmations, in ranges of at
// most maxBlockRange blocks (LogRangeReader: eth_getLogs over explicit ranges, halved when the
// node refuses them as too large).
//
// One HTTP request a poll: once caught up, a poll sends with the head read the reads of the
// blocks it expects (LogRangeReader::aheadCalls: the headers of up to aheadBlocks new blocks,
// as many as the last poll found and one more, and eth_getLogs from the next block on), all in
// one batch, and commits what they cover. Only when more blocks came than it asked headers for,
// or a read ahead cannot be used, does it read the rest the usual way (headers, then logs).
//
// Reorgs: every poll checks that the last processed block is still on the chain, and every range
// that its first block's parent is that block. When not, the cursor asks for the headers of its
// window of recent blocks, finds the newest one still on the chain (the common ancestor), hands
// the logs it had delivered from the blocks after it to the retraction handler (in one
// transaction with rewinding the cursor), and reads on from the ancestor. A reorg that replaced
// every block of the window is reported (state Failed) and nothing more is delivered: the
// window is too small for the chain, or the stored cursor belongs to another chain.
//
// Failures: a failed read or commit is retried after RpcBackoff's wait on the Clock, without
// limit; the cursor never moves past a range it did not read completely, and status() tells the
// last error and how far behind the head it is.
class EventCursor final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString name = QStringLiteral("marketplace"); // the cursor's row in chain_cursors
        QList<Address> addresses;                     // at least one
        QList<Hash32> topic0s;                        // empty: every event of the addresses
        // Only the logs whose topics 1, 2, 3 match one of these (LogRangeReader::Options).
        QList<LogRangeReader::IndexedTopicFilter> indexedTopics;
        // A stored cursor written for one of these filter keys is taken over (and stored with
        // this filter's key at its next commit): a wider filter the consumer narrowed, whose
        // cursor delivered every log of this one up to its block.
        QStringList formerFilterKeys;
        quint64 startBlock = 0; // the first block read when the database holds no cursor
        quint64 confirmations = 0;
        qint64 pollSeconds = 4;
        quint64 maxBlockRange = 2000;
        int windowBlocks = 64;
        ChainLog::Limits limits;
        RpcBackoff backoff{1, 60};
        int aheadBlocks = 8; // 0: no read ahead (a poll reads the head first, then the blocks)
        QUrl webSocketUrl;   // empty: polling only
        std::optional<quint32> randomSeed;
    };
    // The logs of blocks fromBlock … toBlock (possibly none), in chain order.
    struct LogBatch {
        quint64 fromBlock = 0;
        quint64 toBlock = 0;
        Hash32 toBlockHash;
        QList<ChainLog> logs;
    };
    // Blocks fromBlock … toBlock were removed by a reorg: `logs` are the logs delivered from
    // them, in chain order; the consumer undoes them. The chain goes on from `ancestor`.
    struct Retraction {
        quint64 fromBlock = 0;
        quint64 toBlock = 0;
        BlockRef ancestor;
        QList<ChainLog> logs;
    };
    // Called inside the cursor's transaction; writes go through `database`. An error rolls the
    // whole batch back (the cursor does not advance) and is retried with backoff.
    using BatchHandler = std::function<Result<void>(const LogBatch&, Database& database)>;
    using RetractionHandler = std::function<Result<void>(const Retraction&, Database& database)>;

    // The client and the database must outlive the cursor.
    EventCursor(JsonRpcClient& rpc, Database& database, Clock& clock, Options options,
                BatchHandler onBatch, RetractionHandler onRetraction, QObject* parent = nullptr);
    ~EventCursor() override;

    // Loads the stored cursor and starts following the chain. Fails (and stays stopped) when the
    // database cannot be read or the stored cursor was written for another filter.
    Result<void> start();
    void stop();
    // Polls now instead of at the next interval (what a new head does).
    void wake();

    const EventCursorStatus& status() const { return m_status; }
    // The last block whose logs were committed, when there is one.
    std::optional<BlockRef> position() const;
    const LogRangeReader& reader() const { return *m_reader; }

Q_SIGNALS:
    void statusChanged();
    // Emitted after the batch's transaction committed.
    void batchCommitted(quint64 fromBlock, quint64 toBlock, int logs);
    // Emitted after a retraction's transaction committed.
    void logsRetracted(quint64 fromBlock, quint64 toBlock, int logs);

private:
    void poll();
    void readFrom(quint64 from);
    void takeAhead(quint64 from, int blocks, const QList<RpcResult<QJsonValue>>& answers);
    void commitRange(const LogRangeReader::Range& range);
    void walkBack();
    void caughtUp();
    void fail(const QString& message);
    void failForGood(const QString& message);
    void schedule(qint64 seconds);
    void setState(EventCursorStatus::State state);
    void updateBehind();
    quint64 nextBlock() const;
    bool current(quint64 generation) const { return m_running && generation == m_generation; }

    JsonRpcClient& m_rpc;
    Database& m_db;
    Clock& m_clock;
    Options m_options;
    BatchHandler m_onBatch;
    RetractionHandler m_onRetraction;
    EventCursorStore m_store;
    std::unique_ptr<LogRangeReader> m_reader;
    NewHeadsWatcher* m_watcher = nullptr;
    QRandomGenerator m_random;
    std::optional<EventCursorState> m_state;
    EventCursorStatus m_status;
    bool m_running = false;
    bool m_busy = false;
    bool m_wakePending = false;
    quint64 m_generation = 0;
    quint64 m_target = 0;     // head - confirmations at the last poll
    bool m_readAhead = false; // the next poll reads ahead (the cursor was caught up)
    quint64 m_lastGain = 1;   // new blocks found by the last poll
    Clock::TimerId m_timer = 0;
};

} // namespace salesdesk
