#include "tests/support/chain/FaultProxy.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <algorithm>

namespace salesdesk::test {

struct FaultProxy::Connection {
    QTcpSocket* client = nullptr;
    QTcpSocket* upstream = nullptr;
    QByteArray buffer;          // client bytes not yet handled
    QByteArray pendingUpstream; // bytes for the upstream before it connected
    bool tunnel = false;        // a WebSocket: raw bytes both ways
    bool stalled = false;
    bool frozen = false;
    qsizetype cutAfter = -1; // bytes of the answer still to relay before cutting; -1: no cut
    bool cutInBody = false;  // count from the end of the answer's headers
    QByteArray head;         // the answer's headers so far, while cutInBody
};

FaultProxy::FaultProxy(quint16 upstreamPort, QObject* parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort) {
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy() {
    while (!m_connections.empty())
        close(m_connections.front().get());
}

bool FaultProxy::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QUrl FaultProxy::webSocketUrl() const {
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port()));
}

void FaultProxy::dropAll() {
    while (!m_connections.empty())
        close(m_connections.front().get());
}

void FaultProxy::freezeAll() {
    for (auto& connection : m_connections)
        connection->frozen = true;
}

void FaultProxy::onNewConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_refusing) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto connection = std::make_unique<Connection>();
        connection->client = socket;
        Connection* raw = connection.get();
        m_connections.push_back(std::move(connection));
        connect(socket, &QTcpSocket::readyRead, this, [this, raw] { onClientData(raw); });
        connect(socket, &QTcpSocket::disconnected, this, [this, raw] { close(raw); });
    }
}

void FaultProxy::onClientData(Connection* connection) {
    const QByteArray bytes = connection->client->readAll();
    if (connection->frozen)
        return;
    if (connection->tunnel) {
        connection->upstream->write(bytes);
        return;
    }
    connection->buffer += bytes;
    // Whole requests only; a stalled connection takes no more.
    while (!connection->stalled) {
        const qsizetype headEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = connection->buffer.left(headEnd + 4);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-length:"))
                length = trimmed.mid(15).trimmed().toLongLong();
        }
        if (connection->buffer.size() < head.size() + length)
            return;
        const QByteArray body = connection->buffer.mid(head.size(), length);
        const QByteArray request = connection->buffer.left(head.size() + length);
        connection->buffer.remove(0, head.size() + length);
        handleRequest(connection, head, request, body);
        if (std::none_of(m_connections.begin(), m_connections.end(),
                         [connection](const auto& c) { return c.get() == connection; }))
            return; // closed by the fault
    }
}

void FaultProxy::handleRequest(Connection* connection, const QByteArray& head,
                               const QByteArray& request, const QByteArray& body) {
    ++m_requests;
    m_bodies.append(body);
    Q_EMIT requestReceived(body);
    if (head.toLower().contains("upgrade: websocket")) {
        ++m_webSockets;
        connection->tunnel = true;
        ensureUpstream(connection);
        connection->pendingUpstream += request + connection->buffer;
        connection->buffer.clear();
        if (connection->upstream->state() == QAbstractSocket::ConnectedState) {
            connection->upstream->write(connection->pendingUpstream);
            connection->pendingUpstream.clear();
        }
        return;
    }
    Fault fault;
    if (!m_faults.empty()) {
        fault = std::move(m_faults.front());
        m_faults.pop_front();
    }
    switch (fault.action) {
    case Action::Drop:
        close(connection);
        return;
    case Action::Stall:
        connection->stalled = true;
        return;
    case Action::Reply: {
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(fault.status) + " Fault\r\n" +
                            "Content-Type: application/json\r\n";
        answer += fault.withContentLength
                      ? "Content-Length: " + QByteArray::number(fault.body.size()) + "\r\n"
                      : QByteArray("Connection: close\r\n");
        answer += "\r\n" + fault.body;
        connection->client->write(answer);
        if (!fault.withContentLength) {
            connection->client->flush();
            connection->client->disconnectFromHost();
        }
        return;
    }
    case Action::Cut:
        connection->cutAfter = fault.cutAfterBytes;
        connection->cutInBody = fault.cutInBody;
        connection->head.clear();
        break;
    case Action::Forward:
        break;
    }
    ensureUpstream(connection);
    if (connection->upstream->state() == QAbstractSocket::ConnectedState)
        connection->upstream->write(request);
    else
        connection->pendingUpstream += request;
}

void FaultProxy::ensureUpstream(Connection* connection) {
    if (connection->upstream)
        return;
    connection->upstream = new QTcpSocket(this);
    QTcpSocket* upstream = connection->upstream;
    connect(upstream, &QTcpSocket::connected, this, [connection] {
        // Relayed at once, not held back for a delayed acknowledgement (Nagle).
        connection->upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connection->upstream->write(connection->pendingUpstream);
        connection->pendingUpstream.clear();
    });
    connect(upstream, &QTcpSocket::readyRead, this,
            [this, connection] { onUpstreamData(connection); });
    connect(upstream, &QTcpSocket::disconnected, this, [this, connection] { close(connection); });
    connect(upstream, &QTcpSocket::errorOccurred, this,
            [this, connection](QAbstractSocket::SocketError) { close(connection); });
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

void FaultProxy::onUpstreamData(Connection* connection) {
    QByteArray bytes = connection->upstream->readAll();
    if (connection->frozen)
        return;
    if (connection->cutAfter >= 0 && connection->cutInBody) {
        // Relay the headers whole; the count starts with the body.
        const qsizetype seen = connection->head.size();
        connection->head += bytes;
        const qsizetype headEnd = connection->head.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            connection->client->write(bytes);
            return;
        }
        const qsizetype headBytesHere = headEnd + 4 - seen;
        connection->client->write(bytes.left(headBytesHere));
        bytes = bytes.mid(headBytesHere);
        connection->cutInBody = false;
    }
    if (connection->cutAfter >= 0) {
        connection->client->write(bytes.left(connection->cutAfter));
        if (bytes.size() >= connection->cutAfter) {
            // What was written goes out, then the connection closes (close() follows from the
            // client's disconnected signal); nothing more is relayed.
            connection->frozen = true;
            connection->upstream->disconnect(this);
            connection->upstream->abort();
            connection->client->disconnectFromHost();
            return;
        }
        connection->cutAfter -= bytes.size();
        return;
    }
    connection->client->write(bytes);
}

void FaultProxy::close(Connection* connection) {
    const auto it = std::find_if(m_connections.begin(), m_connections.end(),
                                 [connection](const auto& c) { return c.get() == connection; });
    if (it == m_connections.end())
        return;
    std::unique_ptr<Connection> owned = std::move(*it);
    m_connections.erase(it);
    for (QTcpSocket* socket : {owned->client, owned->upstream}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace salesdesk::test
