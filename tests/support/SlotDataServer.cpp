#include "tests/support/SlotDataServer.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpSocket>

namespace salesdesk::test {

SlotDataServer::SlotDataServer(QByteArray data, QObject* parent)
    : QObject(parent)
    , m_data(std::move(data)) {
    connect(&m_server, &QTcpServer::newConnection, this, &SlotDataServer::onNewConnection);
}

bool SlotDataServer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl SlotDataServer::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/slot").arg(m_server.serverPort()));
}

QUrl SlotDataServer::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void SlotDataServer::onNewConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_open;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            socket->deleteLater();
        });
    }
}

void SlotDataServer::onReadyRead(QTcpSocket* socket) {
    QByteArray buffer = socket->property("request").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0 || socket->property("answered").toBool()) {
        socket->setProperty("request", buffer);
        return;
    }
    socket->setProperty("answered", true);
    answer(socket, buffer.left(end));
}

void SlotDataServer::answer(QTcpSocket* socket, const QByteArray& head) {
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray path = requestLine.size() > 1 ? requestLine.at(1) : QByteArray();
    m_paths.append(path);
    if (path.endsWith("/slot-roots")) {
        ++m_slotRootsRequests;
        const QByteArray status = m_slotRoots.isEmpty() ? "404 Not Found" : "200 OK";
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\n" +
                      "Content-Length: " + QByteArray::number(m_slotRoots.size()) +
                      "\r\nConnection: close\r\n\r\n" + m_slotRoots);
        socket->disconnectFromHost();
        return;
    }
    static const QRegularExpression rangePattern(QStringLiteral(R"(^range:\s*(.*)$)"),
                                                 QRegularExpression::CaseInsensitiveOption |
                                                     QRegularExpression::MultilineOption);
    const QString headText = QString::fromLatin1(head).remove(QLatin1Char('\r'));
    const QRegularExpressionMatch rangeMatch = rangePattern.match(headText);
    const QByteArray range =
        rangeMatch.hasMatch() ? rangeMatch.captured(1).trimmed().toLatin1() : QByteArray();
    m_ranges.append(range);

    Answer plan;
    if (!m_answers.empty()) {
        plan = m_answers.front();
        m_answers.pop_front();
    }
    const auto size = static_cast<qint64>(m_data.size());
    QByteArray status = "200 OK";
    QByteArray headers;
    QByteArray body;
    if (plan.status != 0) {
        const QByteArray reason = plan.status == 404   ? "Not Found"
                                  : plan.status == 416 ? "Range Not Satisfiable"
                                  : plan.status == 500 ? "Internal Server Error"
                                                       : "Error";
        status = QByteArray::number(plan.status) + ' ' + reason;
    } else if (!range.isEmpty() && plan.honourRange) {
        const qint64 first = range.mid(6, range.indexOf('-') - 6).toLongLong();
        if (!range.startsWith("bytes=") || first >= size) {
            status = "416 Range Not Satisfiable";
            headers += "Content-Range: bytes */" + QByteArray::number(size) + "\r\n";
        } else {
            status = "206 Partial Content";
            headers += "Content-Range: bytes " +
                       QByteArray::number(first + plan.contentRangeShift) + '-' +
                       QByteArray::number(size - 1) + '/' + QByteArray::number(size) + "\r\n";
            body = m_data.mid(first) + plan.extra;
        }
    } else {
        body = m_data + plan.extra;
    }
    if (plan.withContentLength)
        headers += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    socket->write("HTTP/1.1 " + status + "\r\n" + headers + "Connection: close\r\n\r\n");

    if (plan.stallAfterBodyBytes >= 0) {
        socket->write(body.left(plan.stallAfterBodyBytes));
        return; // the connection stays open, silent
    }
    if (plan.closeAfterBodyBytes >= 0)
        body = body.left(plan.closeAfterBodyBytes);
    socket->write(body);
    socket->disconnectFromHost(); // after the bytes written so far
}

} // namespace salesdesk::test
