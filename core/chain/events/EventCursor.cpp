#include "core/chain/events/EventCursor.h"

#include "core/chain/events/EventFilterKey.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/NewHeadsWatcher.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcEventCursor, "salesdesk.chain.eventcursor")

namespace salesdesk {

namespace {

LogRangeReader::Options readerOptions(const EventCursor::Options& options) {
    LogRangeReader::Options reader;
    reader.addresses = options.addresses;
    reader.topic0s = options.topic0s;
    reader.indexedTopics = options.indexedTopics;
    reader.maxBlockRange = options.maxBlockRange;
    reader.windowBlocks = options.windowBlocks;
    reader.limits = options.limits;
    return reader;
}

} // namespace

EventCursor::EventCursor(JsonRpcClient& rpc, Database& database, Clock& clock, Options options,
                         BatchHandler onBatch, RetractionHandler onRetraction, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_db(database)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_onBatch(std::move(onBatch))
    , m_onRetraction(std::move(onRetraction))
    , m_store(database, m_options.name)
    , m_reader(std::make_unique<LogRangeReader>(rpc, readerOptions(m_options)))
    , m_random(m_options.randomSeed ? *m_options.randomSeed
                                    : QRandomGenerator::global()->generate()) {
    m_options.pollSeconds = std::max<qint64>(1, m_options.pollSeconds);
    m_options.windowBlocks = std::max(1, m_options.windowBlocks);
    if (!m_options.webSocketUrl.isEmpty()) {
        NewHeadsWatcher::Options watcherOptions;
        watcherOptions.pollSeconds = m_options.pollSeconds;
        watcherOptions.randomSeed = m_options.randomSeed;
        m_watcher = new NewHeadsWatcher(rpc, m_options.webSocketUrl, clock, watcherOptions, this);
        connect(m_watcher, &NewHeadsWatcher::newHead, this, [this] { wake(); });
    }
}

EventCursor::~EventCursor() = default;

std::optional<BlockRef> EventCursor::position() const {
    if (!m_state)
        return std::nullopt;
    return m_state->block;
}

Result<void> EventCursor::start() {
    if (m_running)
        return {};
    if (m_options.addresses.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("event cursor \"%1\" has no contract address to read")
                             .arg(m_options.name));
    if (!m_onBatch || !m_onRetraction)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("event cursor \"%1\" needs a batch and a retraction "
                                        "handler")
                             .arg(m_options.name));
    auto stored = m_store.load();
    if (!stored.ok())
        return stored.error();
    const QString key =
        eventFilterKey(m_options.addresses, m_options.topic0s, m_options.indexedTopics);
    if (*stored && (*stored)->filterKey != key &&
        !m_options.formerFilterKeys.contains((*stored)->filterKey))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("event cursor \"%1\" was stored for %2, not for %3")
                             .arg(m_options.name, (*stored)->filterKey, key));
    m_state = *stored;
    m_running = true;
    m_readAhead = false;
    m_lastGain = 1;
    ++m_generation;
    m_status = EventCursorStatus{};
    m_status.processedBlock = m_state ? std::optional(m_state->block.number) : std::nullopt;
    qCInfo(lcEventCursor).noquote()
        << QStringLiteral("event cursor \"%1\" starts %2")
               .arg(m_options.name,
                    m_state ? QStringLiteral("after block %1").arg(m_state->block.number)
                            : QStringLiteral("at block %1").arg(m_options.startBlock));
    setState(EventCursorStatus::State::Syncing);
    if (m_watcher)
        m_watcher->start();
    schedule(0);
    return {};
}

void EventCursor::stop() {
    if (!m_running)
        return;
    m_running = false;
    m_busy = false;
    m_wakePending = false;
    ++m_generation; // answers still on their way are dropped
    if (m_timer != 0)
        m_clock.cancel(m_timer);
    m_timer = 0;
    if (m_watcher)
        m_watcher->stop();
    m_status.nextRetryAt.reset();
    setState(EventCursorStatus::State::Stopped);
}

void EventCursor::wake() {
    if (!m_running || m_status.state == EventCursorStatus::State::Failed)
        return;
    if (m_busy) {
        m_wakePending = true;
        return;
    }
    // A wake during a backoff waits for it: the node is failing, hurrying does not help.
    if (m_status.state == EventCursorStatus::State::Retrying)
        return;
    schedule(0);
}

void EventCursor::schedule(qint64 seconds) {
    if (m_timer != 0)
        m_clock.cancel(m_timer);
    m_timer = 0;
    if (seconds <= 0) {
        // Now means on the event loop, not at the Clock's next step (a VirtualClock only runs
        // its timers when advanced).
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (current(generation))
                    poll();
            },
            Qt::QueuedConnection);
        return;
    }
    m_timer = m_clock.callAfter(seconds, this, [this] {
        m_timer = 0;
        poll();
    });
}

quint64 EventCursor::nextBlock() const {
    return m_state ? m_state->block.number + 1 : m_options.startBlock;
}

void EventCursor::setState(EventCursorStatus::State state) {
    m_status.state = state;
    Q_EMIT statusChanged();
}

void EventCursor::updateBehind() {
    m_status.processedBlock = m_state ? std::optional(m_state->block.number) : std::nullopt;
    const quint64 head = m_status.headBlock.value_or(0);
    const quint64 done = m_state ? m_state->block.number + 1 : m_options.startBlock;
    m_status.blocksBehind = head + 1 > done ? head + 1 - done : 0;
}

void EventCursor::poll() {
    if (!m_running || m_busy || m_status.state == EventCursorStatus::State::Failed)
        return;
    m_busy = true;
    m_wakePending = false;
    QList<RpcCall> calls{RpcCall{QStringLiteral("eth_blockNumber"), {}, std::nullopt}};
    if (m_state)
        calls.append(RpcCall{QStringLiteral("eth_getBlockByNumber"),
                             QJsonArray{rpc::toQuantity(m_state->block.number), false},
                             std::nullopt});
    // Read ahead only once caught up: far behind, the usual reads go in ranges.
    const int ahead = m_state && m_readAhead && m_options.aheadBlocks > 0
                          ? int(std::min<quint64>(quint64(m_options.aheadBlocks), m_lastGain + 1))
                          : 0;
    const qsizetype headCalls = calls.size();
    if (ahead > 0)
        calls.append(m_reader->aheadCalls(nextBlock(), ahead));
    const quint64 generation = m_generation;
    const quint64 previousHead = m_status.headBlock.value_or(0);
    m_rpc.batch(calls, this,
                [this, generation, ahead, headCalls,
                 previousHead](const QList<RpcResult<QJsonValue>>& answers) {
                    if (!current(generation))
                        return;
                    // The reads ahead answer for themselves (takeAhead); the head's must all
                    // succeed.
                    for (qsizetype i = 0; i < headCalls; ++i)
                        if (!answers[i].ok())
                            return fail(answers[i].error().describe());
                    auto head = rpc::parseJsonQuantityU64(*answers[0], u"eth_blockNumber result");
                    if (!head.ok())
                        return fail(head.message());
                    m_status.headBlock = *head;
                    if (m_state) {
                        auto header = ChainBlockHeader::fromJson(
                            *answers[1], QStringLiteral("eth_getBlockByNumber(%1) result")
                                             .arg(rpc::toQuantity(m_state->block.number)));
                        if (!header.ok())
                            return fail(header.message());
                        if (!*header || (*header)->hash != m_state->block.hash) {
                            qCWarning(lcEventCursor).noquote()
                                << QStringLiteral(
                                       "event cursor \"%1\": block %2 %3 is no longer on the chain")
                                       .arg(m_options.name)
                                       .arg(m_state->block.number)
                                       .arg(m_state->block.hash.toShortHex());
                            return walkBack();
                        }
                    }
                    if (previousHead > 0 && *head > previousHead)
                        m_lastGain = *head - previousHead;
                    m_target =
                        *head >= m_options.confirmations ? *head - m_options.confirmations : 0;
                    updateBehind();
                    if (*head < m_options.confirmations || m_target < nextBlock())
                        return caughtUp();
                    if (ahead > 0)
                        return takeAhead(nextBlock(), ahead, answers.mid(headCalls));
                    readFrom(nextBlock());
                });
}

void EventCursor::takeAhead(quint64 from, int blocks, const QList<RpcResult<QJsonValue>>& answers) {
    auto range = m_reader->takeAhead(from, blocks, m_target, m_state->block.hash, answers);
    if (!range.ok())
        return fail(range.error().describe());
    if (!*range) {
        qCDebug(lcEventCursor).noquote()
            << QStringLiteral("event cursor \"%1\": the read ahead from block %2 is of no use; "
                              "reading the usual way")
                   .arg(m_options.name)
                   .arg(from);
        return readFrom(from);
    }
    if ((*range)->parentMismatch) {
        qCWarning(lcEventCursor).noquote()
            << QStringLiteral("event cursor \"%1\": block %2 does not follow the processed block "
                              "%3 %4")
                   .arg(m_options.name)
                   .arg(from)
                   .arg(m_state->block.number)
                   .arg(m_state->block.hash.toShortHex());
        return walkBack();
    }
    commitRange(**range);
}

void EventCursor::readFrom(quint64 from) {
    if (m_status.state != EventCursorStatus::State::Syncing &&
        m_status.state != EventCursorStatus::State::Retrying)
        setState(EventCursorStatus::State::Syncing);
    std::optional<Hash32> expectedParent;
    if (m_state)
        expectedParent = m_state->block.hash;
    const quint64 generation = m_generation;
    m_reader->read(from, m_target, expectedParent,
                   [this, generation](const RpcResult<LogRangeReader::Range>& range) {
                       if (!current(generation))
                           return;
                       if (!range.ok())
                           return fail(range.error().describe());
                       if (range->parentMismatch) {
                           qCWarning(lcEventCursor).noquote()
                               << QStringLiteral("event cursor \"%1\": block %2 does not follow "
                                                 "the processed block %3 %4")
                                      .arg(m_options.name)
                                      .arg(range->from)
                                      .arg(m_state->block.number)
                                      .arg(m_state->block.hash.toShortHex());
                           return walkBack();
                       }
                       commitRange(*range);
                   });
}

void EventCursor::commitRange(const LogRangeReader::Range& range) {
    // The new window: the old one, then the range's blocks whose headers were read, cut to the
    // contiguous run ending at the range's last block and to windowBlocks blocks.
    QList<BlockRef> window = m_state ? m_state->recentBlocks : QList<BlockRef>{};
    QList<BlockRef> newBlocks;
    for (const ChainBlockHeader& header : range.headers) {
        if (!window.isEmpty() && header.number != window.last().number + 1)
            window.clear();
        window.append(BlockRef{header.number, header.hash});
        newBlocks.append(window.last());
    }
    const auto excess = window.size() - m_options.windowBlocks;
    if (excess > 0)
        window.remove(0, excess);
    newBlocks.erase(
        std::remove_if(newBlocks.begin(), newBlocks.end(),
                       [&](const BlockRef& b) { return b.number < window.first().number; }),
        newBlocks.end());

    EventCursorState next;
    next.block = window.last();
    next.recentBlocks = window;
    next.filterKey =
        eventFilterKey(m_options.addresses, m_options.topic0s, m_options.indexedTopics);
    const LogBatch batch{range.from, range.to, next.block.hash, range.logs};

    auto commit = [&]() -> Result<void> {
        SD_TRY_DECLARE(tx, m_db.begin());
        SD_TRY(m_onBatch(batch, m_db));
        SD_TRY(m_store.advance(next, newBlocks, range.logs));
        return tx.commit();
    };
    const Result<void> committed = commit();
    if (!committed.ok())
        return fail(QStringLiteral("blocks %1 … %2 were read but not committed: %3")
                        .arg(range.from)
                        .arg(range.to)
                        .arg(committed.message()));
    m_state = std::move(next);
    m_status.consecutiveFailures = 0;
    m_status.lastError.clear();
    m_status.nextRetryAt.reset();
    updateBehind();
    qCDebug(lcEventCursor).noquote() << QStringLiteral("event cursor \"%1\": blocks %2 … %3, %4 "
                                                       "log(s) committed, %5 block(s) behind")
                                            .arg(m_options.name)
                                            .arg(range.from)
                                            .arg(range.to)
                                            .arg(range.logs.size())
                                            .arg(m_status.blocksBehind);
    Q_EMIT batchCommitted(range.from, range.to, static_cast<int>(range.logs.size()));
    if (!current(m_generation) || !m_busy)
        return; // a slot stopped the cursor
    if (m_state->block.number < m_target) {
        const quint64 left = m_target - m_state->block.number;
        if (m_readAhead && left <= quint64(std::max(0, m_options.aheadBlocks))) {
            // A few more blocks than the read ahead asked for: a poll reads them in one request.
            m_lastGain = left;
            m_busy = false;
            schedule(0);
            return;
        }
        setState(EventCursorStatus::State::Syncing);
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (current(generation))
                    readFrom(nextBlock());
            },
            Qt::QueuedConnection);
        return;
    }
    caughtUp();
}

void EventCursor::walkBack() {
    m_readAhead = false;
    QList<quint64> numbers;
    for (const BlockRef& ref : m_state->recentBlocks)
        numbers.append(ref.number);
    const quint64 generation = m_generation;
    m_reader->headers(
        numbers,
        [this, generation](const RpcResult<QList<std::optional<ChainBlockHeader>>>& answer) {
            if (!current(generation))
                return;
            if (!answer.ok())
                return fail(answer.error().describe());
            const QList<BlockRef>& window = m_state->recentBlocks;
            qsizetype kept = -1;
            for (qsizetype i = window.size() - 1; i >= 0; --i) {
                const auto& header = answer->at(i);
                if (header && header->hash == window[i].hash) {
                    kept = i;
                    break;
                }
            }
            if (kept < 0)
                return failForGood(
                    QStringLiteral("a reorg replaced every block of the window of %1 blocks (%2 … "
                                   "%3): deeper than the cursor can undo")
                        .arg(window.size())
                        .arg(window.first().number)
                        .arg(window.last().number));
            const BlockRef ancestor = window[kept];
            if (ancestor == m_state->block) {
                // The chain came back to the processed block before the walk: nothing to undo.
                m_busy = false;
                return schedule(0);
            }
            const quint64 oldBlock = m_state->block.number;
            Retraction retraction{ancestor.number + 1, oldBlock, ancestor, {}};
            auto undo = [&]() -> Result<void> {
                SD_TRY_DECLARE(tx, m_db.begin());
                auto logs = m_store.logsFrom(ancestor.number + 1);
                if (!logs.ok())
                    return logs.error();
                retraction.logs = std::move(*logs);
                SD_TRY(m_onRetraction(retraction, m_db));
                SD_TRY(m_store.rewind(ancestor));
                return tx.commit();
            };
            const Result<void> undone = undo();
            if (!undone.ok())
                return fail(QStringLiteral("the reorg after block %1 could not be undone: %2")
                                .arg(ancestor.number)
                                .arg(undone.message()));
            m_state->block = ancestor;
            m_state->recentBlocks.resize(kept + 1);
            ++m_status.reorgs;
            updateBehind();
            qCWarning(lcEventCursor).noquote()
                << QStringLiteral("event cursor \"%1\": reorg of blocks %2 … %3 undone (%4 log(s) "
                                  "retracted); reading on from block %5 %6")
                       .arg(m_options.name)
                       .arg(retraction.fromBlock)
                       .arg(retraction.toBlock)
                       .arg(retraction.logs.size())
                       .arg(ancestor.number)
                       .arg(ancestor.hash.toShortHex());
            Q_EMIT logsRetracted(retraction.fromBlock, retraction.toBlock,
                                 static_cast<int>(retraction.logs.size()));
            if (!current(generation))
                return;
            m_busy = false;
            schedule(0);
        });
}

void EventCursor::caughtUp() {
    m_busy = false;
    m_readAhead = true;
    m_status.consecutiveFailures = 0;
    m_status.lastError.clear();
    m_status.nextRetryAt.reset();
    updateBehind();
    setState(EventCursorStatus::State::UpToDate);
    if (!m_running)
        return;
    schedule(m_wakePending ? 0 : m_options.pollSeconds);
}

void EventCursor::fail(const QString& message) {
    m_busy = false;
    m_readAhead = false;
    m_wakePending = false;
    ++m_status.consecutiveFailures;
    const qint64 delay = m_options.backoff.delay(m_status.consecutiveFailures, m_random);
    m_status.lastError = message;
    m_status.nextRetryAt = m_clock.now() + delay;
    updateBehind();
    qCWarning(lcEventCursor).noquote()
        << QStringLiteral("event cursor \"%1\" after block %2: %3; trying again in %4 s "
                          "(failure %5)")
               .arg(m_options.name,
                    m_state ? QString::number(m_state->block.number) : QStringLiteral("(none)"),
                    message)
               .arg(delay)
               .arg(m_status.consecutiveFailures);
    setState(EventCursorStatus::State::Retrying);
    schedule(delay);
}

void EventCursor::failForGood(const QString& message) {
    m_busy = false;
    m_status.lastError = message;
    m_status.nextRetryAt.reset();
    qCCritical(lcEventCursor).noquote()
        << QStringLiteral("event cursor \"%1\" stopped: %2").arg(m_options.name, message);
    setState(EventCursorStatus::State::Failed);
}

} // namespace salesdesk
