#pragma once

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcBackoff.h"
#include "core/clock/Clock.h"

#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <optional>

class QWebSocket;

namespace salesdesk {

// Tells when the chain's head moves, so that readers of blocks and events wake up instead of
// polling fast. Two sources:
// - a WebSocket eth_subscribe("newHeads") subscription, used only as a wake-up: its headers are
//   not trusted for anything but their number, and the connection is reconnected with backoff
//   whenever it drops, fails or is refused;
// - eth_blockNumber over HTTP on the Clock: every pollSeconds while the subscription is down
//   (so the watcher works without WebSockets at all), and every healthPollSeconds while it is up,
//   which also catches a subscription that went quiet (the poll sees a head the subscription did
//   not report: the socket is dropped and reconnected).
// newHead is emitted for every header the subscription reports and for every polled number that
// differs from the last one seen.
class NewHeadsWatcher final : public QObject {
    Q_OBJECT
public:
    struct Options {
        qint64 pollSeconds = 4;
        qint64 healthPollSeconds = 30;
        qint64 handshakeTimeoutSeconds = 10;
        RpcBackoff reconnect{1, 60};
        std::optional<quint32> randomSeed; // for the reconnect jitter
    };

    // An empty `webSocketUrl` means polling only. The client must outlive the watcher.
    NewHeadsWatcher(JsonRpcClient& rpc, QUrl webSocketUrl, Clock& clock, QObject* parent = nullptr);
    NewHeadsWatcher(JsonRpcClient& rpc, QUrl webSocketUrl, Clock& clock, Options options,
                    QObject* parent = nullptr);
    ~NewHeadsWatcher() override;

    // ws:// for http://, wss:// for https:// (nodes such as anvil and geth serve both on one
    // port); anything else is returned empty.
    static QUrl webSocketUrlFor(const QUrl& httpUrl);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isSubscribed() const { return m_subscribed; }
    std::optional<quint64> latestBlock() const { return m_latest; }
    // Connection attempts after the first (for tests and diagnostics).
    quint64 reconnects() const { return m_reconnects; }
    // When the next connection attempt is due, while one is waiting (for a status line and tests).
    std::optional<Timestamp> nextReconnectAt() const;

Q_SIGNALS:
    void newHead(quint64 blockNumber);
    void subscribedChanged(bool subscribed);

private:
    void openSocket();
    void onConnected();
    void onMessage(const QString& text);
    void onSocketLost(const QString& why, bool pollNow = true);
    void setSubscribed(bool subscribed);
    void scheduleReconnect();
    void schedulePoll(qint64 seconds);
    void poll();
    void seen(quint64 number, bool fromSubscription);

    JsonRpcClient& m_rpc;
    QUrl m_webSocketUrl;
    Clock& m_clock;
    Options m_options;
    QRandomGenerator m_random;
    QWebSocket* m_socket = nullptr;
    bool m_running = false;
    bool m_subscribed = false;
    bool m_pollInFlight = false;
    QString m_subscriptionId;
    std::optional<quint64> m_latest;
    // The highest head the subscription reported, or the head when it began: a poll that finds
    // a higher one while subscribed means the subscription went quiet.
    std::optional<quint64> m_latestFromSubscription;
    int m_failedConnects = 0; // since the last subscription
    quint64 m_connects = 0;
    quint64 m_reconnects = 0;
    Clock::TimerId m_pollTimer = 0;
    Clock::TimerId m_reconnectTimer = 0;
    Timestamp m_reconnectAt = 0;
    Clock::TimerId m_handshakeTimer = 0;
};

} // namespace salesdesk
