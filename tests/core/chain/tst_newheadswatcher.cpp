#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/NewHeadsWatcher.h"
#include "core/clock/VirtualClock.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/FaultProxy.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr Timestamp kStart = 1'800'000'000;
constexpr int kWaitMs = 10'000;
constexpr quint64 kFirstHead = 0x101; // the fixture mines 0x101 blocks

bool heard(const QSignalSpy& spy, quint64 number) {
    for (const auto& arguments : spy)
        if (arguments.at(0).toULongLong() == number)
            return true;
    return false;
}

} // namespace

class TestNewHeadsWatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void webSocketUrlFollowsTheHttpUrl();
    void pollsWithoutAWebSocket();
    void subscriptionWakesWithoutPolling();
    void reconnectsAfterTheConnectionDrops();
    void refusedWebSocketFallsBackToPollingAndKeepsTrying();
    void quietSubscriptionIsReplaced();
    void stopEndsEverything();

private:
    NewHeadsWatcher::Options options() const;

    AnvilFixture m_chain;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<FaultProxy> m_proxy;
};

void TestNewHeadsWatcher::initTestCase() {
    // A bare chain: the block numbers below count from the 0x101 blocks mined at start.
    LocalChain::Options bare;
    bare.deployMarketplace = false;
    QVERIFY2(m_chain.start(bare), qPrintable(m_chain.error()));
}

void TestNewHeadsWatcher::init() {
    QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
    m_clock = std::make_unique<VirtualClock>(kStart);
    m_rpc = std::make_unique<JsonRpcClient>(m_chain.rpcUrl(), *m_clock);
    m_proxy = std::make_unique<FaultProxy>(m_chain.port());
    QVERIFY(m_proxy->listen());
}

void TestNewHeadsWatcher::cleanup() {
    m_proxy.reset();
    m_rpc.reset();
    m_clock.reset();
    QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
}

NewHeadsWatcher::Options TestNewHeadsWatcher::options() const {
    NewHeadsWatcher::Options options;
    options.pollSeconds = 4;
    options.healthPollSeconds = 30;
    options.reconnect = RpcBackoff{1, 60};
    options.randomSeed = 3;
    return options;
}

void TestNewHeadsWatcher::webSocketUrlFollowsTheHttpUrl() {
    QCOMPARE(NewHeadsWatcher::webSocketUrlFor(QUrl(QStringLiteral("http://127.0.0.1:8545"))),
             QUrl(QStringLiteral("ws://127.0.0.1:8545")));
    QCOMPARE(NewHeadsWatcher::webSocketUrlFor(QUrl(QStringLiteral("https://rpc.example/v1"))),
             QUrl(QStringLiteral("wss://rpc.example/v1")));
    QVERIFY(
        NewHeadsWatcher::webSocketUrlFor(QUrl(QStringLiteral("ipc:///tmp/geth.ipc"))).isEmpty());
}

void TestNewHeadsWatcher::pollsWithoutAWebSocket() {
    NewHeadsWatcher watcher(*m_rpc, QUrl(), *m_clock, options());
    QSignalSpy heads(&watcher, &NewHeadsWatcher::newHead);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(heads.size(), 1, kWaitMs); // the head at once
    QCOMPARE(heads.first().at(0).toULongLong(), kFirstHead);
    QVERIFY(!watcher.isSubscribed());

    QVERIFY2(m_chain.mine(2), qPrintable(m_chain.error()));
    m_clock->advanceBy(3);
    QCOMPARE(m_rpc->httpRequestsSent(), quint64(1)); // not polled before pollSeconds
    m_clock->advanceBy(1);
    QTRY_COMPARE_WITH_TIMEOUT(heads.size(), 2, kWaitMs);
    QCOMPARE(heads.last().at(0).toULongLong(), kFirstHead + 2);

    // An unchanged head is polled but not announced.
    m_clock->advanceBy(4);
    QTRY_COMPARE_WITH_TIMEOUT(m_rpc->httpRequestsSent(), quint64(3), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_rpc->requestsInFlight(), 0, kWaitMs);
    QCOMPARE(heads.size(), 2);
    QCOMPARE(watcher.latestBlock().value_or(0), kFirstHead + 2);
}

void TestNewHeadsWatcher::subscriptionWakesWithoutPolling() {
    NewHeadsWatcher watcher(*m_rpc, m_proxy->webSocketUrl(), *m_clock, options());
    QSignalSpy heads(&watcher, &NewHeadsWatcher::newHead);
    QSignalSpy subscribed(&watcher, &NewHeadsWatcher::subscribedChanged);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isSubscribed(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(heard(heads, kFirstHead), kWaitMs);
    QCOMPARE(subscribed.size(), 1);
    QCOMPARE(m_proxy->webSocketsOpened(), 1);

    QVERIFY2(m_chain.mine(1), qPrintable(m_chain.error()));
    QTRY_VERIFY_WITH_TIMEOUT(heard(heads, kFirstHead + 1), kWaitMs); // time has not moved: pushed
    QVERIFY2(m_chain.mine(1), qPrintable(m_chain.error()));
    QTRY_VERIFY_WITH_TIMEOUT(heard(heads, kFirstHead + 2), kWaitMs);
    QCOMPARE(m_clock->now(), kStart);
    QCOMPARE(m_rpc->httpRequestsSent(), quint64(1)); // only the first poll
}

void TestNewHeadsWatcher::reconnectsAfterTheConnectionDrops() {
    NewHeadsWatcher watcher(*m_rpc, m_proxy->webSocketUrl(), *m_clock, options());
    QSignalSpy heads(&watcher, &NewHeadsWatcher::newHead);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isSubscribed() && watcher.latestBlock().has_value(), kWaitMs);

    m_proxy->dropAll();
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isSubscribed(), kWaitMs);
    // Blocks that come while it is down are found by polling (one poll at once, then every
    // pollSeconds).
    QVERIFY2(m_chain.mine(1), qPrintable(m_chain.error()));
    m_clock->advanceBy(options().pollSeconds);
    QTRY_VERIFY_WITH_TIMEOUT(heard(heads, kFirstHead + 1), kWaitMs);
    // The reconnect (after 1 s, the first backoff) has happened on the way.
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isSubscribed(), kWaitMs);
    QCOMPARE(watcher.reconnects(), quint64(1));
    QCOMPARE(m_proxy->webSocketsOpened(), 2);

    QVERIFY2(m_chain.mine(1), qPrintable(m_chain.error()));
    QTRY_VERIFY_WITH_TIMEOUT(heard(heads, kFirstHead + 2), kWaitMs);
}

void TestNewHeadsWatcher::refusedWebSocketFallsBackToPollingAndKeepsTrying() {
    m_proxy->setRefusing(true);
    NewHeadsWatcher watcher(*m_rpc, m_proxy->webSocketUrl(), *m_clock, options());
    QSignalSpy heads(&watcher, &NewHeadsWatcher::newHead);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(heard(heads, kFirstHead) && m_proxy->connectionsAccepted() == 1,
                             kWaitMs);

    // Attempts back off: 1 s, then 2-3 s, then 4-6 s after the one before.
    QList<qint64> waits;
    while (waits.size() < 3) {
        QTRY_VERIFY_WITH_TIMEOUT(watcher.nextReconnectAt().has_value(), kWaitMs);
        const Timestamp due = *watcher.nextReconnectAt();
        waits.append(due - m_clock->now());
        const int accepted = m_proxy->connectionsAccepted();
        m_clock->advanceTo(due);
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->connectionsAccepted(), accepted + 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.nextReconnectAt().value_or(due) > due,
                                 kWaitMs); // refused again
    }
    QCOMPARE(waits.at(0), qint64(1));
    QVERIFY2(waits.at(1) >= 2 && waits.at(1) <= 3, qPrintable(QString::number(waits.at(1))));
    QVERIFY2(waits.at(2) >= 4 && waits.at(2) <= 6, qPrintable(QString::number(waits.at(2))));
    QVERIFY(!watcher.isSubscribed());

    // Polling carries on meanwhile.
    QVERIFY2(m_chain.mine(1), qPrintable(m_chain.error()));
    const Timestamp mined = m_clock->now();
    while (!heard(heads, kFirstHead + 1) && m_clock->now() <= mined + options().pollSeconds) {
        QVERIFY(m_clock->runNext());
        (void)QTest::qWaitFor([&] { return heard(heads, kFirstHead + 1); }, 200);
    }
    QVERIFY(heard(heads, kFirstHead + 1));

    m_proxy->setRefusing(false);
    for (int i = 0; i < 20 && !watcher.isSubscribed(); ++i) {
        QVERIFY(m_clock->runNext());
        (void)QTest::qWaitFor([&] { return watcher.isSubscribed(); }, 200);
    }
    QVERIFY(watcher.isSubscribed());
    QVERIFY(watcher.reconnects() >= 4);
}

void TestNewHeadsWatcher::quietSubscriptionIsReplaced() {
    NewHeadsWatcher watcher(*m_rpc, m_proxy->webSocketUrl(), *m_clock, options());
    QSignalSpy heads(&watcher, &NewHeadsWatcher::newHead);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isSubscribed() && watcher.latestBlock().has_value(), kWaitMs);

    m_proxy->freezeAll(); // the connection stays open but nothing comes through any more
    QVERIFY2(m_chain.mine(1), qPrintable(m_chain.error()));
    m_clock->advanceBy(options().healthPollSeconds);
    QTRY_VERIFY_WITH_TIMEOUT(heard(heads, kFirstHead + 1), kWaitMs); // found by the health poll
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isSubscribed(), kWaitMs);      // and the socket replaced
    m_clock->advanceBy(1);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isSubscribed(), kWaitMs);
    QCOMPARE(m_proxy->webSocketsOpened(), 2);
    QVERIFY2(m_chain.mine(1), qPrintable(m_chain.error()));
    QTRY_VERIFY_WITH_TIMEOUT(heard(heads, kFirstHead + 2), kWaitMs);
}

void TestNewHeadsWatcher::stopEndsEverything() {
    NewHeadsWatcher watcher(*m_rpc, m_proxy->webSocketUrl(), *m_clock, options());
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isSubscribed(), kWaitMs);
    watcher.stop();
    QVERIFY(!watcher.isSubscribed());
    QVERIFY(!watcher.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->openConnections(), 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_rpc->requestsInFlight(), 0, kWaitMs);
    QCOMPARE(m_clock->pendingTimers(), qsizetype(0));
}

QTEST_GUILESS_MAIN(TestNewHeadsWatcher)
#include "tst_newheadswatcher.moc"
