#include "core/chain/rpc/RevertData.h"

#include "core/chain/rpc/RpcHex.h"

#include <QJsonArray>
#include <QJsonObject>

namespace salesdesk::rpc {

namespace {

// Error JSON nests a few levels at most; deeper input is not an error object of any node.
constexpr int kMaxDepth = 16;

bool mentionsRevert(const QJsonValue& value) {
    return value.isString() &&
           value.toString().contains(QLatin1String("revert"), Qt::CaseInsensitive);
}

std::optional<QByteArray> hexData(const QJsonValue& value) {
    if (!value.isString())
        return std::nullopt;
    auto bytes = parseData(QStringView(value.toString()));
    if (!bytes.ok())
        return std::nullopt;
    return *bytes;
}

// "Reverted 0x…": OpenEthereum's data string.
std::optional<QByteArray> openEthereumData(const QJsonValue& value) {
    static const QString prefix = QStringLiteral("Reverted ");
    if (!value.isString() || !value.toString().startsWith(prefix))
        return std::nullopt;
    return hexData(value.toString().mid(prefix.size()));
}

std::optional<QByteArray> search(const QJsonValue& value, bool inRevert, int depth) {
    if (depth > kMaxDepth)
        return std::nullopt;
    if (value.isArray()) {
        for (const QJsonValue& element : value.toArray())
            if (auto found = search(element, inRevert, depth + 1))
                return found;
        return std::nullopt;
    }
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const bool revertHere = inRevert || mentionsRevert(object.value(QStringLiteral("message"))) ||
                            mentionsRevert(object.value(QStringLiteral("error")));
    for (const QString& key : {QStringLiteral("data"), QStringLiteral("return")}) {
        const QJsonValue member = object.value(key);
        if (auto reverted = openEthereumData(member))
            return reverted;
        if (revertHere)
            if (auto found = hexData(member))
                return found;
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.value().isObject() || it.value().isArray())
            if (auto found = search(it.value(), revertHere, depth + 1))
                return found;
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> revertData(const QJsonValue& error) {
    return search(error, false, 0);
}

std::optional<QByteArray> revertData(const RpcError& error) {
    if (error.kind != RpcError::Kind::JsonRpc)
        return std::nullopt;
    return revertData(QJsonValue(error.errorObject()));
}

} // namespace salesdesk::rpc
