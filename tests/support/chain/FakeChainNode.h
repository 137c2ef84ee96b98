#pragma once

#include "core/chain/events/ChainLog.h"
#include "core/domain/FixedBytes.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <deque>
#include <functional>
#include <optional>

class QTcpSocket;

namespace salesdesk::test {

// A scripted chain behind a small HTTP JSON-RPC server on 127.0.0.1, for the unit tests of the
// event cursor: fast, deterministic, and able to do what a real node does only rarely (reorgs of
// any depth, refusing large log queries, malformed answers, outages).
//
// It answers eth_blockNumber, eth_getBlockByNumber(number or "latest", false) and eth_getLogs over
// block ranges (address and topic filters, every position), single calls and batches, on kept-alive
// connections. Other methods are answered by handlers a test installs (FakeTransactionPool installs
// those of transactions), and any answer can be replaced once (answerNextWith). Blocks get unique
// hashes that chain through parentHash; block 0 has no logs.
class FakeChainNode final : public QObject {
    Q_OBJECT
public:
    // A log to put into a block: the node fills in block, transaction and index fields.
    struct LogSpec {
        Address address;
        QList<Hash32> topics;
        QByteArray data;
    };
    enum class Fault { HttpError, DropConnection };
    // Answers a method the node does not know itself, or replaces its own answer: returns the
    // members of the JSON-RPC reply, {"result": …} or {"error": {"code": …, "message": …}}.
    using Handler = std::function<QJsonObject(const QJsonArray& params)>;

    explicit FakeChainNode(QObject* parent = nullptr);
    ~FakeChainNode() override;

    bool listen();
    QUrl url() const;

    quint64 head() const { return static_cast<quint64>(m_blocks.size()) - 1; }
    Hash32 hashOf(quint64 number) const { return m_blocks.at(number).hash; }
    // Appends `count` empty blocks.
    void mine(quint64 count = 1);
    // Appends one block holding `logs`, one transaction per log.
    void mineWithLogs(const QList<LogSpec>& logs);
    // Replaces the newest `depth` blocks by new ones (new hashes) holding `replacement`'s logs,
    // one entry per new block; the chain may come back shorter or longer.
    void reorg(quint64 depth, const QList<QList<LogSpec>>& replacement);
    // Every log of the canonical chain, in chain order.
    QList<ChainLog> allLogs() const;

    // The next `count` HTTP requests fail with `fault`.
    void failNext(int count, Fault fault = Fault::HttpError);
    // eth_getLogs over more than `maxLogs` logs is refused with the message geth-like nodes use.
    void setMaxLogsPerQuery(std::optional<int> maxLogs) { m_maxLogsPerQuery = maxLogs; }
    // eth_getLogs over more than `blocks` blocks is refused ("block range too large"), as public
    // nodes do.
    void setMaxBlockRange(std::optional<quint64> blocks) { m_maxBlockRange = blocks; }
    int refusedRanges() const { return m_refusedRanges; }
    // The most blocks one eth_getLogs answered for.
    quint64 largestRangeAnswered() const { return m_largestRange; }
    // How many logs all eth_getLogs answers held.
    int logsAnswered() const { return m_logsAnswered; }
    // The next eth_getLogs is answered with `result` instead of the logs.
    void replaceNextLogsResult(QJsonValue result) { m_logsOverride = std::move(result); }

    void setHandler(const QString& method, Handler handler) {
        m_handlers[method] = std::move(handler);
    }
    // The next call of `method` is answered with these reply members ({"result": "0x01"}, an
    // "error" object…) instead of its usual answer; several queue up in order.
    void answerNextWith(const QString& method, const QJsonObject& members) {
        m_overrides[method].push_back(members);
    }

    int callsOf(const QString& method) const { return m_calls.value(method); }
    int httpRequests() const { return m_httpRequests; }

private:
    struct Block {
        Hash32 hash;
        Hash32 parentHash;
        QList<ChainLog> logs;
    };

    void appendBlock(const QList<LogSpec>& logs);
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    QJsonValue answer(const QJsonValue& request);
    QJsonValue result(const QString& method, const QJsonArray& params, QString& error);
    QJsonValue getLogs(const QJsonObject& filter, QString& error);
    QJsonValue blockJson(quint64 number) const;

    QTcpServer m_server;
    QList<Block> m_blocks;
    quint64 m_forks = 0;
    std::deque<Fault> m_faults;
    std::optional<int> m_maxLogsPerQuery;
    std::optional<QJsonValue> m_logsOverride;
    std::optional<quint64> m_maxBlockRange;
    int m_refusedRanges = 0;
    quint64 m_largestRange = 0;
    int m_logsAnswered = 0;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QString, int> m_calls;
    QHash<QString, Handler> m_handlers;
    QHash<QString, std::deque<QJsonObject>> m_overrides;
    int m_httpRequests = 0;
};

} // namespace salesdesk::test
