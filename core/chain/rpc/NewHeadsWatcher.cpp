#include "core/chain/rpc/NewHeadsWatcher.h"

#include "core/chain/rpc/RpcHex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcNewHeads, "salesdesk.chain.newheadswatcher")

namespace salesdesk {

namespace {

constexpr int kSubscribeId = 1;
// A newHeads notification is one block header: a few kilobytes.
constexpr quint64 kMaxMessageBytes = 1024 * 1024;

} // namespace

NewHeadsWatcher::NewHeadsWatcher(JsonRpcClient& rpc, QUrl webSocketUrl, Clock& clock,
                                 QObject* parent)
    : NewHeadsWatcher(rpc, std::move(webSocketUrl), clock, Options{}, parent) {}

NewHeadsWatcher::NewHeadsWatcher(JsonRpcClient& rpc, QUrl webSocketUrl, Clock& clock,
                                 Options options, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_webSocketUrl(std::move(webSocketUrl))
    , m_clock(clock)
    , m_options(options)
    , m_random(options.randomSeed ? *options.randomSeed : QRandomGenerator::global()->generate()) {
    m_options.pollSeconds = std::max<qint64>(1, m_options.pollSeconds);
    m_options.healthPollSeconds = std::max<qint64>(1, m_options.healthPollSeconds);
    m_options.handshakeTimeoutSeconds = std::max<qint64>(1, m_options.handshakeTimeoutSeconds);
}

NewHeadsWatcher::~NewHeadsWatcher() {
    stop();
}

QUrl NewHeadsWatcher::webSocketUrlFor(const QUrl& httpUrl) {
    QUrl url = httpUrl;
    if (httpUrl.scheme() == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    else if (httpUrl.scheme() == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    else
        return {};
    return url;
}

void NewHeadsWatcher::start() {
    if (m_running)
        return;
    m_running = true;
    m_failedConnects = 0;
    poll(); // the current head at once, whatever the socket does
    if (m_webSocketUrl.isValid() && !m_webSocketUrl.isEmpty())
        openSocket();
}

void NewHeadsWatcher::stop() {
    m_running = false;
    for (Clock::TimerId* timer : {&m_pollTimer, &m_reconnectTimer, &m_handshakeTimer}) {
        if (*timer != 0)
            m_clock.cancel(*timer);
        *timer = 0;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setSubscribed(false);
}

void NewHeadsWatcher::openSocket() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    if (m_connects++ > 0)
        ++m_reconnects;
    m_subscriptionId.clear();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
    QWebSocket* socket = m_socket;
    connect(socket, &QWebSocket::connected, this, &NewHeadsWatcher::onConnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &NewHeadsWatcher::onMessage);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onSocketLost(QStringLiteral("the connection closed"));
    });
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket == m_socket)
                    onSocketLost(socket->errorString());
            });
    m_handshakeTimer = m_clock.callAfter(m_options.handshakeTimeoutSeconds, this, [this] {
        m_handshakeTimer = 0;
        onSocketLost(
            QStringLiteral("no subscription within %1 s").arg(m_options.handshakeTimeoutSeconds));
    });
    qCDebug(lcNewHeads).noquote()
        << QStringLiteral("connecting to %1").arg(m_webSocketUrl.toString());
    m_socket->open(m_webSocketUrl);
}

void NewHeadsWatcher::onConnected() {
    const QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("id"), kSubscribeId},
                              {QStringLiteral("method"), QStringLiteral("eth_subscribe")},
                              {QStringLiteral("params"), QJsonArray{QStringLiteral("newHeads")}}};
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
}

void NewHeadsWatcher::onMessage(const QString& text) {
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.value(QStringLiteral("id")).toInt(-1) == kSubscribeId) {
        const QJsonValue result = message.value(QStringLiteral("result"));
        if (!result.isString() || result.toString().isEmpty()) {
            onSocketLost(QStringLiteral("eth_subscribe was refused: %1").arg(text.left(200)));
            return;
        }
        m_subscriptionId = result.toString();
        if (m_handshakeTimer != 0)
            m_clock.cancel(m_handshakeTimer);
        m_handshakeTimer = 0;
        m_failedConnects = 0;
        m_latestFromSubscription = m_latest;
        qCInfo(lcNewHeads).noquote()
            << QStringLiteral("subscribed to new heads at %1 (subscription %2)")
                   .arg(m_webSocketUrl.toString(), m_subscriptionId);
        setSubscribed(true);
        schedulePoll(m_options.healthPollSeconds);
        return;
    }
    if (message.value(QStringLiteral("method")).toString() != QLatin1String("eth_subscription"))
        return;
    const QJsonObject params = message.value(QStringLiteral("params")).toObject();
    if (m_subscriptionId.isEmpty() ||
        params.value(QStringLiteral("subscription")).toString() != m_subscriptionId)
        return;
    const QJsonValue number =
        params.value(QStringLiteral("result")).toObject().value(QStringLiteral("number"));
    auto parsed = rpc::parseJsonQuantityU64(number, u"newHeads header number");
    if (!parsed.ok()) {
        qCWarning(lcNewHeads).noquote() << parsed.message();
        return;
    }
    seen(*parsed, true);
}

void NewHeadsWatcher::onSocketLost(const QString& why, bool pollNow) {
    if (!m_running || !m_socket)
        return;
    qCInfo(lcNewHeads).noquote() << QStringLiteral("new heads subscription at %1 lost: %2")
                                        .arg(m_webSocketUrl.toString(), why);
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    if (m_handshakeTimer != 0)
        m_clock.cancel(m_handshakeTimer);
    m_handshakeTimer = 0;
    const bool wasSubscribed = m_subscribed;
    setSubscribed(false);
    if (wasSubscribed && pollNow)
        poll(); // blocks may have come while the subscription was going
    else if (wasSubscribed || (m_pollTimer == 0 && !m_pollInFlight))
        schedulePoll(m_options.pollSeconds); // from the health interval to the polling one
    // else: polling goes on as scheduled; failing reconnects must not keep postponing it
    scheduleReconnect();
}

void NewHeadsWatcher::setSubscribed(bool subscribed) {
    if (m_subscribed == subscribed)
        return;
    m_subscribed = subscribed;
    if (!subscribed)
        m_latestFromSubscription.reset();
    Q_EMIT subscribedChanged(subscribed);
}

std::optional<Timestamp> NewHeadsWatcher::nextReconnectAt() const {
    if (m_reconnectTimer == 0)
        return std::nullopt;
    return m_reconnectAt;
}

void NewHeadsWatcher::scheduleReconnect() {
    if (m_reconnectTimer != 0)
        return;
    ++m_failedConnects;
    const qint64 delay = m_options.reconnect.delay(m_failedConnects, m_random);
    m_reconnectAt = m_clock.now() + delay;
    qCDebug(lcNewHeads).noquote() << QStringLiteral("reconnecting in %1 s").arg(delay);
    m_reconnectTimer = m_clock.callAfter(delay, this, [this] {
        m_reconnectTimer = 0;
        if (m_running)
            openSocket();
    });
}

void NewHeadsWatcher::schedulePoll(qint64 seconds) {
    if (!m_running)
        return;
    if (m_pollTimer != 0)
        m_clock.cancel(m_pollTimer);
    m_pollTimer = m_clock.callAfter(seconds, this, [this] {
        m_pollTimer = 0;
        poll();
    });
}

void NewHeadsWatcher::poll() {
    if (!m_running || m_pollInFlight)
        return;
    m_pollInFlight = true;
    m_rpc.callQuantityU64(
        QStringLiteral("eth_blockNumber"), {}, this, [this](const RpcResult<quint64>& answer) {
            m_pollInFlight = false;
            if (!m_running)
                return;
            if (answer.ok()) {
                // While subscribed, a polled head above everything the subscription reported
                // (or the head when it began) means it went quiet.
                const bool missed =
                    m_subscribed && m_latestFromSubscription && *answer > *m_latestFromSubscription;
                if (m_subscribed && !m_latestFromSubscription)
                    m_latestFromSubscription = *answer;
                seen(*answer, false);
                if (missed) {
                    onSocketLost(QStringLiteral("block %1 was not reported "
                                                "by the subscription")
                                     .arg(*answer),
                                 false);
                    return;
                }
            } else {
                qCInfo(lcNewHeads).noquote() << answer.error().describe();
            }
            schedulePoll(m_subscribed ? m_options.healthPollSeconds : m_options.pollSeconds);
        });
}

void NewHeadsWatcher::seen(quint64 number, bool fromSubscription) {
    if (fromSubscription)
        m_latestFromSubscription = number;
    const bool changed = !m_latest || *m_latest != number;
    m_latest = number;
    if (changed || fromSubscription)
        Q_EMIT newHead(number);
}

} // namespace salesdesk
