#include "core/chain/events/EventCursor.h"
#include "core/chain/local/LogEmitter.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/clock/VirtualClock.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/FaultProxy.h"

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

Hash32 key(int n) {
    return Hash32::fromBytes(QByteArray(QByteArray(30, 0) + char(n >> 8) + char(n & 0xff)));
}

} // namespace

// The event cursor against anvil: a contract that emits one log per call (LogEmitter), logs over
// many blocks, restarts, anvil_reorg and an outage through FaultProxy. Time is a VirtualClock
// (polling, backoff); the chain and its sockets are real.
class TestEventCursorChain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deliversEveryLogOnceAndResumesAfterARestart();
    void anvilReorgRetractsTheRemovedBlocksLogs();
    void outageDelaysButLosesNothing();
    void newHeadOverWebSocketWakesTheCursor();

private:
    // Sends one emitting transaction per key (automine: one block each), with `gap` empty blocks
    // after each.
    bool emitLogs(const QList<int>& keys, quint64 gap = 0);
    QList<ChainLog> chainLogs(); // every log of the contract, from the node in one query
    std::unique_ptr<EventCursor> makeCursor(JsonRpcClient& rpc, EventCursor::Options options);
    EventCursor::Options defaults() const;
    bool drive(JsonRpcClient& rpc, const std::function<bool()>& done, int maxSteps = 2000);
    bool caughtUp(const EventCursor& cursor);
    void openDatabase();

    AnvilFixture m_chain;
    Address m_contract;
    quint64 m_deployBlock = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VirtualClock> m_clock;
    QList<ChainLog> m_delivered;
    QList<EventCursor::Retraction> m_retractions;
};

void TestEventCursorChain::initTestCase() {
    QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
    auto contract = m_chain.deploy(LogEmitter::initCode());
    QVERIFY(contract.has_value());
    m_contract = *contract;
    m_deployBlock = m_chain.blockNumber().value_or(0);
}

void TestEventCursorChain::openDatabase() {
    auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                             Database::kHostApplicationId);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
    m_db = std::move(*db);
}

void TestEventCursorChain::init() {
    QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
    m_dir = std::make_unique<QTemporaryDir>();
    openDatabase();
    m_clock = std::make_unique<VirtualClock>(kStart);
    m_delivered.clear();
    m_retractions.clear();
}

void TestEventCursorChain::cleanup() {
    m_db.reset();
    m_dir.reset();
    m_clock.reset();
    QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
}

bool TestEventCursorChain::emitLogs(const QList<int>& keys, quint64 gap) {
    for (int k : keys) {
        const auto sent = m_chain.call(
            QStringLiteral("eth_sendTransaction"),
            {LogEmitter::transaction(m_chain.account(0), m_contract, key(k), QByteArray(8, 'p'))});
        if (!sent.ok() || (gap > 0 && !m_chain.mine(gap)))
            return false;
    }
    return true;
}

QList<ChainLog> TestEventCursorChain::chainLogs() {
    const auto answer =
        m_chain.call(QStringLiteral("eth_getLogs"),
                     {QJsonObject{{QStringLiteral("fromBlock"), rpc::toQuantity(m_deployBlock)},
                                  {QStringLiteral("toBlock"), QStringLiteral("latest")},
                                  {QStringLiteral("address"), m_contract.toHex()}}});
    if (!answer.ok())
        return {};
    auto logs = ChainLog::listFromJson(*answer);
    return logs.ok() ? *logs : QList<ChainLog>{};
}

EventCursor::Options TestEventCursorChain::defaults() const {
    EventCursor::Options options;
    options.addresses = {m_contract};
    options.topic0s = {LogEmitter::eventTopic()};
    options.startBlock = m_deployBlock;
    options.maxBlockRange = 16;
    options.windowBlocks = 16;
    options.randomSeed = 3;
    return options;
}

std::unique_ptr<EventCursor> TestEventCursorChain::makeCursor(JsonRpcClient& rpc,
                                                              EventCursor::Options options) {
    return std::make_unique<EventCursor>(
        rpc, *m_db, *m_clock, std::move(options),
        [this](const EventCursor::LogBatch& batch, Database& db) -> Result<void> {
            db.afterCommit([this, batch] { m_delivered.append(batch.logs); });
            return {};
        },
        [this](const EventCursor::Retraction& retraction, Database& db) -> Result<void> {
            db.afterCommit([this, retraction] {
                m_retractions.append(retraction);
                m_delivered.removeIf(
                    [&](const ChainLog& log) { return log.blockNumber >= retraction.fromBlock; });
            });
            return {};
        });
}

bool TestEventCursorChain::drive(JsonRpcClient& rpc, const std::function<bool()>& done,
                                 int maxSteps) {
    for (int step = 0; step < maxSteps; ++step) {
        for (int quiet = 0; quiet < 3;) {
            QCoreApplication::processEvents();
            if (rpc.requestsInFlight() > 0) {
                quiet = 0;
                if (!QTest::qWaitFor([&] { return rpc.requestsInFlight() == 0; }, 30'000))
                    return false;
            } else {
                ++quiet;
            }
        }
        if (done())
            return true;
        if (!m_clock->runNext())
            return done();
    }
    return done();
}

bool TestEventCursorChain::caughtUp(const EventCursor& cursor) {
    const auto head = m_chain.blockNumber();
    return cursor.status().state == EventCursorStatus::State::UpToDate && cursor.position() &&
           head && cursor.position()->number == *head;
}

// 40 logs over ~120 blocks arrive once each in chain order; a new cursor on the same database
// then delivers only the logs of the blocks mined after it stopped.
void TestEventCursorChain::deliversEveryLogOnceAndResumesAfterARestart() {
    QList<int> keys;
    for (int i = 0; i < 40; ++i)
        keys.append(i);
    QVERIFY(emitLogs(keys, 2));
    JsonRpcClient rpc(m_chain.rpcUrl(), *m_clock);
    auto cursor = makeCursor(rpc, defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive(rpc, [&] { return caughtUp(*cursor); }));
    QCOMPARE(m_delivered.size(), 40);
    QCOMPARE(m_delivered, chainLogs());
    QCOMPARE(m_delivered.at(7).topics.at(1), key(7));

    cursor.reset();
    m_db.reset();
    QVERIFY(emitLogs({100, 101, 102}, 1));
    openDatabase();
    cursor = makeCursor(rpc, defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive(rpc, [&] { return caughtUp(*cursor); }));
    QCOMPARE(m_delivered.size(), 43);
    QCOMPARE(m_delivered, chainLogs());
}

// anvil_reorg replaces the newest blocks: the logs of the removed blocks are retracted and the
// new blocks' logs delivered, so the consumer ends with exactly the chain's logs.
void TestEventCursorChain::anvilReorgRetractsTheRemovedBlocksLogs() {
    QVERIFY(emitLogs({1, 2, 3, 4, 5, 6}));
    JsonRpcClient rpc(m_chain.rpcUrl(), *m_clock);
    auto cursor = makeCursor(rpc, defaults());
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive(rpc, [&] { return caughtUp(*cursor); }));
    QCOMPARE(m_delivered.size(), 6);
    const quint64 head = *m_chain.blockNumber();

    const QJsonObject replacement =
        LogEmitter::transaction(m_chain.account(0), m_contract, key(77), QByteArray(8, 'r'));
    const auto reorg =
        m_chain.call(QStringLiteral("anvil_reorg"), {3, QJsonArray{QJsonArray{replacement, 1}}});
    QVERIFY2(reorg.ok(), qPrintable(rpcFailure(reorg)));
    QCOMPARE(*m_chain.blockNumber(), head); // same height, new blocks

    QVERIFY(drive(rpc, [&] { return caughtUp(*cursor) && !m_retractions.isEmpty(); }));
    QCOMPARE(m_retractions.size(), 1);
    QCOMPARE(m_retractions.first().fromBlock, head - 2);
    QCOMPARE(m_retractions.first().logs.size(), 3); // keys 4, 5 and 6
    QCOMPARE(m_retractions.first().logs.first().topics.at(1), key(4));
    QCOMPARE(m_delivered, chainLogs());
    QCOMPARE(m_delivered.size(), 4);
    QCOMPARE(m_delivered.last().topics.at(1), key(77));
    QCOMPARE(
        cursor->position()->hash,
        Hash32::fromHex(
            m_chain.call(QStringLiteral("eth_getBlockByNumber"), {rpc::toQuantity(head), false})
                ->toObject()
                .value(QStringLiteral("hash"))
                .toString())
            .value());
}

// Requests dropped and refused by the proxy: the cursor shows the failure and how far behind it
// is, waits on the clock, and once the node is reachable again delivers everything once.
void TestEventCursorChain::outageDelaysButLosesNothing() {
    QList<int> keys;
    for (int i = 0; i < 12; ++i)
        keys.append(i);
    QVERIFY(emitLogs(keys, 1));
    FaultProxy proxy(m_chain.port());
    QVERIFY(proxy.listen());
    JsonRpcClient::Options rpcOptions;
    rpcOptions.maxAttempts = 1;
    JsonRpcClient rpc(proxy.url(), *m_clock, rpcOptions);
    auto cursor = makeCursor(rpc, defaults());
    proxy.setRefusing(true);
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive(rpc, [&] { return cursor->status().consecutiveFailures >= 2; }));
    QCOMPARE(cursor->status().state, EventCursorStatus::State::Retrying);
    QVERIFY(!cursor->status().lastError.isEmpty());
    QVERIFY(m_delivered.isEmpty());

    proxy.setRefusing(false);
    for (int i = 0; i < 3; ++i)
        proxy.enqueue(FaultProxy::drop());
    QVERIFY(drive(rpc, [&] { return caughtUp(*cursor); }));
    QCOMPARE(m_delivered, chainLogs());
    QCOMPARE(m_delivered.size(), 12);
    QVERIFY(cursor->status().lastError.isEmpty());
    QVERIFY(m_clock->now() > kStart);
}

// With a WebSocket URL, a new block wakes the cursor without waiting for its (long) poll.
void TestEventCursorChain::newHeadOverWebSocketWakesTheCursor() {
    JsonRpcClient rpc(m_chain.rpcUrl(), *m_clock);
    EventCursor::Options options = defaults();
    options.pollSeconds = 3600;
    options.webSocketUrl = m_chain.webSocketUrl();
    auto cursor = makeCursor(rpc, options);
    SD_VERIFY_OK(cursor->start());
    QVERIFY(drive(rpc, [&] { return caughtUp(*cursor); }));
    const Timestamp before = m_clock->now();
    QVERIFY(emitLogs({9}));
    // No clock advance: only the subscription's new head can make this happen.
    QTRY_COMPARE_WITH_TIMEOUT(m_delivered.size(), 1, AnvilFixture::kWaitMs);
    QCOMPARE(m_clock->now(), before);
    QCOMPARE(m_delivered, chainLogs());
}

QTEST_GUILESS_MAIN(TestEventCursorChain)
#include "tst_eventcursorchain.moc"
