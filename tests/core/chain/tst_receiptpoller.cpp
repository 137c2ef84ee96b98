#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/ReceiptPoller.h"
#include "core/clock/VirtualClock.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/FakeChainNode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTest>

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr Timestamp kStart = 1'800'000'000;
constexpr int kWaitMs = 10'000;

Hash32 hashOf(int n) {
    return Hash32::fromBytes(QByteArray(QByteArray(30, 0) + char(n >> 8) + char(n & 0xff)));
}

} // namespace

// The shared receipt polls of the transaction manager on a scripted node: one batch for the polls
// of one turn, and its answers handed out a few callbacks per event-loop turn, in order.
class TestReceiptPoller : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void pollsOfOneTurnShareOneBatch();
    void answersAreHandedOutAFewPerTurnInOrder();
    void anAskerGoneBeforeItsTurnIsSkipped();

private:
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<FakeChainNode> m_node;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<ReceiptPoller> m_poller;
};

void TestReceiptPoller::init() {
    m_clock = std::make_unique<VirtualClock>(kStart);
    m_node = std::make_unique<FakeChainNode>();
    QVERIFY(m_node->listen());
    m_node->mine(5);
    // The node knows no transaction: every receipt is null (not mined yet).
    m_node->setHandler(QStringLiteral("eth_getTransactionReceipt"), [](const QJsonArray&) {
        return QJsonObject{{QStringLiteral("result"), QJsonValue()}};
    });
    m_rpc = std::make_unique<JsonRpcClient>(m_node->url(), *m_clock);
    m_poller = std::make_unique<ReceiptPoller>(*m_rpc, *m_clock, 1);
}

void TestReceiptPoller::cleanup() {
    m_poller.reset();
    m_rpc.reset();
    m_node.reset();
    m_clock.reset();
}

void TestReceiptPoller::pollsOfOneTurnShareOneBatch() {
    int answered = 0;
    for (int i = 0; i < 12; ++i)
        // Two askers for each hash: asked once each.
        m_poller->pollNow({hashOf(i / 2)}, this,
                          [&](const Result<TransactionRpc::ReceiptPoll>& poll) {
                              QVERIFY(poll.ok());
                              QCOMPARE(poll->head, quint64(5));
                              QVERIFY(!poll->receipt);
                              ++answered;
                          });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 12, kWaitMs);
    QCOMPARE(m_poller->batchesSent(), quint64(1));
    QCOMPARE(m_node->httpRequests(), 1);
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_getTransactionReceipt")), 6);
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_blockNumber")), 1);
}

void TestReceiptPoller::answersAreHandedOutAFewPerTurnInOrder() {
    constexpr int kAskers = 3 * ReceiptPoller::kCallbacksPerTurn + 2;
    QList<int> order;
    // What had run when the first callback's queued marker ran: the first turn's callbacks only.
    int ranBeforeTheMarker = -1;
    for (int i = 0; i < kAskers; ++i)
        m_poller->pollNow({hashOf(i)}, this,
                          [&, i](const Result<TransactionRpc::ReceiptPoll>& poll) {
                              QVERIFY(poll.ok());
                              order.append(i);
                              if (i == 0)
                                  QMetaObject::invokeMethod(
                                      this, [&] { ranBeforeTheMarker = int(order.size()); },
                                      Qt::QueuedConnection);
                          });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), kAskers, kWaitMs);
    // At most a turn's budget (fewer if they took kMsPerTurn).
    QVERIFY2(ranBeforeTheMarker >= 1 && ranBeforeTheMarker <= int(ReceiptPoller::kCallbacksPerTurn),
             qPrintable(QString::number(ranBeforeTheMarker)));
    for (int i = 0; i < kAskers; ++i)
        QCOMPARE(order.at(i), i);
    QCOMPARE(m_poller->batchesSent(), quint64(1));
}

void TestReceiptPoller::anAskerGoneBeforeItsTurnIsSkipped() {
    // The last asker's context is destroyed by the first callback: its turn comes later, and its
    // callback must not run.
    constexpr int kAskers = ReceiptPoller::kCallbacksPerTurn + 1;
    auto doomed = std::make_unique<QObject>();
    QList<int> order;
    for (int i = 0; i < kAskers; ++i) {
        const QObject* context = i == kAskers - 1 ? doomed.get() : this;
        m_poller->pollNow({hashOf(i)}, context, [&, i](const Result<TransactionRpc::ReceiptPoll>&) {
            order.append(i);
            if (i == 0)
                doomed.reset();
        });
    }
    // One more asker on a later turn: once it is answered, everything before it was handed out.
    bool later = false;
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), kAskers - 1, kWaitMs);
    m_poller->pollNow({hashOf(99)}, this,
                      [&](const Result<TransactionRpc::ReceiptPoll>&) { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, kWaitMs);
    QCOMPARE(order.size(), kAskers - 1);
    QVERIFY(!order.contains(kAskers - 1));
}

QTEST_MAIN(TestReceiptPoller)
#include "tst_receiptpoller.moc"
