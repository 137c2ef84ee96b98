#include "core/chain/market/Erc20.h"

#include "core/chain/abi/AbiCodec.h"
#include "core/chain/abi/AbiType.h"
#include "core/chain/abi/AbiValue.h"
#include "core/domain/AbiEncoder.h"

namespace salesdesk::erc20 {

QByteArray balanceOf(const Address& holder) {
    return abi::encodeCall("balanceOf(address)", {abi::address(holder)});
}

QByteArray allowance(const Address& owner, const Address& spender) {
    return abi::encodeCall("allowance(address,address)",
                           {abi::address(owner), abi::address(spender)});
}

QByteArray approve(const Address& spender, const UInt256& amount) {
    return abi::encodeCall("approve(address,uint256)", {abi::address(spender), abi::uint(amount)});
}

QByteArray transfer(const Address& to, const UInt256& amount) {
    return abi::encodeCall("transfer(address,uint256)", {abi::address(to), abi::uint(amount)});
}

QByteArray name() {
    return abi::encodeCall("name()", {});
}

QByteArray symbol() {
    return abi::encodeCall("symbol()", {});
}

QByteArray decimals() {
    return abi::encodeCall("decimals()", {});
}

Result<QString> decodeText(QStringView what, QByteArrayView data) {
    if (data.size() == 32) {
        // bytes32: the text, then zero bytes.
        QByteArray text = data.toByteArray();
        const qsizetype end = text.indexOf('\0');
        if (end >= 0) {
            if (text.mid(end).count('\0') != text.size() - end)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("%1() answered 32 bytes that are not a text padded "
                                                "with zeros")
                                     .arg(what));
            text.truncate(end);
        }
        return QString::fromUtf8(text);
    }
    static const abi::AbiType stringType = abi::AbiType::parse(u"string").value();
    const auto values = abi::AbiCodec::decodeParameters({stringType}, data, u"answer");
    if (!values.ok())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1() did not answer a string: %2").arg(what, values.message()));
    return values->front().text();
}

Result<quint8> decodeDecimals(QByteArrayView data) {
    if (data.size() != 32)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("decimals() answered %1 bytes, expected one word of 32")
                             .arg(data.size()));
    UInt256 value;
    SD_TRY_ASSIGN(value, uint256::fromBigEndian(data));
    if (value > UInt256(255))
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("decimals() answered %1, past 255").arg(uint256::toDecimal(value)));
    return value.convert_to<quint8>();
}

Result<TokenInfo> tokenInfo(QByteArrayView nameData, QByteArrayView symbolData,
                            QByteArrayView decimalsData) {
    TokenInfo info;
    SD_TRY_ASSIGN(info.name, decodeText(u"name", nameData));
    SD_TRY_ASSIGN(info.symbol, decodeText(u"symbol", symbolData));
    SD_TRY_ASSIGN(info.decimals, decodeDecimals(decimalsData));
    return info;
}

Hash32 addressTopic(const Address& address) {
    return Hash32::fromBytes(QByteArray(QByteArray(12, '\0') + address.toByteArray()));
}

Hash32 transferTopic() {
    static const Hash32 topic = abi::keccak256("Transfer(address,address,uint256)");
    return topic;
}

namespace {

// An indexed address: 12 zero bytes, then the address.
Result<Address> topicAddress(const Hash32& topic, const QString& where) {
    const QByteArray bytes = topic.toByteArray();
    if (bytes.left(12) != QByteArray(12, '\0'))
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1: topic %2 is not an address").arg(where, topic.toHex()));
    return Address::fromBytes(bytes.mid(12));
}

} // namespace

Result<std::optional<Transfer>> transferOf(const ChainLog& log, const Address& token) {
    if (log.address != token || log.topics.isEmpty() || log.topics.first() != transferTopic())
        return std::optional<Transfer>();
    const QString where = QStringLiteral("Transfer log (%1)").arg(log.describe());
    if (log.topics.size() != 3 || log.data.size() != 32)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: %2 topics and %3 bytes of data, expected 3 and 32")
                             .arg(where)
                             .arg(log.topics.size())
                             .arg(log.data.size()));
    Transfer transfer;
    SD_TRY_ASSIGN(transfer.from, topicAddress(log.topics.at(1), where));
    SD_TRY_ASSIGN(transfer.to, topicAddress(log.topics.at(2), where));
    SD_TRY_ASSIGN(transfer.amount, uint256::fromBigEndian(log.data));
    return std::optional<Transfer>(transfer);
}

Result<QList<UInt256>> amountsMoved(const QList<ChainLog>& logs, const Address& token,
                                    const Address& from, const Address& to) {
    QList<UInt256> amounts;
    for (const ChainLog& log : logs) {
        std::optional<Transfer> transfer;
        SD_TRY_ASSIGN(transfer, transferOf(log, token));
        if (transfer && transfer->from == from && transfer->to == to)
            amounts.append(transfer->amount);
    }
    return amounts;
}

} // namespace salesdesk::erc20
