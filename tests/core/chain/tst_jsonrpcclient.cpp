#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/clock/VirtualClock.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/FaultProxy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr Timestamp kStart = 1'800'000'000;
constexpr int kWaitMs = 10'000;

// One call's answer and when (on the virtual clock) it came.
struct Answer {
    std::optional<RpcResult<QJsonValue>> result;
    Timestamp at = 0;
    int count = 0;
};

RpcCallback recordInto(Answer& answer, const VirtualClock& clock) {
    return [&answer, &clock](const RpcResult<QJsonValue>& result) {
        answer.result = result;
        answer.at = clock.now();
        ++answer.count;
    };
}

QByteArray rpcError(int id, int code, const char* message) {
    return QStringLiteral(R"({"jsonrpc":"2.0","id":%1,"error":{"code":%2,"message":"%3"}})")
        .arg(id)
        .arg(code)
        .arg(QLatin1String(message))
        .toUtf8();
}

} // namespace

class TestJsonRpcClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void answersLaterOnTheEventLoop();
    void batchAnswersEachCallInOrder();
    void callsOfOneTurnShareOneRequest();
    void coalescingCanBeTurnedOff();
    void requestsHoldAtMostMaxBatchSizeCalls();
    void emptyBatchIsAnsweredEmpty();
    void serverErrorsAreRetriedWithBackoffOnTheClock();
    void tooManyRequestsIsRetriedThenGivenUp();
    void droppedConnectionIsRetried();
    void refusedConnectionIsATransportError();
    void truncatedAnswerIsRetried();
    void errorStatusWithAJsonRpcBodyIsAnAnswer();
    void clientErrorStatusIsNotRetried();
    void stalledRequestTimesOutOnTheClock();
    void perCallTimeoutOverridesTheDefault();
    void malformedAnswerIsRefusedNotRetried();
    void oversizedAnswerIsRefused_data();
    void oversizedAnswerIsRefused();
    void answerCutWithoutLengthIsMalformed();
    void wholeBatchRefusalReachesEveryCall();
    void quantitiesAreParsedStrictly();
    void callbackIsDroppedWhenItsContextDies();
    void destroyingTheClientDropsItsCallbacks();
    void answersOfOneReplyRunWithinTheTurnBudget();
    void aCallbackThatDestroysTheClientEndsTheDelivery();

private:
    std::unique_ptr<FaultProxy> makeProxy();

    AnvilFixture m_chain;
    std::unique_ptr<VirtualClock> m_clock;
};

void TestJsonRpcClient::initTestCase() {
    // A bare chain: the block numbers below count from the 0x101 blocks mined at start.
    LocalChain::Options bare;
    bare.deployMarketplace = false;
    QVERIFY2(m_chain.start(bare), qPrintable(m_chain.error()));
}

void TestJsonRpcClient::init() {
    QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
    m_clock = std::make_unique<VirtualClock>(kStart);
}

void TestJsonRpcClient::cleanup() {
    m_clock.reset();
    QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
}

std::unique_ptr<FaultProxy> TestJsonRpcClient::makeProxy() {
    auto proxy = std::make_unique<FaultProxy>(m_chain.port());
    if (!proxy->listen())
        return nullptr;
    return proxy;
}

void TestJsonRpcClient::answersLaterOnTheEventLoop() {
    JsonRpcClient client(m_chain.rpcUrl(), *m_clock);
    Answer answer;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(answer, *m_clock));
    QCOMPARE(answer.count, 0); // never inside the call
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), kWaitMs);
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().toString(), QStringLiteral("0x7a69"));
    QCOMPARE(answer.count, 1);
    QCOMPARE(client.httpRequestsSent(), quint64(1));
    QCOMPARE(client.requestsInFlight(), 0);
}

void TestJsonRpcClient::batchAnswersEachCallInOrder() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    JsonRpcClient client(proxy->url(), *m_clock);
    std::optional<QList<RpcResult<QJsonValue>>> results;
    client.batch({RpcCall{QStringLiteral("eth_chainId"), {}, {}},
                  RpcCall{QStringLiteral("no_such_method"), {}, {}},
                  RpcCall{QStringLiteral("eth_getBalance"),
                          {m_chain.account(1).toHex(), QStringLiteral("latest")},
                          {}}},
                 nullptr, [&](const QList<RpcResult<QJsonValue>>& r) { results = r; });
    QTRY_VERIFY_WITH_TIMEOUT(results.has_value(), kWaitMs);
    QCOMPARE(results->size(), 3);
    QCOMPARE(results->at(0).value().toString(), QStringLiteral("0x7a69"));
    QVERIFY(!results->at(1).ok());
    QCOMPARE(results->at(1).error().kind, RpcError::Kind::JsonRpc);
    QCOMPARE(results->at(1).error().code, qint64(-32601));
    QCOMPARE(results->at(1).error().method, QStringLiteral("no_such_method"));
    const auto balance = rpc::parseJsonQuantity(results->at(2).value());
    SD_VERIFY_OK(balance);
    QVERIFY(*balance > UInt256(0));
    QCOMPARE(proxy->requestsSeen(), 1);
    QCOMPARE(QJsonDocument::fromJson(proxy->requestBodies().first()).array().size(), 3);
}

void TestJsonRpcClient::callsOfOneTurnShareOneRequest() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    JsonRpcClient client(proxy->url(), *m_clock);
    Answer answers[5];
    for (Answer& answer : answers)
        client.call(QStringLiteral("eth_blockNumber"), {}, nullptr, recordInto(answer, *m_clock));
    std::optional<QList<RpcResult<QJsonValue>>> batch;
    client.batch({RpcCall{QStringLiteral("eth_chainId"), {}, {}}}, nullptr,
                 [&](const QList<RpcResult<QJsonValue>>& r) { batch = r; });
    QTRY_VERIFY_WITH_TIMEOUT(batch.has_value() && answers[4].result.has_value(), kWaitMs);
    for (const Answer& answer : answers) {
        QVERIFY(answer.result->ok());
        QCOMPARE(answer.result->value().toString(), QStringLiteral("0x101"));
    }
    QCOMPARE(batch->first().value().toString(), QStringLiteral("0x7a69"));
    QCOMPARE(proxy->requestsSeen(), 1);
    QCOMPARE(QJsonDocument::fromJson(proxy->requestBodies().first()).array().size(), 6);
    QCOMPARE(client.callsSent(), quint64(6));
    QCOMPARE(client.callsSent(QStringLiteral("eth_blockNumber")), quint64(5));
    QCOMPARE(client.callsSent(QStringLiteral("eth_chainId")), quint64(1));
    QCOMPARE(client.callsSent(QStringLiteral("eth_getLogs")), quint64(0));

    // Calls of a later turn go in a request of their own.
    Answer later;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(later, *m_clock));
    QTRY_VERIFY_WITH_TIMEOUT(later.result.has_value(), kWaitMs);
    QCOMPARE(proxy->requestsSeen(), 2);
    QVERIFY(
        QJsonDocument::fromJson(proxy->requestBodies().last()).isObject()); // one call: no array
}

void TestJsonRpcClient::coalescingCanBeTurnedOff() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    JsonRpcClient::Options options;
    options.coalesce = false;
    JsonRpcClient client(proxy->url(), *m_clock, options);
    Answer answers[4];
    for (Answer& answer : answers)
        client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(answer, *m_clock));
    std::optional<QList<RpcResult<QJsonValue>>> batch;
    client.batch({RpcCall{QStringLiteral("eth_chainId"), {}, {}},
                  RpcCall{QStringLiteral("eth_chainId"), {}, {}}},
                 nullptr, [&](const QList<RpcResult<QJsonValue>>& r) { batch = r; });
    QTRY_VERIFY_WITH_TIMEOUT(batch.has_value() && answers[3].result.has_value(), kWaitMs);
    QCOMPARE(proxy->requestsSeen(), 5); // four single calls, and the batch still in one request
    QCOMPARE(client.httpRequestsSent(), quint64(5));
}

void TestJsonRpcClient::requestsHoldAtMostMaxBatchSizeCalls() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    JsonRpcClient::Options options;
    options.maxBatchSize = 2;
    JsonRpcClient client(proxy->url(), *m_clock, options);
    QList<RpcCall> calls;
    for (int i = 0; i < 5; ++i)
        calls.append(RpcCall{QStringLiteral("eth_chainId"), {}, {}});
    std::optional<QList<RpcResult<QJsonValue>>> results;
    client.batch(calls, nullptr, [&](const QList<RpcResult<QJsonValue>>& r) { results = r; });
    QTRY_VERIFY_WITH_TIMEOUT(results.has_value(), kWaitMs);
    QCOMPARE(results->size(), 5);
    for (const auto& result : *results)
        QVERIFY(result.ok());
    QCOMPARE(proxy->requestsSeen(), 3); // 2 + 2 + 1
}

void TestJsonRpcClient::emptyBatchIsAnsweredEmpty() {
    JsonRpcClient client(m_chain.rpcUrl(), *m_clock);
    std::optional<QList<RpcResult<QJsonValue>>> results;
    client.batch({}, nullptr, [&](const QList<RpcResult<QJsonValue>>& r) { results = r; });
    QVERIFY(!results.has_value());
    QTRY_VERIFY_WITH_TIMEOUT(results.has_value(), kWaitMs);
    QVERIFY(results->isEmpty());
    QCOMPARE(client.httpRequestsSent(), quint64(0));
}

void TestJsonRpcClient::serverErrorsAreRetriedWithBackoffOnTheClock() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    proxy->enqueue(FaultProxy::reply(503, "busy"));
    proxy->enqueue(FaultProxy::reply(502, "bad gateway"));
    JsonRpcClient::Options options;
    options.randomSeed = 1;
    JsonRpcClient client(proxy->url(), *m_clock, options);
    QSignalSpy retries(&client, &JsonRpcClient::retryScheduled);
    Answer answer;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(answer, *m_clock));

    QTRY_COMPARE_WITH_TIMEOUT(retries.size(), 1, kWaitMs);
    QCOMPARE(retries.at(0).at(0).toInt(), 1);
    const qint64 first = retries.at(0).at(1).toLongLong();
    QCOMPARE(first, qint64(1)); // 1 s: no jitter to add in whole seconds
    QCOMPARE(retries.at(0).at(2).value<RpcError>().httpStatus, 503);
    QVERIFY(!answer.result.has_value());
    m_clock->advanceBy(first - 1);
    QCOMPARE(proxy->requestsSeen(), 1); // not before its time
    m_clock->advanceBy(1);
    QTRY_COMPARE_WITH_TIMEOUT(retries.size(), 2, kWaitMs);
    const qint64 second = retries.at(1).at(1).toLongLong();
    QVERIFY2(second >= 2 && second <= 3, qPrintable(QString::number(second)));
    m_clock->advanceBy(second);
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), kWaitMs);
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.at, kStart + first + second);
    QCOMPARE(proxy->requestsSeen(), 3);
    QCOMPARE(client.retriesScheduled(), quint64(2));
}

void TestJsonRpcClient::tooManyRequestsIsRetriedThenGivenUp() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    for (int i = 0; i < 3; ++i)
        proxy->enqueue(FaultProxy::reply(429, "slow down"));
    JsonRpcClient::Options options;
    options.maxAttempts = 3;
    JsonRpcClient client(proxy->url(), *m_clock, options);
    QSignalSpy retries(&client, &JsonRpcClient::retryScheduled);
    Answer answer;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(answer, *m_clock));
    for (int retry = 1; retry <= 2; ++retry) {
        QTRY_COMPARE_WITH_TIMEOUT(retries.size(), retry, kWaitMs);
        m_clock->advanceBy(retries.last().at(1).toLongLong());
    }
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), kWaitMs);
    QVERIFY(!answer.result->ok());
    const RpcError& error = answer.result->error();
    QCOMPARE(error.kind, RpcError::Kind::HttpStatus);
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.attempts, 3);
    QCOMPARE(error.method, QStringLiteral("eth_chainId"));
    QVERIFY2(error.describe().contains(QLatin1String("HTTP 429")), qPrintable(error.describe()));
    QVERIFY2(error.describe().contains(QLatin1String("slow down")), qPrintable(error.describe()));
    QCOMPARE(proxy->requestsSeen(), 3);
    QCOMPARE(retries.size(), 2);
}

void TestJsonRpcClient::droppedConnectionIsRetried() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    // Qt itself may send a request once more when the connection closes under it; three drops
    // leave at least one failure to us.
    constexpr int kDrops = 3;
    for (int i = 0; i < kDrops; ++i)
        proxy->enqueue(FaultProxy::drop());
    JsonRpcClient::Options options;
    options.maxAttempts = kDrops + 1;
    JsonRpcClient client(proxy->url(), *m_clock, options);
    QSignalSpy retries(&client, &JsonRpcClient::retryScheduled);
    Answer answer;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(answer, *m_clock));
    while (!answer.result.has_value()) {
        const qsizetype seen = retries.size();
        QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value() || retries.size() > seen, kWaitMs);
        if (retries.size() > seen) {
            QCOMPARE(retries.last().at(2).value<RpcError>().kind, RpcError::Kind::Transport);
            m_clock->advanceBy(retries.last().at(1).toLongLong());
        }
    }
    QVERIFY2(answer.result->ok(), qPrintable(rpcFailure(*answer.result)));
    QCOMPARE(answer.result->value().toString(), QStringLiteral("0x7a69"));
    QCOMPARE(proxy->queuedFaults(), qsizetype(0));
    QVERIFY(retries.size() >= 1);
}

void TestJsonRpcClient::refusedConnectionIsATransportError() {
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: nothing listens there now
    JsonRpcClient::Options options;
    options.maxAttempts = 2;
    JsonRpcClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), *m_clock, options);
    QSignalSpy retries(&client, &JsonRpcClient::retryScheduled);
    Answer answer;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(answer, *m_clock));
    QTRY_COMPARE_WITH_TIMEOUT(retries.size(), 1, kWaitMs);
    m_clock->advanceBy(retries.first().at(1).toLongLong());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), kWaitMs);
    const RpcError& error = answer.result->error();
    QCOMPARE(error.kind, RpcError::Kind::Transport);
    QCOMPARE(error.networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(error.attempts, 2);
    QVERIFY2(error.describe().contains(QLatin1String("ConnectionRefusedError")),
             qPrintable(error.describe()));
    QVERIFY(error.describe().contains(QString::number(port)));
}

void TestJsonRpcClient::truncatedAnswerIsRetried() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    // Qt itself sometimes sends a request again when its answer is cut short (at most twice);
    // more cuts than that make the reply fail (RemoteHostClosedError), and then we retry after
    // the backoff, as often as it takes here.
    constexpr int kCuts = 4;
    proxy->enqueue(FaultProxy::cut(40));
    for (int i = 1; i < kCuts; ++i)
        proxy->enqueue(FaultProxy::cutBody(10));
    JsonRpcClient::Options options;
    options.maxAttempts = kCuts + 1;
    JsonRpcClient client(proxy->url(), *m_clock, options);
    QSignalSpy retries(&client, &JsonRpcClient::retryScheduled);
    Answer answer;
    client.call(QStringLiteral("eth_blockNumber"), {}, nullptr, recordInto(answer, *m_clock));
    while (!answer.result.has_value()) {
        const qsizetype seen = retries.size();
        QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value() || retries.size() > seen, kWaitMs);
        if (retries.size() > seen) {
            QCOMPARE(retries.last().at(2).value<RpcError>().kind, RpcError::Kind::Transport);
            QVERIFY(!answer.result.has_value());
            m_clock->advanceBy(retries.last().at(1).toLongLong());
        }
    }
    QVERIFY2(answer.result->ok(), qPrintable(rpcFailure(*answer.result)));
    QCOMPARE(answer.result->value().toString(), QStringLiteral("0x101"));
    QCOMPARE(proxy->queuedFaults(), qsizetype(0));
    QCOMPARE(proxy->requestsSeen(), kCuts + 1);
    QVERIFY(retries.size() >= 1);
    QCOMPARE(client.httpRequestsSent(), quint64(1 + retries.size()));
}

void TestJsonRpcClient::errorStatusWithAJsonRpcBodyIsAnAnswer() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    JsonRpcClient client(proxy->url(), *m_clock);
    // The client's first call gets id 1.
    proxy->enqueue(FaultProxy::reply(500, rpcError(1, -32000, "header not found")));
    Answer answer;
    client.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("0x99999"), false}, nullptr,
                recordInto(answer, *m_clock));
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), kWaitMs);
    QCOMPARE(answer.result->error().kind, RpcError::Kind::JsonRpc);
    QCOMPARE(answer.result->error().code, qint64(-32000));
    QCOMPARE(answer.result->error().message, QStringLiteral("header not found"));
    QCOMPARE(client.retriesScheduled(), quint64(0));
}

void TestJsonRpcClient::clientErrorStatusIsNotRetried() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    proxy->enqueue(FaultProxy::reply(404, "<html>no such path</html>"));
    JsonRpcClient client(proxy->url(), *m_clock);
    Answer answer;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(answer, *m_clock));
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), kWaitMs);
    QCOMPARE(answer.result->error().kind, RpcError::Kind::HttpStatus);
    QCOMPARE(answer.result->error().httpStatus, 404);
    QVERIFY(!answer.result->error().isRetryable());
    QCOMPARE(answer.result->error().attempts, 1);
    QCOMPARE(proxy->requestsSeen(), 1);
}

void TestJsonRpcClient::stalledRequestTimesOutOnTheClock() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    proxy->enqueue(FaultProxy::stall());
    JsonRpcClient::Options options;
    options.timeoutSeconds = 5;
    JsonRpcClient client(proxy->url(), *m_clock, options);
    Answer answer;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(answer, *m_clock));
    QTRY_COMPARE_WITH_TIMEOUT(proxy->requestsSeen(), 1, kWaitMs);
    m_clock->advanceBy(4);
    QVERIFY(!answer.result.has_value()); // timers due by now have run
    QCOMPARE(client.requestsInFlight(), 1);
    m_clock->advanceBy(1);
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), kWaitMs);
    QCOMPARE(answer.result->error().kind, RpcError::Kind::Timeout);
    QCOMPARE(answer.at, kStart + 5);
    QVERIFY2(answer.result->error().describe().contains(QLatin1String("5 s")),
             qPrintable(answer.result->error().describe()));
    QCOMPARE(client.retriesScheduled(), quint64(0)); // a timeout is not retried
    QCOMPARE(client.requestsInFlight(), 0);
}

void TestJsonRpcClient::perCallTimeoutOverridesTheDefault() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    proxy->enqueue(FaultProxy::stall());
    JsonRpcClient::Options options;
    options.timeoutSeconds = 30;
    JsonRpcClient client(proxy->url(), *m_clock, options);
    Answer answer;
    client.call(RpcCall{QStringLiteral("eth_getLogs"), {QJsonObject{}}, 2}, nullptr,
                recordInto(answer, *m_clock));
    QTRY_COMPARE_WITH_TIMEOUT(proxy->requestsSeen(), 1, kWaitMs);
    m_clock->advanceBy(2);
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), kWaitMs);
    QCOMPARE(answer.result->error().kind, RpcError::Kind::Timeout);
    QCOMPARE(answer.at, kStart + 2);
}

void TestJsonRpcClient::malformedAnswerIsRefusedNotRetried() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    proxy->enqueue(FaultProxy::reply(200, "<html>captive portal</html>"));
    proxy->enqueue(FaultProxy::reply(200, R"({"jsonrpc":"2.0","id":2})"));
    JsonRpcClient client(proxy->url(), *m_clock);
    Answer notJson;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(notJson, *m_clock));
    QTRY_VERIFY_WITH_TIMEOUT(notJson.result.has_value(), kWaitMs);
    QCOMPARE(notJson.result->error().kind, RpcError::Kind::Malformed);
    QVERIFY2(notJson.result->error().describe().contains(QLatin1String("not JSON")),
             qPrintable(notJson.result->error().describe()));
    Answer neither;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(neither, *m_clock));
    QTRY_VERIFY_WITH_TIMEOUT(neither.result.has_value(), kWaitMs);
    QCOMPARE(neither.result->error().kind, RpcError::Kind::Malformed);
    QVERIFY(
        neither.result->error().message.contains(QLatin1String("neither a result nor an error")));
    QCOMPARE(proxy->requestsSeen(), 2);
    QCOMPARE(client.retriesScheduled(), quint64(0));
}

void TestJsonRpcClient::oversizedAnswerIsRefused_data() {
    QTest::addColumn<bool>("withLength");
    QTest::newRow("announced") << true;
    QTest::newRow("counted") << false;
}

void TestJsonRpcClient::oversizedAnswerIsRefused() {
    QFETCH(bool, withLength);
    auto proxy = makeProxy();
    QVERIFY(proxy);
    const QByteArray huge =
        R"({"jsonrpc":"2.0","id":1,"result":")" + QByteArray(200'000, 'a') + R"("})";
    proxy->enqueue(FaultProxy::reply(200, huge, withLength));
    JsonRpcClient::Options options;
    options.maxReplyBytes = 10'000;
    JsonRpcClient client(proxy->url(), *m_clock, options);
    Answer answer;
    client.call(QStringLiteral("eth_getLogs"), {}, nullptr, recordInto(answer, *m_clock));
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), kWaitMs);
    QCOMPARE(answer.result->error().kind, RpcError::Kind::Malformed);
    const QString text = answer.result->error().describe();
    QVERIFY2(text.contains(QLatin1String("limit of 10000 bytes")), qPrintable(text));
    if (withLength)
        QVERIFY2(text.contains(QString::number(huge.size())), qPrintable(text));

    // A real answer from the node over the limit: a block header is far more than 100 bytes.
    JsonRpcClient::Options tiny;
    tiny.maxReplyBytes = 100;
    JsonRpcClient strict(m_chain.rpcUrl(), *m_clock, tiny);
    Answer block;
    strict.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false}, nullptr,
                recordInto(block, *m_clock));
    QTRY_VERIFY_WITH_TIMEOUT(block.result.has_value(), kWaitMs);
    QCOMPARE(block.result->error().kind, RpcError::Kind::Malformed);
}

void TestJsonRpcClient::answerCutWithoutLengthIsMalformed() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    proxy->enqueue(FaultProxy::reply(200, R"({"jsonrpc":"2.0","id":1,"result":"0x7)", false));
    JsonRpcClient client(proxy->url(), *m_clock);
    Answer answer;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(answer, *m_clock));
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), kWaitMs);
    QCOMPARE(answer.result->error().kind, RpcError::Kind::Malformed);
    QVERIFY2(answer.result->error().message.contains(QLatin1String("not JSON")),
             qPrintable(answer.result->error().message));
}

void TestJsonRpcClient::wholeBatchRefusalReachesEveryCall() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    proxy->enqueue(FaultProxy::reply(
        200,
        R"({"jsonrpc":"2.0","id":null,"error":{"code":-32005,"message":"batch limit exceeded"}})"));
    JsonRpcClient client(proxy->url(), *m_clock);
    std::optional<QList<RpcResult<QJsonValue>>> results;
    client.batch({RpcCall{QStringLiteral("eth_chainId"), {}, {}},
                  RpcCall{QStringLiteral("eth_blockNumber"), {}, {}}},
                 nullptr, [&](const QList<RpcResult<QJsonValue>>& r) { results = r; });
    QTRY_VERIFY_WITH_TIMEOUT(results.has_value(), kWaitMs);
    QCOMPARE(results->size(), 2);
    for (const auto& result : *results) {
        QCOMPARE(result.error().kind, RpcError::Kind::JsonRpc);
        QCOMPARE(result.error().code, qint64(-32005));
    }
    QCOMPARE(results->at(1).error().method, QStringLiteral("eth_blockNumber"));
}

void TestJsonRpcClient::quantitiesAreParsedStrictly() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    JsonRpcClient client(proxy->url(), *m_clock);
    std::optional<RpcResult<quint64>> number;
    client.callQuantityU64(QStringLiteral("eth_blockNumber"), {}, nullptr,
                           [&](const RpcResult<quint64>& r) { number = r; });
    QTRY_VERIFY_WITH_TIMEOUT(number.has_value(), kWaitMs);
    QCOMPARE(number->value(), quint64(0x101));

    proxy->enqueue(FaultProxy::reply(200, R"({"jsonrpc":"2.0","id":2,"result":"0x0101"})"));
    std::optional<RpcResult<UInt256>> padded;
    client.callQuantity(QStringLiteral("eth_getBalance"),
                        {m_chain.account(0).toHex(), QStringLiteral("latest")}, nullptr,
                        [&](const RpcResult<UInt256>& r) { padded = r; });
    QTRY_VERIFY_WITH_TIMEOUT(padded.has_value(), kWaitMs);
    QCOMPARE(padded->error().kind, RpcError::Kind::Malformed);
    QCOMPARE(padded->error().method, QStringLiteral("eth_getBalance"));
    QVERIFY2(padded->error().message.contains(QLatin1String("leading zero")),
             qPrintable(padded->error().message));
}

void TestJsonRpcClient::callbackIsDroppedWhenItsContextDies() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    proxy->enqueue(FaultProxy::stall());
    JsonRpcClient client(proxy->url(), *m_clock);
    auto context = std::make_unique<QObject>();
    Answer dropped;
    client.call(QStringLiteral("eth_chainId"), {}, context.get(), recordInto(dropped, *m_clock));
    QTRY_COMPARE_WITH_TIMEOUT(proxy->requestsSeen(), 1, kWaitMs);
    context.reset();
    m_clock->advanceBy(client.options().timeoutSeconds); // the request ends (timed out)...
    Answer after;
    client.call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(after, *m_clock));
    QTRY_VERIFY_WITH_TIMEOUT(after.result.has_value(), kWaitMs);
    QCOMPARE(dropped.count, 0); // ...but its callback is not run

    // A call whose context dies before the request goes out is not sent at all.
    auto early = std::make_unique<QObject>();
    Answer never;
    client.call(QStringLiteral("eth_chainId"), {}, early.get(), recordInto(never, *m_clock));
    early.reset();
    Answer marker;
    client.call(QStringLiteral("eth_blockNumber"), {}, nullptr, recordInto(marker, *m_clock));
    QTRY_VERIFY_WITH_TIMEOUT(marker.result.has_value(), kWaitMs);
    QCOMPARE(never.count, 0);
    QVERIFY(QJsonDocument::fromJson(proxy->requestBodies().last()).isObject());
}

void TestJsonRpcClient::destroyingTheClientDropsItsCallbacks() {
    auto proxy = makeProxy();
    QVERIFY(proxy);
    proxy->enqueue(FaultProxy::stall());
    auto client = std::make_unique<JsonRpcClient>(proxy->url(), *m_clock);
    Answer inFlight;
    client->call(QStringLiteral("eth_chainId"), {}, nullptr, recordInto(inFlight, *m_clock));
    QTRY_COMPARE_WITH_TIMEOUT(proxy->requestsSeen(), 1, kWaitMs);
    Answer notSent;
    client->call(QStringLiteral("eth_blockNumber"), {}, nullptr, recordInto(notSent, *m_clock));
    client.reset();                                   // one call on the wire, one not yet sent
    QCOMPARE(m_clock->pendingTimers(), qsizetype(0)); // the timeout went with it
    QTRY_COMPARE_WITH_TIMEOUT(proxy->openConnections(), 0, kWaitMs); // the request was abandoned
    // Another client's call through the same proxy is answered; the destroyed one's never are.
    JsonRpcClient other(proxy->url(), *m_clock);
    Answer marker;
    other.call(QStringLiteral("eth_blockNumber"), {}, nullptr, recordInto(marker, *m_clock));
    QTRY_VERIFY_WITH_TIMEOUT(marker.result.has_value(), kWaitMs);
    QCOMPARE(inFlight.count, 0);
    QCOMPARE(notSent.count, 0);
    QCOMPARE(proxy->requestsSeen(), 2);
}

// Five answers in one reply, two callbacks a turn: the first turn runs two, and the rest wait
// behind a marker the first callback posted. Without a budget all five run before the marker.
void TestJsonRpcClient::answersOfOneReplyRunWithinTheTurnBudget() {
    for (const int perTurn : {2, 1000}) {
        JsonRpcClient::Options options;
        options.callbacksPerTurn = perTurn;
        options.callbackMsPerTurn = 0;
        JsonRpcClient client(m_chain.rpcUrl(), *m_clock, options);
        QList<int> order;
        int ranBeforeMarker = -1;
        for (int i = 0; i < 5; ++i)
            client.call(QStringLiteral("eth_blockNumber"), {}, nullptr,
                        [&, i](const RpcResult<QJsonValue>& result) {
                            QVERIFY(result.ok());
                            order.append(i);
                            if (i == 0)
                                QMetaObject::invokeMethod(
                                    this, [&] { ranBeforeMarker = int(order.size()); },
                                    Qt::QueuedConnection);
                        });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), qsizetype(5), kWaitMs);
        QTRY_VERIFY(ranBeforeMarker >= 0);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(client.httpRequestsSent(), quint64(1)); // one reply held all five
        QCOMPARE(ranBeforeMarker, perTurn == 2 ? 2 : 5);
    }
}

void TestJsonRpcClient::aCallbackThatDestroysTheClientEndsTheDelivery() {
    JsonRpcClient::Options options;
    options.callbacksPerTurn = 2;
    auto client = std::make_unique<JsonRpcClient>(m_chain.rpcUrl(), *m_clock, options);
    QList<int> order;
    for (int i = 0; i < 5; ++i)
        client->call(QStringLiteral("eth_blockNumber"), {}, nullptr,
                     [&, i](const RpcResult<QJsonValue>&) {
                         order.append(i);
                         if (i == 2)
                             client.reset();
                     });
    QTRY_VERIFY_WITH_TIMEOUT(!client, kWaitMs);
    // What waited for the next turns went with the client.
    QTest::qWait(50);
    QCOMPARE(order, (QList<int>{0, 1, 2}));
}

QTEST_GUILESS_MAIN(TestJsonRpcClient)
#include "tst_jsonrpcclient.moc"
