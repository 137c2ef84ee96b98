#include "core/chain/rpc/JsonRpcClient.h"

#include "core/chain/rpc/RpcAnswerParser.h"
#include "core/chain/rpc/RpcHex.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

Q_LOGGING_CATEGORY(lcJsonRpc, "salesdesk.chain.jsonrpcclient")
// Answers whose handling held the event loop 5 ms or more (debug): what took the time.
Q_LOGGING_CATEGORY(lcJsonRpcSlow, "salesdesk.chain.jsonrpcclient.slow", QtWarningMsg)

namespace salesdesk {

namespace {

constexpr qsizetype kBodyExcerptChars = 200;

enum AbortReason { NotAborted = 0, AbortedTimeout = 1, AbortedOversized = 2 };

// The start of a body, printable, for an HTTP error message.
QString bodyExcerpt(const QByteArray& body) {
    QString text = QString::fromUtf8(body.left(kBodyExcerptChars)).simplified();
    for (QChar& c : text)
        if (!c.isPrint())
            c = QChar(u'?');
    if (body.size() > kBodyExcerptChars)
        text += QStringLiteral("… (%1 bytes)").arg(body.size());
    return text;
}

} // namespace

// A batch() call: its answers are collected and handed over together.
struct JsonRpcClient::BatchGroup {
    QList<std::optional<RpcResult<QJsonValue>>> results;
    int remaining = 0;
    QPointer<const QObject> context;
    bool hasContext = false;
    RpcBatchCallback done;
};

// One HTTP request with its calls, across its attempts.
struct JsonRpcClient::Exchange {
    QList<PendingCall> calls;
    QByteArray body;
    qint64 timeoutSeconds = 0;
    int attempt = 0;
    QNetworkReply* reply = nullptr;
    Clock::TimerId timeoutTimer = 0;
    int abortReason = NotAborted;
    qint64 announcedBytes = -1; // Content-Length, when the node sent one

    bool anyoneListening() const {
        return std::any_of(calls.begin(), calls.end(),
                           [](const PendingCall& c) { return !c.contextGone(); });
    }
};

QList<quint64> JsonRpcClient::idsOf(const Exchange& exchange) {
    QList<quint64> ids;
    ids.reserve(exchange.calls.size());
    for (const PendingCall& c : exchange.calls)
        ids.append(c.id);
    return ids;
}

JsonRpcClient::JsonRpcClient(QUrl endpoint, Clock& clock, QObject* parent)
    : JsonRpcClient(std::move(endpoint), clock, Options{}, parent) {}

JsonRpcClient::JsonRpcClient(QUrl endpoint, Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_clock(clock)
    , m_options(options)
    , m_callbacks({options.callbacksPerTurn, options.callbackMsPerTurn})
    , m_network(this)
    , m_random(options.randomSeed ? *options.randomSeed : QRandomGenerator::global()->generate()) {
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_options.maxBatchSize = std::max(1, m_options.maxBatchSize);
    m_options.timeoutSeconds = std::max<qint64>(1, m_options.timeoutSeconds);
    m_network.setAutoDeleteReplies(false);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

// Replies in flight are cut off from this object before its members go (an aborted reply reports
// finished, which must not reach onFinished), then aborted; pending timers have this object as
// their context and go with it. Nothing is answered after this.
JsonRpcClient::~JsonRpcClient() {
    const QList<QNetworkReply*> replies = m_network.findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

void JsonRpcClient::call(const QString& method, const QJsonArray& params, const QObject* context,
                         RpcCallback done) {
    call(RpcCall{method, params, std::nullopt}, context, std::move(done));
}

void JsonRpcClient::call(RpcCall rpcCall, const QObject* context, RpcCallback done) {
    PendingCall pending;
    pending.id = ++m_lastId;
    pending.call = std::move(rpcCall);
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.done = std::move(done);
    enqueue({std::move(pending)});
}

void JsonRpcClient::batch(QList<RpcCall> calls, const QObject* context, RpcBatchCallback done) {
    auto group = std::make_shared<BatchGroup>();
    group->context = context;
    group->hasContext = context != nullptr;
    group->done = std::move(done);
    group->remaining = static_cast<int>(calls.size());
    group->results.resize(calls.size());
    if (calls.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [group] {
                if (!(group->hasContext && group->context.isNull()) && group->done)
                    group->done({});
            },
            Qt::QueuedConnection);
        return;
    }
    QList<PendingCall> unit;
    unit.reserve(calls.size());
    for (int i = 0; i < calls.size(); ++i) {
        PendingCall pending;
        pending.id = ++m_lastId;
        pending.call = std::move(calls[i]);
        pending.context = context;
        pending.hasContext = context != nullptr;
        pending.group = group;
        pending.index = i;
        unit.append(std::move(pending));
    }
    enqueue(std::move(unit));
}

void JsonRpcClient::callQuantity(const QString& method, const QJsonArray& params,
                                 const QObject* context,
                                 std::function<void(const RpcResult<UInt256>&)> done) {
    call(method, params, context, [method, done = std::move(done)](const RpcResult<QJsonValue>& r) {
        if (!r.ok())
            return done(r.error());
        auto value = rpc::parseJsonQuantity(*r, QString(method + QStringLiteral(" result")));
        if (!value.ok()) {
            RpcError error = RpcError::malformed(value.message());
            error.method = method;
            return done(error);
        }
        done(*value);
    });
}

void JsonRpcClient::callQuantityU64(const QString& method, const QJsonArray& params,
                                    const QObject* context,
                                    std::function<void(const RpcResult<quint64>&)> done) {
    call(method, params, context, [method, done = std::move(done)](const RpcResult<QJsonValue>& r) {
        if (!r.ok())
            return done(r.error());
        auto value = rpc::parseJsonQuantityU64(*r, QString(method + QStringLiteral(" result")));
        if (!value.ok()) {
            RpcError error = RpcError::malformed(value.message());
            error.method = method;
            return done(error);
        }
        done(*value);
    });
}

void JsonRpcClient::enqueue(QList<PendingCall> unit) {
    m_pending.append(std::move(unit));
    if (m_flushPosted)
        return;
    m_flushPosted = true;
    QMetaObject::invokeMethod(
        this, [this] { flush(); }, Qt::QueuedConnection);
}

void JsonRpcClient::flush() {
    m_flushPosted = false;
    QList<QList<PendingCall>> units = std::move(m_pending);
    m_pending.clear();
    if (m_options.coalesce && units.size() > 1) {
        QList<PendingCall> all;
        for (auto& unit : units)
            for (auto& c : unit)
                all.append(std::move(c));
        units = {std::move(all)};
    }
    for (auto& unit : units) {
        for (qsizetype start = 0; start < unit.size(); start += m_options.maxBatchSize) {
            auto exchange = std::make_shared<Exchange>();
            const qsizetype end = std::min<qsizetype>(unit.size(), start + m_options.maxBatchSize);
            QJsonArray requests;
            exchange->timeoutSeconds = 0;
            for (qsizetype i = start; i < end; ++i) {
                PendingCall& c = unit[i];
                if (c.contextGone())
                    continue;
                requests.append(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                            {QStringLiteral("id"), static_cast<qint64>(c.id)},
                                            {QStringLiteral("method"), c.call.method},
                                            {QStringLiteral("params"), c.call.params}});
                exchange->timeoutSeconds = std::max(
                    exchange->timeoutSeconds,
                    std::max<qint64>(1, c.call.timeoutSeconds.value_or(m_options.timeoutSeconds)));
                ++m_callsByMethod[c.call.method];
                exchange->calls.append(std::move(c));
            }
            if (exchange->calls.isEmpty())
                continue;
            exchange->body =
                requests.size() == 1
                    ? QJsonDocument(requests.first().toObject()).toJson(QJsonDocument::Compact)
                    : QJsonDocument(requests).toJson(QJsonDocument::Compact);
            m_callsSent += static_cast<quint64>(exchange->calls.size());
            send(exchange);
        }
    }
}

void JsonRpcClient::send(const std::shared_ptr<Exchange>& exchange) {
    if (!exchange->anyoneListening())
        return;
    exchange->attempt += 1;
    exchange->abortReason = NotAborted;
    exchange->announcedBytes = -1;
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.post(request, exchange->body);
    exchange->reply = reply;
    ++m_httpRequestsSent;
    ++m_inFlight;
    const int calls = static_cast<int>(exchange->calls.size());
    qCDebug(lcJsonRpc).noquote() << QStringLiteral(
                                        "POST %1: %2 call(s), first %3 (id %4), attempt %5")
                                        .arg(m_endpoint.toString())
                                        .arg(calls)
                                        .arg(exchange->calls.first().call.method)
                                        .arg(exchange->calls.first().id)
                                        .arg(exchange->attempt);

    const std::weak_ptr<Exchange> weak = exchange;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, weak] {
        auto ex = weak.lock();
        if (!ex || !ex->reply)
            return;
        bool known = false;
        const qint64 length =
            ex->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known) {
            ex->announcedBytes = length;
            if (length > m_options.maxReplyBytes)
                abortExchange(ex, AbortedOversized);
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, weak](qint64 received, qint64) {
        auto ex = weak.lock();
        if (ex && ex->reply && received > m_options.maxReplyBytes)
            abortExchange(ex, AbortedOversized);
    });
    connect(reply, &QNetworkReply::finished, this, [this, exchange] { onFinished(exchange); });
    exchange->timeoutTimer = m_clock.callAfter(exchange->timeoutSeconds, this, [this, weak] {
        if (auto ex = weak.lock()) {
            ex->timeoutTimer = 0;
            if (ex->reply)
                abortExchange(ex, AbortedTimeout);
        }
    });
    Q_EMIT requestSent(calls, exchange->attempt);
}

void JsonRpcClient::abortExchange(const std::shared_ptr<Exchange>& exchange, int reason) {
    if (exchange->abortReason != NotAborted)
        return;
    exchange->abortReason = reason;
    exchange->reply->abort(); // emits finished: onFinished reads the reason
}

void JsonRpcClient::onFinished(const std::shared_ptr<Exchange>& exchange) {
    QNetworkReply* reply = exchange->reply;
    if (!reply)
        return;
    QElapsedTimer handling;
    handling.start();
    exchange->reply = nullptr;
    --m_inFlight;
    reply->disconnect(this);
    reply->deleteLater();
    if (exchange->timeoutTimer != 0) {
        m_clock.cancel(exchange->timeoutTimer);
        exchange->timeoutTimer = 0;
    }

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    std::optional<RpcError> failure;
    std::optional<RpcAnswers> answers;
    qsizetype bodyBytes = 0;

    if (exchange->abortReason == AbortedTimeout) {
        failure = RpcError::timeout(exchange->timeoutSeconds);
    } else if (exchange->abortReason == AbortedOversized) {
        failure = RpcError::malformed(
            exchange->announcedBytes >= 0
                ? QStringLiteral("the answer of %1 bytes is larger than the limit of %2 bytes")
                      .arg(exchange->announcedBytes)
                      .arg(m_options.maxReplyBytes)
                : QStringLiteral("the answer is larger than the limit of %1 bytes")
                      .arg(m_options.maxReplyBytes));
    } else if (status != 0 && (status < 200 || status > 299)) {
        const QByteArray body = reply->readAll();
        RpcAnswers parsed = RpcAnswerParser::parse(body, idsOf(*exchange));
        if (parsed.isJsonRpc())
            answers = std::move(parsed); // the node's answer, carried by an error status
        else
            failure = RpcError::httpStatusError(status, bodyExcerpt(body));
    } else if (reply->error() != QNetworkReply::NoError) {
        failure = RpcError::transport(reply->error(), reply->errorString());
    } else {
        const QByteArray body = reply->readAll();
        bodyBytes = body.size();
        answers = RpcAnswerParser::parse(body, idsOf(*exchange));
    }
    const qint64 parsedNs = handling.nsecsElapsed();

    if (failure && failure->isRetryable() && exchange->attempt < m_options.maxAttempts &&
        exchange->anyoneListening()) {
        const int retry = exchange->attempt;
        const qint64 delay = m_options.backoff.delay(retry, m_random);
        ++m_retriesScheduled;
        RpcError shown = decorate(*failure, exchange->calls.first(), exchange->attempt);
        qCInfo(lcJsonRpc).noquote() << QStringLiteral("%1; sending again in %2 s (retry %3 of %4)")
                                           .arg(shown.describe())
                                           .arg(delay)
                                           .arg(retry)
                                           .arg(m_options.maxAttempts - 1);
        m_clock.callAfter(delay, this, [this, exchange] { send(exchange); });
        Q_EMIT retryScheduled(retry, delay, shown);
        return;
    }
    if (failure) {
        if (failure->isRetryable() && exchange->attempt > 1) // retries used up
            qCWarning(lcJsonRpc).noquote()
                << decorate(*failure, exchange->calls.first(), exchange->attempt).describe();
        const RpcError error = *failure;
        deliver(exchange, [&](const PendingCall&) -> RpcResult<QJsonValue> { return error; });
        return;
    }
    deliver(exchange, [&](const PendingCall& c) -> RpcResult<QJsonValue> {
        if (answers->whole)
            return *answers->whole;
        const auto found = answers->byId.constFind(c.id);
        if (found == answers->byId.constEnd())
            return RpcError::malformed(
                QStringLiteral("the answer holds no reply to call id %1").arg(c.id));
        return *found;
    });
    if (lcJsonRpcSlow().isDebugEnabled() && handling.nsecsElapsed() >= 5'000'000) {
        QStringList methods;
        for (const PendingCall& c : std::as_const(exchange->calls))
            if (!methods.contains(c.call.method))
                methods.append(c.call.method);
        qCDebug(lcJsonRpcSlow).noquote()
            << QStringLiteral("answer of %1 bytes to %2 calls (%3): read and parsed in %4 ms, "
                              "the callbacks run at once in %5 ms")
                   .arg(bodyBytes)
                   .arg(exchange->calls.size())
                   .arg(methods.join(QLatin1Char(',')))
                   .arg(double(parsedNs) / 1e6, 0, 'f', 1)
                   .arg(double(handling.nsecsElapsed() - parsedNs) / 1e6, 0, 'f', 1);
    }
}

RpcError JsonRpcClient::decorate(RpcError error, const PendingCall& call, int attempts) const {
    error.method = call.call.method;
    error.endpoint = m_endpoint.toString();
    error.attempts = attempts;
    return error;
}

void JsonRpcClient::deliver(
    const std::shared_ptr<Exchange>& exchange,
    const std::function<RpcResult<QJsonValue>(const PendingCall&)>& resultOf) {
    const QPointer<JsonRpcClient> self(this);
    for (const PendingCall& c : exchange->calls) {
        if (!self)
            return; // a callback destroyed the client
        RpcResult<QJsonValue> result = resultOf(c);
        if (!result.ok())
            result = decorate(result.error(), c, exchange->attempt);
        if (c.group) {
            const std::shared_ptr<BatchGroup> group = c.group;
            group->results[c.index] = std::move(result);
            if (--group->remaining > 0)
                continue;
            // Whether the context lives is asked when the callback's turn comes.
            m_callbacks.run([group] {
                if ((group->hasContext && group->context.isNull()) || !group->done)
                    return;
                QList<RpcResult<QJsonValue>> results;
                results.reserve(group->results.size());
                for (auto& r : group->results)
                    results.append(std::move(*r));
                group->done(results);
            });
        } else {
            m_callbacks.run([c, result = std::move(result)] {
                if (c.contextGone() || !c.done)
                    return;
                c.done(result);
            });
        }
    }
}

} // namespace salesdesk
