#include "tests/support/chain/FakeChainNode.h"

#include "core/chain/rpc/RpcHex.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace salesdesk::test {

FakeChainNode::FakeChainNode(QObject* parent)
    : QObject(parent) {
    appendBlock({});
    connect(&m_server, &QTcpServer::newConnection, this, &FakeChainNode::onNewConnection);
}

// The server's sockets outlive this object's members: cut them off before they report closing.
FakeChainNode::~FakeChainNode() {
    for (QTcpSocket* socket : m_server.findChildren<QTcpSocket*>())
        socket->disconnect(this);
}

bool FakeChainNode::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeChainNode::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeChainNode::appendBlock(const QList<LogSpec>& specs) {
    Block block;
    const quint64 number = static_cast<quint64>(m_blocks.size());
    block.parentHash = m_blocks.isEmpty() ? Hash32() : m_blocks.last().hash;
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    hasher.addData(block.parentHash.toByteArray());
    hasher.addData(QByteArray(QByteArray::number(number) + '/' + QByteArray::number(m_forks)));
    block.hash = Hash32::fromBytes(hasher.result());
    quint64 index = 0;
    for (const LogSpec& spec : specs) {
        ChainLog log;
        log.address = spec.address;
        log.topics = spec.topics;
        log.data = spec.data;
        log.blockNumber = number;
        log.blockHash = block.hash;
        log.transactionIndex = index;
        log.logIndex = index;
        log.transactionHash = Hash32::fromBytes(QCryptographicHash::hash(
            QByteArray(block.hash.toByteArray() + QByteArray::number(index)),
            QCryptographicHash::Sha256));
        block.logs.append(log);
        ++index;
    }
    m_blocks.append(std::move(block));
}

void FakeChainNode::mine(quint64 count) {
    for (quint64 i = 0; i < count; ++i)
        appendBlock({});
}

void FakeChainNode::mineWithLogs(const QList<LogSpec>& logs) {
    appendBlock(logs);
}

void FakeChainNode::reorg(quint64 depth, const QList<QList<LogSpec>>& replacement) {
    m_blocks.resize(m_blocks.size() - static_cast<qsizetype>(depth));
    ++m_forks;
    for (const auto& logs : replacement)
        appendBlock(logs);
}

QList<ChainLog> FakeChainNode::allLogs() const {
    QList<ChainLog> logs;
    for (const Block& block : m_blocks)
        logs.append(block.logs);
    return logs;
}

void FakeChainNode::failNext(int count, Fault fault) {
    for (int i = 0; i < count; ++i)
        m_faults.push_back(fault);
}

void FakeChainNode::onNewConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeChainNode::onReadyRead(QTcpSocket* socket) {
    QByteArray& buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(headEnd).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-length:"))
                length = trimmed.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        ++m_httpRequests;
        if (!m_faults.empty()) {
            const Fault fault = m_faults.front();
            m_faults.pop_front();
            if (fault == Fault::DropConnection) {
                m_buffers.remove(socket);
                socket->abort();
                return;
            }
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 4\r\n\r\nbusy");
            continue;
        }
        const QJsonDocument request = QJsonDocument::fromJson(body);
        QJsonValue reply;
        if (request.isArray()) {
            QJsonArray answers;
            for (const QJsonValue& call : request.array())
                answers.append(answer(call));
            reply = answers;
        } else {
            reply = answer(request.object());
        }
        const QByteArray json =
            reply.isArray() ? QJsonDocument(reply.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(reply.toObject()).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(json.size()) + "\r\n\r\n" + json);
    }
}

QJsonValue FakeChainNode::answer(const QJsonValue& request) {
    const QJsonObject call = request.toObject();
    const QString method = call.value(QStringLiteral("method")).toString();
    m_calls[method] += 1;
    QJsonObject reply{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                      {QStringLiteral("id"), call.value(QStringLiteral("id"))}};
    std::optional<QJsonObject> members;
    if (auto queued = m_overrides.find(method); queued != m_overrides.end() && !queued->empty()) {
        members = queued->front();
        queued->pop_front();
    } else if (auto handler = m_handlers.constFind(method); handler != m_handlers.cend()) {
        members = (*handler)(call.value(QStringLiteral("params")).toArray());
    }
    if (members) {
        for (auto it = members->constBegin(); it != members->constEnd(); ++it)
            reply.insert(it.key(), it.value());
        return reply;
    }
    QString error;
    const QJsonValue value = result(method, call.value(QStringLiteral("params")).toArray(), error);
    if (!error.isEmpty())
        reply.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), -32005},
                                                          {QStringLiteral("message"), error}});
    else
        reply.insert(QStringLiteral("result"), value);
    return reply;
}

QJsonValue FakeChainNode::result(const QString& method, const QJsonArray& params, QString& error) {
    if (method == QLatin1String("eth_blockNumber"))
        return rpc::toQuantity(head());
    if (method == QLatin1String("eth_getBlockByNumber")) {
        if (params.at(0).toString() == QLatin1String("latest"))
            return blockJson(head());
        auto number = rpc::parseJsonQuantityU64(params.at(0));
        if (!number.ok()) {
            error = number.message();
            return {};
        }
        return *number <= head() ? blockJson(*number) : QJsonValue(QJsonValue::Null);
    }
    if (method == QLatin1String("eth_getLogs"))
        return getLogs(params.at(0).toObject(), error);
    error = QStringLiteral("the method %1 does not exist/is not available").arg(method);
    return {};
}

QJsonValue FakeChainNode::blockJson(quint64 number) const {
    const Block& block = m_blocks.at(static_cast<qsizetype>(number));
    return QJsonObject{{QStringLiteral("number"), rpc::toQuantity(number)},
                       {QStringLiteral("hash"), block.hash.toHex()},
                       {QStringLiteral("parentHash"), block.parentHash.toHex()},
                       {QStringLiteral("transactions"), QJsonArray{}}};
}

QJsonValue FakeChainNode::getLogs(const QJsonObject& filter, QString& error) {
    if (m_logsOverride) {
        QJsonValue value = *m_logsOverride;
        m_logsOverride.reset();
        return value;
    }
    auto from = rpc::parseJsonQuantityU64(filter.value(QStringLiteral("fromBlock")));
    const QJsonValue toBlock = filter.value(QStringLiteral("toBlock"));
    auto to = toBlock.toString() == QLatin1String("latest") ? Result<quint64>(head())
                                                            : rpc::parseJsonQuantityU64(toBlock);
    if (!from.ok() || !to.ok()) {
        error = QStringLiteral("invalid block range");
        return {};
    }
    if (m_maxBlockRange && *to >= *from && *to - *from + 1 > *m_maxBlockRange) {
        ++m_refusedRanges;
        error = QStringLiteral("block range too large: %1 blocks, at most %2")
                    .arg(*to - *from + 1)
                    .arg(*m_maxBlockRange);
        return {};
    }
    m_largestRange = std::max(m_largestRange, *to >= *from ? *to - *from + 1 : 0);
    QList<QString> addresses;
    const QJsonValue address = filter.value(QStringLiteral("address"));
    if (address.isString())
        addresses.append(address.toString().toLower());
    for (const QJsonValue& a : address.toArray())
        addresses.append(a.toString().toLower());
    // Each position: the accepted topics (null or empty: any); a single string is one value.
    QList<QList<QString>> topicFilter;
    for (const QJsonValue& position : filter.value(QStringLiteral("topics")).toArray()) {
        QList<QString> accepted;
        if (position.isString())
            accepted.append(position.toString().toLower());
        for (const QJsonValue& t : position.toArray())
            accepted.append(t.toString().toLower());
        topicFilter.append(accepted);
    }
    const auto topicsMatch = [&topicFilter](const ChainLog& log) {
        for (qsizetype i = 0; i < topicFilter.size(); ++i) {
            if (topicFilter[i].isEmpty())
                continue;
            if (log.topics.size() <= i || !topicFilter[i].contains(log.topics[i].toHex()))
                return false;
        }
        return true;
    };
    QJsonArray logs;
    for (quint64 n = *from; n <= std::min(*to, head()); ++n) {
        for (const ChainLog& log : m_blocks.at(static_cast<qsizetype>(n)).logs) {
            if (!addresses.isEmpty() && !addresses.contains(log.address.toHex()))
                continue;
            if (!topicsMatch(log))
                continue;
            logs.append(log.toJson());
            ++m_logsAnswered;
        }
    }
    if (m_maxLogsPerQuery && logs.size() > *m_maxLogsPerQuery) {
        error = QStringLiteral("query returned more than %1 results").arg(*m_maxLogsPerQuery);
        return {};
    }
    return logs;
}

} // namespace salesdesk::test
