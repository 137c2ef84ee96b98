#include "core/chain/client/LowDelayTcpServer.h"

#include <QHttpServer>
#include <QTcpSocket>

namespace salesdesk {

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor) {
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    addPendingConnection(socket);
}

Result<QUrl> LowDelayTcpServer::serve(QHttpServer& server, const QHostAddress& address,
                                      quint16 port) {
    // Listening before QHttpServer takes it over (it becomes its parent).
    auto* tcpServer = new LowDelayTcpServer(&server);
    if (!tcpServer->listen(address, port)) {
        delete tcpServer;
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot listen on %1 port %2 (in use, or not allowed)")
                             .arg(address.toString())
                             .arg(port));
    }
    const quint16 bound = tcpServer->serverPort();
    server.bind(tcpServer);
    return QUrl(QStringLiteral("http://%1:%2")
                    .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString())
                    .arg(bound));
}

} // namespace salesdesk
