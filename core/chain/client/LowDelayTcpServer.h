#pragma once

#include "core/domain/Result.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QUrl>

class QHttpServer;

namespace salesdesk {

// A QTcpServer whose connections send small writes at once (TCP_NODELAY). QHttpServer hands a
// streamed body to its socket a kilobyte at a time, and Nagle's algorithm holds such small writes
// back until earlier ones are acknowledged (tst_networkslotstore, 4 slots of 193 KiB served on
// loopback: 0.9 s without, 0.6 s with).
class LowDelayTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    // Makes `server` listen on `address`:`port` (0: a free port) through a LowDelayTcpServer it
    // then owns; its base URL, http://address:port (IPv6 in brackets), or Io naming why not.
    static Result<QUrl> serve(QHttpServer& server, const QHostAddress& address, quint16 port);

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace salesdesk
