#include "core/chain/deals/DealProposal.h"

#include "core/chain/crypto/PrivateKey.h"

#include <QJsonValue>

namespace salesdesk {

namespace {

QByteArray word(const UInt256& value) {
    return uint256::toBigEndian32(value);
}

QByteArray word(const Address& address) {
    return QByteArray(12, '\0') + address.toByteArray();
}

Error fieldError(const char* field, const QString& why) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("deal proposal: \"%1\" %2").arg(QLatin1StringView(field), why));
}

Result<QString> text(const QJsonObject& json, const char* field) {
    const QJsonValue value = json.value(QLatin1StringView(field));
    if (value.isUndefined())
        return fieldError(field, QStringLiteral("is missing"));
    if (!value.isString())
        return fieldError(field, QStringLiteral("must be a string"));
    return value.toString();
}

template <typename Fixed> Result<Fixed> fixed(const QJsonObject& json, const char* field) {
    const Result<QString> value = text(json, field);
    if (!value.ok())
        return value.error();
    Result<Fixed> parsed = Fixed::fromHex(*value);
    if (!parsed.ok())
        return fieldError(field, QStringLiteral("is not valid hex: %1").arg(parsed.message()));
    return parsed;
}

Result<UInt256> amount(const QJsonObject& json, const char* field) {
    const Result<QString> value = text(json, field);
    if (!value.ok())
        return value.error();
    Result<UInt256> parsed = uint256::parse(*value);
    if (!parsed.ok())
        return fieldError(field, parsed.message());
    return parsed;
}

Result<quint64> count(const QJsonObject& json, const char* field) {
    const QJsonValue number = json.value(QLatin1StringView(field));
    if (number.isDouble()) {
        const double d = number.toDouble();
        if (d < 0 || d > 9007199254740992.0 || d != static_cast<double>(static_cast<quint64>(d)))
            return fieldError(field, QStringLiteral("must be a whole number from 0 to 2^53"));
        return static_cast<quint64>(d);
    }
    const Result<UInt256> value = amount(json, field);
    if (!value.ok())
        return value.error();
    if (*value > UInt256(std::numeric_limits<quint64>::max()))
        return fieldError(field, QStringLiteral("does not fit in 64 bits"));
    return value->convert_to<quint64>();
}

} // namespace

Eip712Domain DealProposal::domain(quint64 chainId, const Address& contract) {
    return Eip712Domain{QStringLiteral("DirectDeals"), QStringLiteral("1"), chainId, contract};
}

Hash32 DealProposal::structHash() const {
    static const Hash32 type = Eip712Domain::typeHash(kType);
    QByteArray encoded = type.toByteArray();
    encoded += word(client);
    encoded += word(provider);
    encoded += dataRoot.toByteArray();
    encoded += word(UInt256(size));
    encoded += word(UInt256(chunkCount));
    encoded += word(UInt256(start));
    encoded += word(UInt256(end));
    encoded += word(pricePerSecond);
    encoded += word(providerCollateral);
    encoded += word(salt);
    return abi::keccak256(encoded);
}

Signature DealProposal::sign(const PrivateKey& signer, const Eip712Domain& domain) const {
    return signer.sign(digest(domain));
}

Result<UInt256> DealProposal::payment() const {
    return uint256::checkedMul(pricePerSecond, UInt256(duration()));
}

abi::Value DealProposal::abiTuple() const {
    return abi::tuple({abi::address(client), abi::address(provider), abi::bytes32(dataRoot),
                       abi::uint(UInt256(size)), abi::uint(UInt256(chunkCount)),
                       abi::uint(UInt256(start)), abi::uint(UInt256(end)),
                       abi::uint(pricePerSecond), abi::uint(providerCollateral), abi::uint(salt)});
}

QJsonObject DealProposal::toJson() const {
    return QJsonObject{
        {QStringLiteral("client"), client.toHex()},
        {QStringLiteral("provider"), provider.toHex()},
        {QStringLiteral("dataRoot"), dataRoot.toHex()},
        {QStringLiteral("size"), QString::number(size)},
        {QStringLiteral("chunkCount"), QString::number(chunkCount)},
        {QStringLiteral("start"), QString::number(start)},
        {QStringLiteral("end"), QString::number(end)},
        {QStringLiteral("pricePerSecond"), uint256::toDecimal(pricePerSecond)},
        {QStringLiteral("providerCollateral"), uint256::toDecimal(providerCollateral)},
        {QStringLiteral("salt"), uint256::toDecimal(salt)},
    };
}

Result<DealProposal> DealProposal::fromJson(const QJsonObject& json) {
    DealProposal p;
#define SD_READ(target, reader, field)                                                             \
    {                                                                                              \
        auto value = reader(json, field);                                                          \
        if (!value.ok())                                                                           \
            return value.error();                                                                  \
        target = *value;                                                                           \
    }
    SD_READ(p.client, fixed<Address>, "client")
    SD_READ(p.provider, fixed<Address>, "provider")
    SD_READ(p.dataRoot, fixed<Hash32>, "dataRoot")
    SD_READ(p.size, count, "size")
    SD_READ(p.chunkCount, count, "chunkCount")
    SD_READ(p.start, count, "start")
    SD_READ(p.end, count, "end")
    SD_READ(p.pricePerSecond, amount, "pricePerSecond")
    SD_READ(p.providerCollateral, amount, "providerCollateral")
    SD_READ(p.salt, amount, "salt")
#undef SD_READ
    return p;
}

} // namespace salesdesk
