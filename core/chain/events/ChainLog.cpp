#include "core/chain/events/ChainLog.h"

#include "core/chain/rpc/RpcHex.h"

#include <QJsonArray>
#include <QJsonObject>

namespace salesdesk {

namespace {

constexpr qsizetype kMaxTopics = 4;

Error fieldError(const QString& where, const QString& field, const QString& what) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("%1.%2: %3").arg(where, field, what));
}

template <typename Bytes>
Result<Bytes> parseFixed(const QJsonObject& object, const QString& where, const QString& field) {
    const QJsonValue value = object.value(field);
    if (!value.isString())
        return fieldError(where, field,
                          value.isUndefined() ? QStringLiteral("missing")
                                              : QStringLiteral("not a JSON string"));
    auto parsed = Bytes::fromHex(value.toString());
    if (!parsed.ok())
        return fieldError(where, field, parsed.message());
    return *parsed;
}

Result<quint64> parseNumber(const QJsonObject& object, const QString& where, const QString& field) {
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return fieldError(where, field, QStringLiteral("missing"));
    return rpc::parseJsonQuantityU64(value, QString(where + u'.' + field));
}

} // namespace

Result<ChainLog> ChainLog::fromJson(const QJsonValue& value, const QString& where,
                                    const Limits& limits) {
    if (!value.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: not a JSON object").arg(where));
    const QJsonObject object = value.toObject();
    ChainLog log;

    const QJsonValue removed = object.value(QStringLiteral("removed"));
    if (!removed.isUndefined() && !removed.isBool())
        return fieldError(where, QStringLiteral("removed"), QStringLiteral("not a JSON boolean"));
    if (removed.toBool(false))
        return fieldError(where, QStringLiteral("removed"),
                          QStringLiteral("true: a range query never answers removed logs"));
    if (object.value(QStringLiteral("blockHash")).isNull())
        return fieldError(where, QStringLiteral("blockHash"),
                          QStringLiteral("null: the log is pending, not mined"));

    auto address = parseFixed<Address>(object, where, QStringLiteral("address"));
    if (!address.ok())
        return address.error();
    log.address = *address;

    const QJsonValue topics = object.value(QStringLiteral("topics"));
    if (!topics.isArray())
        return fieldError(where, QStringLiteral("topics"),
                          topics.isUndefined() ? QStringLiteral("missing")
                                               : QStringLiteral("not a JSON array"));
    const QJsonArray topicArray = topics.toArray();
    if (topicArray.size() > kMaxTopics)
        return fieldError(where, QStringLiteral("topics"),
                          QStringLiteral("%1 topics, a log has at most %2")
                              .arg(topicArray.size())
                              .arg(kMaxTopics));
    for (qsizetype i = 0; i < topicArray.size(); ++i) {
        const QJsonValue topic = topicArray.at(i);
        const QString field = QStringLiteral("topics[%1]").arg(i);
        if (!topic.isString())
            return fieldError(where, field, QStringLiteral("not a JSON string"));
        auto parsed = Hash32::fromHex(topic.toString());
        if (!parsed.ok())
            return fieldError(where, field, parsed.message());
        log.topics.append(*parsed);
    }

    const QJsonValue data = object.value(QStringLiteral("data"));
    if (data.isUndefined())
        return fieldError(where, QStringLiteral("data"), QStringLiteral("missing"));
    // Hex text is two characters per byte after "0x": refuse an oversized one before decoding.
    if (data.isString() && (data.toString().size() - 2) / 2 > limits.maxDataBytes)
        return fieldError(where, QStringLiteral("data"),
                          QStringLiteral("%1 bytes, more than the limit of %2 bytes")
                              .arg((data.toString().size() - 2) / 2)
                              .arg(limits.maxDataBytes));
    auto bytes = rpc::parseJsonData(data, QString(where + QStringLiteral(".data")));
    if (!bytes.ok())
        return bytes.error();
    log.data = *bytes;

    auto blockNumber = parseNumber(object, where, QStringLiteral("blockNumber"));
    if (!blockNumber.ok())
        return blockNumber.error();
    log.blockNumber = *blockNumber;
    auto blockHash = parseFixed<Hash32>(object, where, QStringLiteral("blockHash"));
    if (!blockHash.ok())
        return blockHash.error();
    log.blockHash = *blockHash;
    auto txHash = parseFixed<Hash32>(object, where, QStringLiteral("transactionHash"));
    if (!txHash.ok())
        return txHash.error();
    log.transactionHash = *txHash;
    auto txIndex = parseNumber(object, where, QStringLiteral("transactionIndex"));
    if (!txIndex.ok())
        return txIndex.error();
    log.transactionIndex = *txIndex;
    auto logIndex = parseNumber(object, where, QStringLiteral("logIndex"));
    if (!logIndex.ok())
        return logIndex.error();
    log.logIndex = *logIndex;
    return log;
}

Result<QList<ChainLog>> ChainLog::listFromJson(const QJsonValue& value, const Limits& limits,
                                               const QString& where) {
    if (!value.isArray())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: not a JSON array of logs").arg(where));
    const QJsonArray array = value.toArray();
    if (array.size() > limits.maxLogs)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: %2 logs, more than the limit of %3 in one answer")
                             .arg(where)
                             .arg(array.size())
                             .arg(limits.maxLogs));
    QList<ChainLog> logs;
    logs.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto log = fromJson(array.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), limits);
        if (!log.ok())
            return log.error();
        logs.append(std::move(*log));
    }
    return logs;
}

QJsonValue ChainLog::toJson() const {
    QJsonArray topicArray;
    for (const Hash32& topic : topics)
        topicArray.append(topic.toHex());
    return QJsonObject{
        {QStringLiteral("address"), address.toHex()},
        {QStringLiteral("topics"), topicArray},
        {QStringLiteral("data"), rpc::toData(data)},
        {QStringLiteral("blockNumber"), rpc::toQuantity(blockNumber)},
        {QStringLiteral("blockHash"), blockHash.toHex()},
        {QStringLiteral("transactionHash"), transactionHash.toHex()},
        {QStringLiteral("transactionIndex"), rpc::toQuantity(transactionIndex)},
        {QStringLiteral("logIndex"), rpc::toQuantity(logIndex)},
        {QStringLiteral("removed"), false},
    };
}

QString ChainLog::describe() const {
    return QStringLiteral("block %1 log %2 (tx %3)")
        .arg(blockNumber)
        .arg(logIndex)
        .arg(transactionHash.toShortHex());
}

} // namespace salesdesk
