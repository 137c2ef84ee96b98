#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <deque>
#include <memory>

class QTcpSocket;

namespace salesdesk::test {

// A small HTTP-aware TCP proxy on 127.0.0.1 in front of a node (anvil), for the chain client's
// failure tests. It reads each HTTP request the client sends (headers and a Content-Length body)
// and applies the next fault queued, or forwards it when none is:
// - Forward: to the node over one upstream connection per client connection;
// - Drop: closes the client's connection without answering;
// - Stall: never answers (the connection stays open);
// - Cut: forwards, but closes the client's connection after `cutAfterBytes` bytes of the answer
//   (or of its body, after the headers, when `cutInBody`);
// - Reply: answers itself with `status` and `body` (with a Content-Length, or closing the
//   connection to end the body when `withContentLength` is false).
// A WebSocket upgrade is forwarded and the connection becomes a tunnel; dropAll() closes every
// connection (tunnels included) and freezeAll() stops relaying on them without closing.
class FaultProxy final : public QObject {
    Q_OBJECT
public:
    enum class Action { Forward, Drop, Stall, Cut, Reply };
    struct Fault {
        Action action = Action::Forward;
        qsizetype cutAfterBytes = 0;
        bool cutInBody = false;
        int status = 200;
        QByteArray body;
        bool withContentLength = true;
    };
    static Fault of(Action action) {
        Fault fault;
        fault.action = action;
        return fault;
    }
    static Fault forward() { return {}; }
    static Fault drop() { return of(Action::Drop); }
    static Fault stall() { return of(Action::Stall); }
    static Fault cut(qsizetype afterBytes) {
        Fault fault = of(Action::Cut);
        fault.cutAfterBytes = afterBytes;
        return fault;
    }
    static Fault cutBody(qsizetype afterBodyBytes) {
        Fault fault = cut(afterBodyBytes);
        fault.cutInBody = true;
        return fault;
    }
    static Fault reply(int status, QByteArray body, bool withContentLength = true) {
        return {Action::Reply, 0, false, status, std::move(body), withContentLength};
    }

    explicit FaultProxy(quint16 upstreamPort, QObject* parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;
    QUrl webSocketUrl() const;

    // Faults for the next requests, in order; requests after them are forwarded.
    void enqueue(Fault fault) { m_faults.push_back(std::move(fault)); }
    qsizetype queuedFaults() const { return static_cast<qsizetype>(m_faults.size()); }
    // New connections are closed at once while refusing.
    void setRefusing(bool refusing) { m_refusing = refusing; }
    void dropAll();
    void freezeAll();

    int requestsSeen() const { return m_requests; }
    const QList<QByteArray>& requestBodies() const { return m_bodies; }
    int connectionsAccepted() const { return m_accepted; }
    int webSocketsOpened() const { return m_webSockets; }
    int openConnections() const { return static_cast<int>(m_connections.size()); }

Q_SIGNALS:
    void requestReceived(const QByteArray& body);

private:
    struct Connection;

    void onNewConnection();
    void onClientData(Connection* connection);
    void handleRequest(Connection* connection, const QByteArray& head, const QByteArray& request,
                       const QByteArray& body);
    void ensureUpstream(Connection* connection);
    void onUpstreamData(Connection* connection);
    void close(Connection* connection);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    std::deque<Fault> m_faults;
    std::vector<std::unique_ptr<Connection>> m_connections;
    bool m_refusing = false;
    int m_requests = 0;
    int m_accepted = 0;
    int m_webSockets = 0;
    QList<QByteArray> m_bodies;
};

} // namespace salesdesk::test
