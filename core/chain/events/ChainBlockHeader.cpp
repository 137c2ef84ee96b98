#include "core/chain/events/ChainBlockHeader.h"

#include "core/chain/rpc/RpcHex.h"

#include <QJsonObject>

namespace salesdesk {

namespace {

Result<Hash32> parseHash(const QJsonObject& object, const QString& where, const QString& field) {
    const QJsonValue value = object.value(field);
    if (!value.isString())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1.%2: %3")
                             .arg(where, field,
                                  value.isUndefined() ? QStringLiteral("missing")
                                                      : QStringLiteral("not a JSON string")));
    auto hash = Hash32::fromHex(value.toString());
    if (!hash.ok())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1.%2: %3").arg(where, field, hash.message()));
    return *hash;
}

} // namespace

Result<std::optional<ChainBlockHeader>> ChainBlockHeader::fromJson(const QJsonValue& value,
                                                                   const QString& where) {
    if (value.isNull())
        return std::optional<ChainBlockHeader>();
    if (!value.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: not a JSON object or null").arg(where));
    const QJsonObject object = value.toObject();
    ChainBlockHeader header;
    const QJsonValue number = object.value(QStringLiteral("number"));
    if (number.isUndefined())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1.number: missing").arg(where));
    auto parsedNumber =
        rpc::parseJsonQuantityU64(number, QString(where + QStringLiteral(".number")));
    if (!parsedNumber.ok())
        return parsedNumber.error();
    header.number = *parsedNumber;
    auto hash = parseHash(object, where, QStringLiteral("hash"));
    if (!hash.ok())
        return hash.error();
    header.hash = *hash;
    auto parent = parseHash(object, where, QStringLiteral("parentHash"));
    if (!parent.ok())
        return parent.error();
    header.parentHash = *parent;
    return std::optional<ChainBlockHeader>(header);
}

} // namespace salesdesk
