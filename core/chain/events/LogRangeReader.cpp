#include "core/chain/events/LogRangeReader.h"

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLogRangeReader, "salesdesk.chain.lograngereader")

namespace salesdesk {

namespace {

RpcError malformed(const QString& method, const QString& what) {
    RpcError error = RpcError::malformed(what);
    error.method = method;
    return error;
}

RpcError chainChanged(const QString& what) {
    return malformed(QStringLiteral("eth_getLogs"),
                     QStringLiteral("the chain changed during the read: %1").arg(what));
}

} // namespace

LogRangeReader::LogRangeReader(JsonRpcClient& rpc, Options options, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_options(std::move(options))
    , m_range(std::max<quint64>(1, m_options.maxBlockRange)) {
    m_options.maxBlockRange = m_range;
    m_options.windowBlocks = std::max(1, m_options.windowBlocks);
}

bool LogRangeReader::isRangeTooLarge(const RpcError& error) {
    if (error.kind == RpcError::Kind::Malformed)
        return error.message.contains(QStringLiteral("larger than the limit")) ||
               error.message.contains(QStringLiteral("logs, more than the limit"));
    if (error.kind != RpcError::Kind::JsonRpc)
        return false;
    const QString message = error.message.toLower();
    static const char* const kPatterns[] = {
        "more than",      "block range",   "range too large", "too many",
        "limit exceeded", "response size", "query timeout",   "exceed maximum",
    };
    return std::any_of(std::begin(kPatterns), std::end(kPatterns), [&](const char* pattern) {
        return message.contains(QLatin1String(pattern));
    });
}

void LogRangeReader::headers(const QList<quint64>& numbers, HeadersCallback done) {
    QList<RpcCall> calls;
    calls.reserve(numbers.size());
    for (quint64 number : numbers)
        calls.append(RpcCall{QStringLiteral("eth_getBlockByNumber"),
                             QJsonArray{rpc::toQuantity(number), false}, std::nullopt});
    m_rpc.batch(calls, this,
                [numbers, done = std::move(done)](const QList<RpcResult<QJsonValue>>& answers) {
                    QList<std::optional<ChainBlockHeader>> headers;
                    headers.reserve(answers.size());
                    for (qsizetype i = 0; i < answers.size(); ++i) {
                        if (!answers[i].ok())
                            return done(answers[i].error());
                        const QString where = QStringLiteral("eth_getBlockByNumber(%1) result")
                                                  .arg(rpc::toQuantity(numbers[i]));
                        auto header = ChainBlockHeader::fromJson(*answers[i], where);
                        if (!header.ok())
                            return done(malformed(QStringLiteral("eth_getBlockByNumber"),
                                                  header.message()));
                        if (*header && (*header)->number != numbers[i])
                            return done(malformed(QStringLiteral("eth_getBlockByNumber"),
                                                  QStringLiteral("%1.number: %2, not the block "
                                                                 "asked for")
                                                      .arg(where)
                                                      .arg((*header)->number)));
                        headers.append(*header);
                    }
                    done(headers);
                });
}

void LogRangeReader::read(quint64 from, quint64 lastBlock, std::optional<Hash32> expectedParent,
                          RangeCallback done) {
    Range range;
    range.from = from;
    range.to = std::max(from, std::min(lastBlock, from + m_range - 1));
    const quint64 window = static_cast<quint64>(m_options.windowBlocks);
    const quint64 windowStart = range.to - from + 1 > window ? range.to - window + 1 : from;
    QList<quint64> numbers{from};
    for (quint64 n = std::max(windowStart, from + 1); n <= range.to; ++n)
        numbers.append(n);
    headers(numbers, [this, range, expectedParent, done = std::move(done)](
                         const RpcResult<QList<std::optional<ChainBlockHeader>>>& answer) mutable {
        if (!answer.ok())
            return done(answer.error());
        for (const auto& header : *answer) {
            if (!header)
                return done(chainChanged(
                    QStringLiteral("a block of %1 … %2 is gone").arg(range.from).arg(range.to)));
            range.headers.append(*header);
        }
        if (expectedParent && range.headers.first().parentHash != *expectedParent) {
            range.parentMismatch = true;
            range.headers = {range.headers.first()};
            return done(range);
        }
        readLogs(std::move(range), std::move(done));
    });
}

QJsonObject LogRangeReader::logFilter(quint64 from, const QJsonValue& to,
                                      const IndexedTopicFilter& indexed) const {
    QJsonArray addresses;
    for (const Address& address : m_options.addresses)
        addresses.append(address.toHex());
    QJsonObject filter{{QStringLiteral("fromBlock"), rpc::toQuantity(from)},
                       {QStringLiteral("toBlock"), to},
                       {QStringLiteral("address"), addresses}};
    const auto anyOf = [](const QList<Hash32>& topics) -> QJsonValue {
        if (topics.isEmpty())
            return QJsonValue::Null;
        QJsonArray values;
        for (const Hash32& topic : topics)
            values.append(topic.toHex());
        return values;
    };
    QJsonArray topics{anyOf(m_options.topic0s)};
    for (const QList<Hash32>& position : indexed)
        topics.append(anyOf(position));
    // Trailing "any" positions say nothing.
    while (!topics.isEmpty() && topics.last().isNull())
        topics.removeLast();
    if (!topics.isEmpty())
        filter.insert(QStringLiteral("topics"), topics);
    return filter;
}

bool LogRangeReader::matches(const ChainLog& log) const {
    if (!m_options.topic0s.isEmpty() &&
        (log.topics.isEmpty() || !m_options.topic0s.contains(log.topics.first())))
        return false;
    if (m_options.indexedTopics.isEmpty())
        return true;
    return std::any_of(m_options.indexedTopics.cbegin(), m_options.indexedTopics.cend(),
                       [&log](const IndexedTopicFilter& filter) {
                           for (qsizetype i = 0; i < filter.size(); ++i) {
                               if (filter[i].isEmpty())
                                   continue;
                               if (log.topics.size() <= i + 1 ||
                                   !filter[i].contains(log.topics[i + 1]))
                                   return false;
                           }
                           return true;
                       });
}

void LogRangeReader::readLogs(Range range, RangeCallback done) {
    if (m_options.indexedTopics.isEmpty()) {
        const QJsonObject filter = logFilter(range.from, rpc::toQuantity(range.to), {});
        m_rpc.call(QStringLiteral("eth_getLogs"), QJsonArray{filter}, this,
                   [this, range = std::move(range),
                    done = std::move(done)](const RpcResult<QJsonValue>& answer) mutable {
                       takeLogs(std::move(range), {answer}, std::move(done));
                   });
        return;
    }
    QList<RpcCall> calls;
    for (const IndexedTopicFilter& indexed : m_options.indexedTopics)
        calls.append(RpcCall{QStringLiteral("eth_getLogs"),
                             QJsonArray{logFilter(range.from, rpc::toQuantity(range.to), indexed)},
                             std::nullopt});
    m_rpc.batch(calls, this,
                [this, range = std::move(range),
                 done = std::move(done)](const QList<RpcResult<QJsonValue>>& answers) mutable {
                    takeLogs(std::move(range), answers, std::move(done));
                });
}

void LogRangeReader::takeLogs(Range range, const QList<RpcResult<QJsonValue>>& answers,
                              RangeCallback done) {
    RpcError error;
    bool failed = false;
    QList<ChainLog> merged;
    for (const RpcResult<QJsonValue>& answer : answers) {
        if (!answer.ok()) {
            error = answer.error();
            failed = true;
            // A refusal for size decides: the range is halved whatever the others said.
            if (isRangeTooLarge(error))
                break;
            continue;
        }
        auto logs = ChainLog::listFromJson(*answer, m_options.limits);
        if (!logs.ok()) {
            error = malformed(QStringLiteral("eth_getLogs"), logs.message());
            failed = true;
            if (isRangeTooLarge(error))
                break;
            continue;
        }
        merged.append(*logs);
    }
    if (!failed) {
        if (answers.size() > 1)
            sortLogs(merged);
        range.logs = std::move(merged);
        RpcResult<Range> checked = check(std::move(range));
        if (checked.ok())
            m_range = std::min(m_options.maxBlockRange, m_range * 2);
        return done(checked);
    }
    if (!isRangeTooLarge(error) || range.to == range.from)
        return done(error);
    m_range = std::max<quint64>(1, (range.to - range.from + 1) / 2);
    ++m_halvings;
    qCInfo(lcLogRangeReader).noquote()
        << QStringLiteral("logs of blocks %1 … %2 refused as too large (%3); reading "
                          "%4 block(s) at a time")
               .arg(range.from)
               .arg(range.to)
               .arg(error.message)
               .arg(m_range);
    read(range.from, range.to, std::nullopt, std::move(done));
}

// Chain order, each log once (a log may match several filters).
void LogRangeReader::sortLogs(QList<ChainLog>& logs) {
    std::stable_sort(logs.begin(), logs.end(), [](const ChainLog& a, const ChainLog& b) {
        return a.blockNumber != b.blockNumber ? a.blockNumber < b.blockNumber
                                              : a.logIndex < b.logIndex;
    });
    logs.erase(std::unique(logs.begin(), logs.end(),
                           [](const ChainLog& a, const ChainLog& b) {
                               return a.blockNumber == b.blockNumber && a.logIndex == b.logIndex &&
                                      a.blockHash == b.blockHash;
                           }),
               logs.end());
}

QList<RpcCall> LogRangeReader::aheadCalls(quint64 from, int blocks) const {
    QList<RpcCall> calls;
    for (int i = 0; i < blocks; ++i)
        calls.append(RpcCall{QStringLiteral("eth_getBlockByNumber"),
                             QJsonArray{rpc::toQuantity(from + quint64(i)), false}, std::nullopt});
    const QList<IndexedTopicFilter> filters = m_options.indexedTopics.isEmpty()
                                                  ? QList<IndexedTopicFilter>{IndexedTopicFilter{}}
                                                  : m_options.indexedTopics;
    for (const IndexedTopicFilter& indexed : filters)
        calls.append(RpcCall{QStringLiteral("eth_getLogs"),
                             QJsonArray{logFilter(from, QStringLiteral("latest"), indexed)},
                             std::nullopt});
    return calls;
}

RpcResult<std::optional<LogRangeReader::Range>>
LogRangeReader::takeAhead(quint64 from, int blocks, quint64 lastBlock,
                          std::optional<Hash32> expectedParent,
                          const QList<RpcResult<QJsonValue>>& answers) {
    const std::optional<Range> none;
    const quint64 last = std::min(lastBlock, from + m_range - 1);
    Range range;
    range.from = from;
    for (int i = 0; i < blocks && i < answers.size() && from + quint64(i) <= last; ++i) {
        if (!answers[i].ok())
            break;
        auto header = ChainBlockHeader::fromJson(*answers[i],
                                                 QStringLiteral("eth_getBlockByNumber(%1) result")
                                                     .arg(rpc::toQuantity(from + quint64(i))));
        if (!header.ok())
            return malformed(QStringLiteral("eth_getBlockByNumber"), header.message());
        if (!*header || (*header)->number != from + quint64(i))
            break;
        range.headers.append(**header);
    }
    if (range.headers.isEmpty())
        return none;
    if (expectedParent && range.headers.first().parentHash != *expectedParent) {
        range.parentMismatch = true;
        range.headers = {range.headers.first()};
        return std::optional(range);
    }
    range.to = range.headers.last().number;
    const QList<RpcResult<QJsonValue>> logAnswers = answers.mid(blocks);
    if (logAnswers.isEmpty())
        return none;
    for (const RpcResult<QJsonValue>& answer : logAnswers) {
        if (!answer.ok())
            return none;
        auto logs = ChainLog::listFromJson(*answer, m_options.limits);
        if (!logs.ok())
            return none;
        for (const ChainLog& log : *logs)
            if (log.blockNumber <= range.to)
                range.logs.append(log);
    }
    if (logAnswers.size() > 1)
        sortLogs(range.logs);
    RpcResult<Range> checked = check(std::move(range));
    if (!checked.ok())
        return checked.error();
    return std::optional(*checked);
}

RpcResult<LogRangeReader::Range> LogRangeReader::check(Range range) const {
    for (qsizetype i = 2; i < range.headers.size(); ++i)
        if (range.headers[i].parentHash != range.headers[i - 1].hash)
            return chainChanged(QStringLiteral("block %1 does not follow block %2")
                                    .arg(range.headers[i].number)
                                    .arg(range.headers[i - 1].number));
    if (range.headers.size() > 1 && range.headers[1].number == range.from + 1 &&
        range.headers[1].parentHash != range.headers[0].hash)
        return chainChanged(QStringLiteral("block %1 does not follow block %2")
                                .arg(range.from + 1)
                                .arg(range.from));
    QHash<quint64, Hash32> headerHashes;
    for (const ChainBlockHeader& header : range.headers)
        headerHashes.insert(header.number, header.hash);
    const ChainLog* previous = nullptr;
    for (const ChainLog& log : range.logs) {
        const auto where = [&log] {
            return QStringLiteral("eth_getLogs result: %1").arg(log.describe());
        };
        if (log.blockNumber < range.from || log.blockNumber > range.to)
            return malformed(QStringLiteral("eth_getLogs"),
                             QStringLiteral("%1 lies outside the blocks %2 … %3 asked for")
                                 .arg(where())
                                 .arg(range.from)
                                 .arg(range.to));
        if (!m_options.addresses.contains(log.address))
            return malformed(QStringLiteral("eth_getLogs"),
                             QStringLiteral("%1 comes from %2, not an address asked for")
                                 .arg(where(), log.address.toHex()));
        if (!matches(log))
            return malformed(QStringLiteral("eth_getLogs"),
                             QStringLiteral("%1 is not an event asked for").arg(where()));
        if (previous &&
            (log.blockNumber < previous->blockNumber ||
             (log.blockNumber == previous->blockNumber && log.logIndex <= previous->logIndex)))
            return malformed(QStringLiteral("eth_getLogs"),
                             QStringLiteral("%1 comes after %2: the logs are not in chain order")
                                 .arg(where(), previous->describe()));
        if (previous && log.blockNumber == previous->blockNumber &&
            log.blockHash != previous->blockHash)
            return chainChanged(
                QStringLiteral("two logs of block %1 carry different hashes").arg(log.blockNumber));
        const auto header = headerHashes.constFind(log.blockNumber);
        if (header != headerHashes.constEnd() && *header != log.blockHash)
            return chainChanged(
                QStringLiteral("%1 carries block hash %2, its header %3")
                    .arg(where(), log.blockHash.toShortHex(), header->toShortHex()));
        previous = &log;
    }
    return range;
}

} // namespace salesdesk
