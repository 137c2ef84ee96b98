#pragma once

#include "core/chain/rpc/RpcBackoff.h"
#include "core/chain/rpc/RpcResult.h"
#include "core/clock/Clock.h"
#include "core/clock/TurnSplitter.h"
#include "core/domain/UInt256.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkReply;

namespace salesdesk {

// Ethereum JSON-RPC 2.0 over HTTP, fully asynchronous.
//
// Callbacks follow the Market convention: a callback runs later on the event loop, never inside
// the call that registered it, and is dropped if its `context` object is destroyed first (a null
// context means "always answer"). Destroying the client drops every callback still pending.
// The callbacks of the answers that arrive together run in the order of their calls, as many in
// one event-loop turn as Options::callbacksPerTurn and callbackMsPerTurn allow (a TurnSplitter):
// a block's worth of answers, each of which commits and moves a sale on, does not stall the
// window; the rest run in the next turns, before any answer that arrives later.
//
// Batching: batch() sends its calls together; and calls (and batches) issued in the same
// event-loop turn are coalesced into one HTTP request of at most maxBatchSize calls, unless
// coalescing is off. Each call of a batch is answered on its own: one may fail while the others
// succeed.
//
// Failures: an HTTP request that fails in transport, or is answered with HTTP 429 or 5xx without a
// JSON-RPC body, is sent again after RpcBackoff's wait on the Clock, at most maxAttempts times in
// all. Timeouts (measured on the Clock), JSON-RPC errors and malformed answers are passed on at
// once. A body larger than maxReplyBytes is refused (Malformed, naming the limit) and the
// download stopped. A retry resends the same request; for eth_sendRawTransaction the node then
// answers "already known" or "nonce too low", which the caller must read as "maybe sent".
class JsonRpcClient final : public QObject {
    Q_OBJECT
public:
    struct Options {
        qint64 timeoutSeconds = 30;
        int maxAttempts = 4; // sends of one HTTP request, the first included
        RpcBackoff backoff;
        int maxBatchSize = 100;
        bool coalesce = true;
        qint64 maxReplyBytes = 32 * 1024 * 1024;
        std::optional<quint32> randomSeed; // for the jitter; a random seed when unset
        int callbacksPerTurn = 1000;
        qint64 callbackMsPerTurn = 4; // 0: no time limit
    };

    JsonRpcClient(QUrl endpoint, Clock& clock, QObject* parent = nullptr);
    JsonRpcClient(QUrl endpoint, Clock& clock, Options options, QObject* parent = nullptr);
    ~JsonRpcClient() override;

    const QUrl& endpoint() const { return m_endpoint; }
    const Options& options() const { return m_options; }

    void call(const QString& method, const QJsonArray& params, const QObject* context,
              RpcCallback done);
    void call(RpcCall call, const QObject* context, RpcCallback done);
    // An empty batch is answered with an empty list.
    void batch(QList<RpcCall> calls, const QObject* context, RpcBatchCallback done);

    // A call whose result is a quantity (eth_blockNumber, eth_getBalance, …), parsed strictly; a
    // result that is not a quantity is a Malformed error naming the method.
    void callQuantity(const QString& method, const QJsonArray& params, const QObject* context,
                      std::function<void(const RpcResult<UInt256>&)> done);
    void callQuantityU64(const QString& method, const QJsonArray& params, const QObject* context,
                         std::function<void(const RpcResult<quint64>&)> done);

    // Counters, for tests, benchmarks and diagnostics.
    quint64 httpRequestsSent() const { return m_httpRequestsSent; } // retries included
    quint64 callsSent() const { return m_callsSent; }               // first sends only
    // First sends of calls of `method` (eth_getLogs, eth_call, …).
    quint64 callsSent(const QString& method) const { return m_callsByMethod.value(method); }
    quint64 retriesScheduled() const { return m_retriesScheduled; }
    int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    // An HTTP request with `calls` calls went out (attempt 1 is the first send).
    void requestSent(int calls, int attempt);
    // A failed request will be sent again in `delaySeconds` seconds (retry 1 is the second send).
    void retryScheduled(int retry, qint64 delaySeconds, const salesdesk::RpcError& error);

private:
    struct BatchGroup;
    struct PendingCall {
        quint64 id = 0;
        RpcCall call;
        QPointer<const QObject> context;
        bool hasContext = false;
        RpcCallback done;                  // a single call
        std::shared_ptr<BatchGroup> group; // or a call of a batch
        int index = 0;
        bool contextGone() const { return hasContext && context.isNull(); }
    };
    struct Exchange;

    void enqueue(QList<PendingCall> unit);
    void flush();
    void send(const std::shared_ptr<Exchange>& exchange);
    void onFinished(const std::shared_ptr<Exchange>& exchange);
    void abortExchange(const std::shared_ptr<Exchange>& exchange, int reason);
    void deliver(const std::shared_ptr<Exchange>& exchange,
                 const std::function<RpcResult<QJsonValue>(const PendingCall&)>& resultOf);
    static QList<quint64> idsOf(const Exchange& exchange);
    RpcError decorate(RpcError error, const PendingCall& call, int attempts) const;

    QUrl m_endpoint;
    Clock& m_clock;
    Options m_options;
    TurnSplitter m_callbacks;
    QNetworkAccessManager m_network;
    QRandomGenerator m_random;
    QList<QList<PendingCall>> m_pending; // units: a single call, or the calls of one batch
    bool m_flushPosted = false;
    quint64 m_lastId = 0;
    quint64 m_httpRequestsSent = 0;
    quint64 m_callsSent = 0;
    QHash<QString, quint64> m_callsByMethod;
    quint64 m_retriesScheduled = 0;
    int m_inFlight = 0;
};

} // namespace salesdesk
