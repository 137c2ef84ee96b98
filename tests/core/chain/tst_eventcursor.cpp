#include "core/chain/events/EventCursor.h"
#include "core/chain/events/EventFilterKey.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/clock/VirtualClock.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/FakeChainNode.h"
#include "tests/support/chain/VirtualTimeDriver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr Timestamp kStart = 1'800'000'000;

Address contract() {
    return Address::fromHex(QStringLiteral("0x00000000000000000000000000000000000000c1")).value();
}
Address otherContract() {
    return Address::fromHex(QStringLiteral("0x00000000000000000000000000000000000000c2")).value();
}
Hash32 topic(int n) {
    return Hash32::fromBytes(QByteArray(QByteArray(31, 0) + char(n)));
}
FakeChainNode::LogSpec logOf(int n, const Address& from = contract()) {
    return {from, {topic(1), topic(n)}, QByteArray::number(n)};
}

// The consumer of the tests: it writes every log into a table of the same database (whose key
// refuses a second delivery) and keeps in memory what committed.
struct Consumer {
    QList<ChainLog> logs;
    QList<EventCursor::Retraction> retractions;
    int refuseBatches = 0;

    EventCursor::BatchHandler batchHandler() {
        return [this](const EventCursor::LogBatch& batch, Database& db) -> Result<void> {
            Statement& insert = db.statement(
                QStringLiteral("INSERT INTO consumed (block, log_index) VALUES (?, ?)"));
            for (const ChainLog& log : batch.logs)
                SD_TRY(
                    insert.bind(0, qint64(log.blockNumber)).bind(1, qint64(log.logIndex)).exec());
            if (refuseBatches > 0) {
                --refuseBatches;
                return makeError(ErrorCode::Conflict, QStringLiteral("the consumer refused"));
            }
            db.afterCommit([this, batch] { logs.append(batch.logs); });
            return {};
        };
    }
    EventCursor::RetractionHandler retractionHandler() {
        return [this](const EventCursor::Retraction& retraction, Database& db) -> Result<void> {
            Statement& remove =
                db.statement(QStringLiteral("DELETE FROM consumed WHERE block >= ?"));
            SD_TRY(remove.bind(0, qint64(retraction.fromBlock)).exec());
            db.afterCommit([this, retraction] {
                retractions.append(retraction);
                logs.removeIf(
                    [&](const ChainLog& log) { return log.blockNumber >= retraction.fromBlock; });
            });
            return {};
        };
    }
};

} // namespace

class TestEventCursor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void deliversEveryLogOnceInChainOrder();
    void onlyTheFilteredContractAndEventsAreDelivered();
    void confirmationsHoldBackTheNewestBlocks();
    void restartResumesWithoutDuplicates();
    void refusedBatchLeavesNeitherConsumerNorCursorChanged();
    void reorgRetractsRemovedLogsAndDeliversTheNewOnes();
    void reorgIsFoundFromTheNextRangesParent();
    void reorgSurvivesARestart();
    void reorgDeeperThanTheWindowIsAnError();
    void tooManyResultsHalveTheRange();
    void outageIsRetriedWithBackoffAndLosesNothing();
    void malformedLogsAreRefusedAndNothingIsApplied();
    void storedCursorOfAnotherFilterIsRefused();
    void indexedTopicFiltersDeliverTheirLogsOnceInChainOrder();
    void storedCursorOfAFormerWiderFilterIsTakenOver();
    void caughtUpPollIsOneRequest();
    void moreBlocksThanReadAheadCostOneMoreRequest();
    void unusableReadAheadFallsBackAndLosesNothing();
    void reorgSeenByAReadAheadIsUndone();

private:
    std::unique_ptr<EventCursor> makeCursor(EventCursor::Options options = {});
    EventCursor::Options defaults() const;
    // Runs the event loop and the virtual clock until `done` holds (or the clock has nothing left
    // to run within `maxSteps` timers).
    bool drive(const std::function<bool()>& done, int maxSteps = 2000);
    bool caughtUp(const EventCursor& cursor) const;
    void openDatabase();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<FakeChainNode> m_node;
    std::unique_ptr<JsonRpcClient> m_rpc;
    Consumer m_consumer;
};

void TestEventCursor::openDatabase() {
    auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                             Database::kHostApplicationId);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
    m_db = std::move(*db);
    SD_VERIFY_OK(m_db->execute(
        QStringLiteral("CREATE TABLE IF NOT EXISTS consumed (block INTEGER, log_index INTEGER,"
                       " PRIMARY KEY (block, log_index))")));
}

void TestEventCursor::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    openDatabase();
    m_clock = std::make_unique<VirtualClock>(kStart);
    m_node = std::make_unique<FakeChainNode>();
    QVERIFY(m_node->listen());
    JsonRpcClient::Options rpcOptions;
    rpcOptions.maxAttempts = 1; // the cursor's own backoff is under test
    m_rpc = std::make_unique<JsonRpcClient>(m_node->url(), *m_clock, rpcOptions);
    m_consumer = Consumer{};
}

void TestEventCursor::cleanup() {
    m_rpc.reset();
    m_node.reset();
    m_clock.reset();
    m_db.reset();
    m_dir.reset();
}

EventCursor::Options TestEventCursor::defaults() const {
    EventCursor::Options options;
    options.addresses = {contract()};
    options.maxBlockRange = 7;
    options.windowBlocks = 8;
    options.pollSeconds = 4;
    options.randomSeed = 7;
    return options;
}

std::unique_ptr<EventCursor> TestEventCursor::makeCursor(EventCursor::Options options) {
    return std::make_unique<EventCursor>(*m_rpc, *m_db, *m_clock, std::move(options),
                                         m_consumer.batchHandler(), m_consumer.retractionHandler());
}

bool TestEventCursor::drive(const std::function<bool()>& done, int maxSteps) {
    return test::driveVirtualTime(*m_rpc, *m_clock, done, maxSteps, 10'000);
}

bool TestEventCursor::caughtUp(const EventCursor& cursor) const {
    return cursor.status().state == EventCursorStatus::State::UpToDate && cursor.position() &&
           cursor.position()->number == m_node->head() &&
           cursor.position()->hash == m_node->hashOf(m_node->head());
}

// Logs spread over 40 blocks, read 7 blocks at a time, arrive once each, in chain order.
void TestEventCursor::deliversEveryLogOnceInChainOrder() {
    for (int i = 0; i < 40; ++i) {
        if (i % 3 == 0)
            m_node->mineWithLogs({logOf(i), logOf(i + 100)});
        else
            m_node->mine();
    }
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs.size(), 28);
    QCOMPARE(m_consumer.logs, m_node->allLogs());
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM consumed"))->toInt(), 28);
    QCOMPARE(cursor->status().blocksBehind, quint64(0));
    QVERIFY(cursor->status().lastError.isEmpty());

    // New blocks are picked up at the next poll.
    m_node->mineWithLogs({logOf(500)});
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs, m_node->allLogs());
}

// Logs of another contract and, with a topic0 set, other events are not handed over.
void TestEventCursor::onlyTheFilteredContractAndEventsAreDelivered() {
    const FakeChainNode::LogSpec otherEvent{contract(), {topic(9)}, QByteArray("x")};
    m_node->mineWithLogs({logOf(1), logOf(2, otherContract()), otherEvent});
    m_node->mine(3);
    EventCursor::Options options = defaults();
    options.topic0s = {topic(1)};
    auto cursor = makeCursor(options);
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs.size(), 1);
    QCOMPARE(m_consumer.logs.first().data, QByteArray("1"));
}

// With 3 confirmations the cursor stays 3 blocks behind the head.
void TestEventCursor::confirmationsHoldBackTheNewestBlocks() {
    m_node->mine(10);
    m_node->mineWithLogs({logOf(1)});
    m_node->mine(2);
    EventCursor::Options options = defaults();
    options.confirmations = 3;
    auto cursor = makeCursor(options);
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return cursor->status().state == EventCursorStatus::State::UpToDate; }));
    QCOMPARE(cursor->position()->number, m_node->head() - 3);
    QVERIFY(m_consumer.logs.isEmpty()); // the log is in block head - 2
    m_node->mine(1);
    QVERIFY(drive([&] { return !m_consumer.logs.isEmpty(); }));
    QCOMPARE(m_consumer.logs.size(), 1);
    QCOMPARE(cursor->position()->number, m_node->head() - 3);
}

// A new cursor on the same database goes on after the last committed block.
void TestEventCursor::restartResumesWithoutDuplicates() {
    for (int i = 0; i < 20; ++i)
        m_node->mineWithLogs({logOf(i)});
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    cursor.reset();
    m_db.reset();
    for (int i = 20; i < 30; ++i)
        m_node->mineWithLogs({logOf(i)});
    openDatabase();
    const int gotBefore = static_cast<int>(m_consumer.logs.size());
    QCOMPARE(gotBefore, 20);
    cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QCOMPARE(cursor->position()->number, quint64(20));
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs, m_node->allLogs()); // nothing twice, nothing missing
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM consumed"))->toInt(), 30);
}

// A batch the consumer refuses rolls back its own writes and the cursor's, and is handed over
// again after the backoff.
void TestEventCursor::refusedBatchLeavesNeitherConsumerNorCursorChanged() {
    m_node->mineWithLogs({logOf(1), logOf(2)});
    m_consumer.refuseBatches = 1;
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return cursor->status().state == EventCursorStatus::State::Retrying; }));
    QVERIFY(!cursor->position().has_value());
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM consumed"))->toInt(), 0);
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM chain_cursors"))->toInt(), 0);
    QVERIFY2(cursor->status().lastError.contains(QStringLiteral("the consumer refused")),
             qPrintable(cursor->status().lastError));
    QCOMPARE(cursor->status().blocksBehind, quint64(2));
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs, m_node->allLogs());
}

// A reorg of the newest blocks at the same height: the removed blocks' logs are retracted, the
// new ones delivered.
void TestEventCursor::reorgRetractsRemovedLogsAndDeliversTheNewOnes() {
    for (int i = 0; i < 10; ++i)
        m_node->mineWithLogs({logOf(i)});
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    const QList<ChainLog> before = m_node->allLogs();

    m_node->reorg(3, {{logOf(70)}, {}, {logOf(90), logOf(91)}});
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.retractions.size(), 1);
    const EventCursor::Retraction& retraction = m_consumer.retractions.first();
    QCOMPARE(retraction.fromBlock, quint64(8));
    QCOMPARE(retraction.toBlock, quint64(10));
    QCOMPARE(retraction.ancestor.number, quint64(7));
    QCOMPARE(retraction.logs, before.mid(7)); // blocks 8, 9 and 10
    QCOMPARE(m_consumer.logs, m_node->allLogs());
    QCOMPARE(cursor->status().reorgs, quint64(1));
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM consumed"))->toInt(), 10);
}

// A reorg that also made the chain longer is found from the next range's parent hash, or by the
// poll's check of the processed block: either way once, and to the right ancestor.
void TestEventCursor::reorgIsFoundFromTheNextRangesParent() {
    for (int i = 0; i < 6; ++i)
        m_node->mineWithLogs({logOf(i)});
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    m_node->reorg(2, {{logOf(40)}, {logOf(41)}, {}, {logOf(43)}, {}});
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.retractions.size(), 1);
    QCOMPARE(m_consumer.retractions.first().fromBlock, quint64(5));
    QCOMPARE(m_consumer.retractions.first().logs.size(), 2);
    QCOMPARE(m_consumer.logs, m_node->allLogs());
}

// The logs a reorg retracts are kept in the database, so a restart between the delivery and the
// reorg still hands them back.
void TestEventCursor::reorgSurvivesARestart() {
    for (int i = 0; i < 5; ++i)
        m_node->mineWithLogs({logOf(i)});
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    const QList<ChainLog> removed = m_node->allLogs().mid(3);
    cursor.reset();
    m_node->reorg(2, {{}, {logOf(60)}});
    cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.retractions.size(), 1);
    QCOMPARE(m_consumer.retractions.first().logs, removed);
    QCOMPARE(m_consumer.logs, m_node->allLogs());
}

// A reorg that replaced every block of the window cannot be undone: the cursor says so and stops
// delivering.
void TestEventCursor::reorgDeeperThanTheWindowIsAnError() {
    for (int i = 0; i < 12; ++i)
        m_node->mineWithLogs({logOf(i)});
    EventCursor::Options options = defaults();
    options.windowBlocks = 4;
    auto cursor = makeCursor(options);
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    m_node->reorg(6, {{}, {}, {}, {}, {}, {logOf(99)}});
    QVERIFY(drive([&] { return cursor->status().state == EventCursorStatus::State::Failed; }));
    QVERIFY2(cursor->status().lastError.contains(QStringLiteral("deeper")),
             qPrintable(cursor->status().lastError));
    QCOMPARE(cursor->position()->number, quint64(12)); // not rewound, nothing retracted
    QVERIFY(m_consumer.retractions.isEmpty());
    QCOMPARE(m_consumer.logs.size(), 12);
}

// A node that refuses queries of more than 3 logs: the range is halved until it passes, and
// everything still arrives once.
void TestEventCursor::tooManyResultsHalveTheRange() {
    for (int i = 0; i < 30; ++i)
        m_node->mineWithLogs({logOf(i), logOf(i + 1000)});
    m_node->setMaxLogsPerQuery(3);
    EventCursor::Options options = defaults();
    options.maxBlockRange = 16;
    auto cursor = makeCursor(options);
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs, m_node->allLogs());
    QVERIFY(cursor->reader().rangeHalvings() > 0);
    QVERIFY(cursor->status().lastError.isEmpty());
}

// While the node is down the cursor retries with growing waits on the clock, shows the error and
// how far behind it is, and delivers everything once the node is back.
void TestEventCursor::outageIsRetriedWithBackoffAndLosesNothing() {
    for (int i = 0; i < 10; ++i)
        m_node->mineWithLogs({logOf(i)});
    m_node->failNext(4, FakeChainNode::Fault::HttpError);
    m_node->failNext(2, FakeChainNode::Fault::DropConnection);
    EventCursor::Options options = defaults();
    options.backoff = RpcBackoff{2, 60};
    auto cursor = makeCursor(options);
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return cursor->status().consecutiveFailures == 3; }));
    QCOMPARE(cursor->status().state, EventCursorStatus::State::Retrying);
    QVERIFY2(cursor->status().lastError.contains(QStringLiteral("503")),
             qPrintable(cursor->status().lastError));
    QVERIFY(cursor->status().nextRetryAt.has_value());
    QVERIFY(*cursor->status().nextRetryAt >= m_clock->now() + 8); // 2, 4, 8 s: the third wait
    QVERIFY(m_consumer.logs.isEmpty());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs, m_node->allLogs());
    QVERIFY(m_clock->now() - kStart >= 2 + 4 + 8 + 16);
    QCOMPARE(cursor->status().consecutiveFailures, 0);
}

// A malformed log answer is refused naming the field; nothing of the range is applied, and the
// range is read again later.
void TestEventCursor::malformedLogsAreRefusedAndNothingIsApplied() {
    m_node->mineWithLogs({logOf(1)});
    m_node->mineWithLogs({logOf(2)});
    QJsonObject bad = m_node->allLogs().first().toJson().toObject();
    bad.insert(QStringLiteral("blockHash"), QStringLiteral("0x1234"));
    m_node->replaceNextLogsResult(QJsonArray{bad});
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return cursor->status().consecutiveFailures == 1; }));
    QVERIFY2(cursor->status().lastError.contains(QStringLiteral("eth_getLogs result[0].blockHash")),
             qPrintable(cursor->status().lastError));
    QVERIFY(!cursor->position().has_value());
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM consumed"))->toInt(), 0);
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs, m_node->allLogs());
}

// A stored cursor is only resumed with the filter it was written for.
void TestEventCursor::storedCursorOfAnotherFilterIsRefused() {
    m_node->mineWithLogs({logOf(1)});
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    cursor.reset();
    EventCursor::Options options = defaults();
    options.addresses = {otherContract()};
    cursor = makeCursor(options);
    SD_VERIFY_ERROR(cursor->start(), ErrorCode::Conflict);
    QCOMPARE(cursor->status().state, EventCursorStatus::State::Stopped);
}

// Two filters on topic 1 (one eth_getLogs each): the logs matching either come in chain order, a
// log matching both once, and the others never.
void TestEventCursor::indexedTopicFiltersDeliverTheirLogsOnceInChainOrder() {
    m_node->mineWithLogs({logOf(1), logOf(3), logOf(2)});
    m_node->mineWithLogs({logOf(4), logOf(2)});
    EventCursor::Options options = defaults();
    options.indexedTopics = {{{topic(2)}}, {{topic(2), topic(3)}}};
    auto cursor = makeCursor(options);
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs.size(), 3);
    QCOMPARE(m_consumer.logs[0].topics.at(1), topic(3));
    QCOMPARE(m_consumer.logs[1].topics.at(1), topic(2));
    QCOMPARE(m_consumer.logs[2].topics.at(1), topic(2));
    QCOMPARE(m_consumer.logs[2].blockNumber, m_consumer.logs[1].blockNumber + 1);
}

// A cursor stored for the wider filter is taken over by a narrower one that names it as former:
// it goes on after its block (nothing delivered again) with only the narrower filter's logs; one
// that does not name it is refused.
void TestEventCursor::storedCursorOfAFormerWiderFilterIsTakenOver() {
    m_node->mineWithLogs({logOf(2), logOf(3)});
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs.size(), 2);
    cursor.reset();

    EventCursor::Options narrower = defaults();
    narrower.indexedTopics = {{{topic(2)}}};
    cursor = makeCursor(narrower);
    SD_VERIFY_ERROR(cursor->start(), ErrorCode::Conflict);
    cursor.reset();

    narrower.formerFilterKeys = {eventFilterKey(defaults().addresses, defaults().topic0s)};
    cursor = makeCursor(narrower);
    SD_VERIFY_OK(cursor->start());
    m_node->mineWithLogs({logOf(3), logOf(2)});
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs.size(), 3);
    QCOMPARE(m_consumer.logs.last().topics.at(1), topic(2));
    QCOMPARE(m_consumer.logs.last().blockNumber, m_node->head());
    cursor.reset();

    // Stored with the narrower key since: it starts without naming the former one.
    narrower.formerFilterKeys.clear();
    cursor = makeCursor(narrower);
    SD_VERIFY_OK(cursor->start());
}

// Once caught up, a poll that finds new blocks reads the head, the blocks' headers and their logs
// in one HTTP request (it used to take three: the head, the headers, the logs).
void TestEventCursor::caughtUpPollIsOneRequest() {
    m_node->mine(5);
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    for (int round = 0; round < 3; ++round) {
        m_node->mineWithLogs({logOf(10 + round)});
        const quint64 requests = m_rpc->httpRequestsSent();
        const quint64 logCalls = m_rpc->callsSent(QStringLiteral("eth_getLogs"));
        QVERIFY(drive([&] { return caughtUp(*cursor); }));
        QCOMPARE(m_rpc->httpRequestsSent() - requests, quint64(1));
        QCOMPARE(m_rpc->callsSent(QStringLiteral("eth_getLogs")) - logCalls, quint64(1));
        QCOMPARE(m_consumer.logs, m_node->allLogs());
    }
    // A poll that finds nothing new is one request too.
    const quint64 requests = m_rpc->httpRequestsSent();
    const Timestamp polledAt = m_clock->now();
    QVERIFY(drive([&] { return m_clock->now() >= polledAt + 4; }));
    QCOMPARE(m_rpc->httpRequestsSent() - requests, quint64(1));
    QCOMPARE(m_consumer.logs, m_node->allLogs());
}

// More new blocks than the read ahead asked headers for: the blocks it covered are committed and
// one more poll reads the rest, all logs delivered once.
void TestEventCursor::moreBlocksThanReadAheadCostOneMoreRequest() {
    m_node->mine(3);
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    m_node->mine(); // the last poll found one block: the next asks for two
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    for (int i = 0; i < 5; ++i)
        m_node->mineWithLogs({logOf(20 + i)});
    const quint64 requests = m_rpc->httpRequestsSent();
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_rpc->httpRequestsSent() - requests, quint64(2));
    QCOMPARE(m_consumer.logs, m_node->allLogs());
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM consumed"))->toInt(), 5);
}

// A read ahead whose logs cannot be used (here malformed) is dropped: the blocks are read the
// usual way and nothing is lost or applied twice; with read ahead off a poll costs three requests.
void TestEventCursor::unusableReadAheadFallsBackAndLosesNothing() {
    m_node->mine(2);
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    m_node->mineWithLogs({logOf(1)});
    QJsonObject bad = m_node->allLogs().first().toJson().toObject();
    bad.insert(QStringLiteral("blockHash"), QStringLiteral("0x1234"));
    m_node->replaceNextLogsResult(QJsonArray{bad});
    quint64 requests = m_rpc->httpRequestsSent();
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_rpc->httpRequestsSent() - requests, quint64(3));
    QCOMPARE(cursor->status().consecutiveFailures, 0);
    QCOMPARE(m_consumer.logs, m_node->allLogs());
    cursor.reset();

    EventCursor::Options options = defaults();
    options.aheadBlocks = 0;
    cursor = makeCursor(options);
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    m_node->mineWithLogs({logOf(2)});
    requests = m_rpc->httpRequestsSent();
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_rpc->httpRequestsSent() - requests, quint64(3));
    QCOMPARE(m_consumer.logs, m_node->allLogs());
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM consumed"))->toInt(), 2);
}

// A reorg found by a caught-up poll that reads ahead is undone as before: the removed logs are
// retracted and the new chain's delivered.
void TestEventCursor::reorgSeenByAReadAheadIsUndone() {
    m_node->mine(3);
    auto cursor = makeCursor(defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    m_node->mineWithLogs({logOf(1)});
    m_node->mineWithLogs({logOf(2)});
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(m_consumer.logs.size(), 2);
    m_node->reorg(1, {{logOf(3)}, {logOf(4)}});
    QVERIFY(drive([&] { return caughtUp(*cursor); }));
    QCOMPARE(cursor->status().reorgs, quint64(1));
    QCOMPARE(m_consumer.retractions.size(), 1);
    QCOMPARE(m_consumer.retractions.first().logs.size(), 1);
    QCOMPARE(m_consumer.logs, m_node->allLogs());
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM consumed"))->toInt(), 3);
}

QTEST_GUILESS_MAIN(TestEventCursor)
#include "tst_eventcursor.moc"
