#include "core/chain/crypto/Eip1559Transaction.h"

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Rlp.h"
#include "core/chain/crypto/Secp256k1.h"
#include "core/domain/AbiEncoder.h"

namespace salesdesk {

namespace {

constexpr std::size_t kSignedFields = 12;

QByteArray fieldsPayload(const Eip1559Transaction& tx) {
    QByteArray accessList;
    for (const AccessListEntry& entry : tx.accessList) {
        QByteArray keys;
        for (const Hash32& key : entry.storageKeys)
            keys += rlp::encodeBytes(key.toByteArray());
        accessList += rlp::encodeList(
            {rlp::encodeBytes(entry.address.toByteArray()), rlp::encodeListPayload(keys)});
    }
    QByteArray payload;
    payload += rlp::encodeUInt(tx.chainId);
    payload += rlp::encodeUInt(tx.nonce);
    payload += rlp::encodeUInt(tx.maxPriorityFeePerGas);
    payload += rlp::encodeUInt(tx.maxFeePerGas);
    payload += rlp::encodeUInt(tx.gasLimit);
    payload += rlp::encodeBytes(tx.to ? tx.to->toByteArray() : QByteArray());
    payload += rlp::encodeUInt(tx.value);
    payload += rlp::encodeBytes(tx.data);
    payload += rlp::encodeListPayload(accessList);
    return payload;
}

QByteArray typed(const QByteArray& rlpList) {
    return QByteArray(1, static_cast<char>(Eip1559Transaction::kType)) + rlpList;
}

Error invalid(const QString& why) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("not a valid signed EIP-1559 transaction: %1").arg(why));
}

Result<std::vector<AccessListEntry>> decodeAccessList(const RlpItem& item) {
    if (!item.isList())
        return invalid(QStringLiteral("accessList is not a list"));
    std::vector<AccessListEntry> entries;
    for (const RlpItem& entryItem : item.items()) {
        const auto& parts = entryItem.items();
        if (!entryItem.isList() || parts.size() != 2 || parts[0].isList() ||
            parts[0].value().size() != 20 || !parts[1].isList())
            return invalid(
                QStringLiteral("accessList entry %1 is not [address, [keys]]").arg(entries.size()));
        AccessListEntry entry;
        entry.address = Address::fromBytes(parts[0].value());
        for (const RlpItem& key : parts[1].items()) {
            if (key.isList() || key.value().size() != 32)
                return invalid(QStringLiteral("accessList entry %1 has a storage key that is not "
                                              "32 bytes")
                                   .arg(entries.size()));
            entry.storageKeys.push_back(Hash32::fromBytes(key.value()));
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace

QByteArray Eip1559Transaction::signingPayload() const {
    return typed(rlp::encodeListPayload(fieldsPayload(*this)));
}

Hash32 Eip1559Transaction::signingHash() const {
    return abi::keccak256(signingPayload());
}

QByteArray Eip1559Transaction::encodeSigned(const Signature& signature) const {
    QByteArray payload = fieldsPayload(*this);
    payload += rlp::encodeUInt(static_cast<quint64>(signature.yParity));
    payload += rlp::encodeBytes(rlp::minimalBigEndian(uint256::fromBigEndian(signature.r).value()));
    payload += rlp::encodeBytes(rlp::minimalBigEndian(uint256::fromBigEndian(signature.s).value()));
    return typed(rlp::encodeListPayload(payload));
}

SignedTransaction Eip1559Transaction::sign(const PrivateKey& key) const {
    SignedTransaction signedTx;
    signedTx.transaction = *this;
    signedTx.signature = key.sign(signingHash());
    signedTx.raw = encodeSigned(signedTx.signature);
    signedTx.hash = abi::keccak256(signedTx.raw);
    signedTx.sender = key.address();
    return signedTx;
}

Result<SignedTransaction> Eip1559Transaction::decodeSigned(QByteArrayView raw) {
    if (raw.isEmpty() || static_cast<quint8>(raw[0]) != kType)
        return invalid(raw.isEmpty()
                           ? QStringLiteral("no bytes")
                           : QStringLiteral("type byte 0x%1, expected 0x02")
                                 .arg(static_cast<quint8>(raw[0]), 2, 16, QLatin1Char('0')));
    auto decoded = rlp::decode(raw.sliced(1));
    if (!decoded.ok())
        return invalid(decoded.message());
    const auto& fields = decoded->items();
    if (!decoded->isList() || fields.size() != kSignedFields)
        return invalid(QStringLiteral("expected a list of %1 fields, found %2")
                           .arg(kSignedFields)
                           .arg(decoded->isList() ? QString::number(fields.size())
                                                  : QStringLiteral("a string")));
    Eip1559Transaction tx;
    auto u64 = [&](int index, const char* name, quint64& out) -> Result<void> {
        auto value = rlp::toU64(fields[index], QString::fromLatin1(name));
        if (!value.ok())
            return invalid(value.message());
        out = *value;
        return {};
    };
    auto u256 = [&](int index, const char* name, UInt256& out) -> Result<void> {
        auto value = rlp::toUInt(fields[index], QString::fromLatin1(name));
        if (!value.ok())
            return invalid(value.message());
        out = *value;
        return {};
    };
    SD_TRY(u64(0, "chainId", tx.chainId));
    SD_TRY(u64(1, "nonce", tx.nonce));
    SD_TRY(u256(2, "maxPriorityFeePerGas", tx.maxPriorityFeePerGas));
    SD_TRY(u256(3, "maxFeePerGas", tx.maxFeePerGas));
    SD_TRY(u64(4, "gasLimit", tx.gasLimit));
    const RlpItem& to = fields[5];
    if (to.isList() || (!to.value().isEmpty() && to.value().size() != 20))
        return invalid(QStringLiteral("to is not empty or 20 bytes"));
    if (!to.value().isEmpty())
        tx.to = Address::fromBytes(to.value());
    SD_TRY(u256(6, "value", tx.value));
    if (fields[7].isList())
        return invalid(QStringLiteral("data is a list"));
    tx.data = fields[7].value();
    auto accessList = decodeAccessList(fields[8]);
    if (!accessList.ok())
        return accessList.error();
    tx.accessList = std::move(*accessList);

    quint64 parity = 0;
    SD_TRY(u64(9, "yParity", parity));
    if (parity > 1)
        return invalid(QStringLiteral("yParity is %1, expected 0 or 1").arg(parity));
    UInt256 r = 0;
    UInt256 s = 0;
    SD_TRY(u256(10, "r", r));
    SD_TRY(u256(11, "s", s));
    Signature signature;
    signature.yParity = static_cast<int>(parity);
    signature.r = uint256::toBigEndian32(r);
    signature.s = uint256::toBigEndian32(s);
    if (!Secp256k1::hasLowS(signature))
        return invalid(QStringLiteral("s is above half the curve order"));
    auto sender = Secp256k1::recoverAddress(tx.signingHash(), signature);
    if (!sender.ok())
        return invalid(sender.message());

    SignedTransaction signedTx;
    signedTx.transaction = std::move(tx);
    signedTx.signature = signature;
    signedTx.raw = raw.toByteArray();
    signedTx.hash = abi::keccak256(raw);
    signedTx.sender = *sender;
    return signedTx;
}

} // namespace salesdesk
