#include "core/chain/tx/TransactionReceipt.h"

#include "core/chain/rpc/RpcHex.h"

#include <QJsonObject>

namespace salesdesk {

namespace {

template <typename Bytes> Result<Bytes> parseFixed(const QJsonObject& object, const QString& key) {
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("receipt field %1 is missing or not a string").arg(key));
    auto parsed = Bytes::fromHex(value.toString());
    if (!parsed.ok())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("receipt field %1: %2").arg(key, parsed.message()));
    return *parsed;
}

} // namespace

Result<TransactionReceipt> TransactionReceipt::fromJson(const QJsonValue& value) {
    if (!value.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a transaction receipt must be a JSON object"));
    const QJsonObject object = value.toObject();
    TransactionReceipt receipt;
    SD_TRY_ASSIGN(receipt.transactionHash,
                  parseFixed<Hash32>(object, QStringLiteral("transactionHash")));
    SD_TRY_ASSIGN(receipt.blockHash, parseFixed<Hash32>(object, QStringLiteral("blockHash")));
    SD_TRY_ASSIGN(receipt.blockNumber,
                  rpc::parseJsonQuantityU64(object.value(QStringLiteral("blockNumber")),
                                            u"receipt field blockNumber"));
    quint64 status = 0;
    SD_TRY_ASSIGN(status, rpc::parseJsonQuantityU64(object.value(QStringLiteral("status")),
                                                    u"receipt field status"));
    if (status > 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("receipt field status is %1, not 0 or 1").arg(status));
    receipt.succeeded = status == 1;
    SD_TRY_ASSIGN(receipt.gasUsed,
                  rpc::parseJsonQuantityU64(object.value(QStringLiteral("gasUsed")),
                                            u"receipt field gasUsed"));
    const QJsonValue price = object.value(QStringLiteral("effectiveGasPrice"));
    if (!price.isUndefined() && !price.isNull())
        SD_TRY_ASSIGN(receipt.effectiveGasPrice,
                      rpc::parseJsonQuantity(price, u"receipt field effectiveGasPrice"));
    const QJsonValue created = object.value(QStringLiteral("contractAddress"));
    if (!created.isUndefined() && !created.isNull()) {
        Address address;
        SD_TRY_ASSIGN(address, parseFixed<Address>(object, QStringLiteral("contractAddress")));
        receipt.contractAddress = address;
    }
    return receipt;
}

} // namespace salesdesk
