#pragma once

#include "core/chain/events/ChainBlockHeader.h"
#include "core/chain/events/ChainLog.h"
#include "core/chain/rpc/RpcResult.h"
#include "core/domain/FixedBytes.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace salesdesk {

class JsonRpcClient;

// Reads one contract's logs over an explicit block range with eth_getLogs (never a node-side
// filter), together with the headers the event cursor needs to notice reorgs.
//
// A read of [from, …] first asks for the headers of `from` and of the range's last
// `windowBlocks` blocks in one batch, then for the logs. When the first block's parent is not
// the block the caller last processed, the read stops there and says so (a reorg). Otherwise the
// answer is checked before it is returned: the headers link up, every log lies in the range,
// matches the filter, comes in chain order and carries the hash of its block's header; any
// mismatch means the chain changed during the read and the read fails (nothing of it is used).
//
// `indexedTopics` narrows the read to the logs whose indexed topics (1, 2, 3) match one of its
// filters: each filter is read with its own eth_getLogs over the same range (one batch), and the
// logs are merged in chain order, a log matching several filters coming once. So following one
// account's Transfers of a busy token costs only that account's logs.
//
// Ranges are at most `maxBlockRange` blocks. When the node refuses a range as too large ("query
// returned more than 10000 results", "block range too large", an answer over the size limit),
// the range is halved and read again, down to one block; after a successful read the range
// doubles again, up to the maximum.
class LogRangeReader final : public QObject {
    Q_OBJECT
public:
    using IndexedTopicFilter = QList<QList<Hash32>>;
    struct Options {
        QList<Address> addresses; // at least one
        QList<Hash32> topic0s;    // empty: any event
        // Each filter: the accepted values of topics 1, 2, 3 in order (an empty list, or a
        // missing one, accepts any value). Empty: no filter beyond topic0s.
        QList<IndexedTopicFilter> indexedTopics;
        quint64 maxBlockRange = 2000;
        int windowBlocks = 64;
        ChainLog::Limits limits;
    };
    struct Range {
        quint64 from = 0;
        quint64 to = 0;
        // The first block's header, then the window's (ascending, without repeating `from`).
        QList<ChainBlockHeader> headers;
        QList<ChainLog> logs;
        // The first block's parent is not the expected one: headers holds only that block and
        // logs are not read.
        bool parentMismatch = false;
    };
    using RangeCallback = std::function<void(const RpcResult<Range>&)>;
    using HeadersCallback =
        std::function<void(const RpcResult<QList<std::optional<ChainBlockHeader>>>&)>;

    // The client must outlive the reader.
    LogRangeReader(JsonRpcClient& rpc, Options options, QObject* parent = nullptr);

    const Options& options() const { return m_options; }
    // The range the next read asks for at most (halved after refusals).
    quint64 currentRange() const { return m_range; }
    quint64 rangeHalvings() const { return m_halvings; }

    // Reads [from, min(lastBlock, from + currentRange() - 1)]. `expectedParent`: the hash of
    // block from - 1 as the caller processed it, when it did.
    void read(quint64 from, quint64 lastBlock, std::optional<Hash32> expectedParent,
              RangeCallback done);
    // The headers of `numbers` in one batch; null where the node has no such block.
    void headers(const QList<quint64>& numbers, HeadersCallback done);

    // A read ahead, for a caller that does not know the head yet and sends these calls in the
    // batch that asks for it: the headers of blocks from … from + blocks - 1, then the logs of
    // from … "latest" (an eth_getLogs per indexed filter). takeAhead() reads their answers (in
    // that order) into the range from … the last block of the run that has a header, cut to
    // lastBlock and currentRange(); its logs are those of that range (later ones are left for the
    // next read). Nullopt when nothing of it can be used (no header of `from`, a call failed, the
    // node refused the logs): the caller then reads the usual way. Errors are as read()'s.
    QList<RpcCall> aheadCalls(quint64 from, int blocks) const;
    RpcResult<std::optional<Range>> takeAhead(quint64 from, int blocks, quint64 lastBlock,
                                              std::optional<Hash32> expectedParent,
                                              const QList<RpcResult<QJsonValue>>& answers);

    // Whether the node refused a log query for its size, so a smaller range may pass.
    static bool isRangeTooLarge(const RpcError& error);

private:
    void readLogs(Range range, RangeCallback done);
    RpcResult<Range> check(Range range) const;
    QJsonObject logFilter(quint64 from, const QJsonValue& to,
                          const IndexedTopicFilter& indexed) const;
    static void sortLogs(QList<ChainLog>& logs);
    void takeLogs(Range range, const QList<RpcResult<QJsonValue>>& answers, RangeCallback done);
    bool matches(const ChainLog& log) const;

    JsonRpcClient& m_rpc;
    Options m_options;
    quint64 m_range = 0;
    quint64 m_halvings = 0;
};

} // namespace salesdesk
