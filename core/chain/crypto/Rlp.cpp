#include "core/chain/crypto/Rlp.h"

namespace salesdesk::rlp {

namespace {

QByteArray lengthPrefix(qsizetype length, quint8 shortBase, quint8 longBase) {
    if (length < 56)
        return QByteArray(1, static_cast<char>(shortBase + length));
    const QByteArray lengthBytes = minimalBigEndian(UInt256(static_cast<quint64>(length)));
    return QByteArray(1, static_cast<char>(longBase + lengthBytes.size())) + lengthBytes;
}

Error malformed(qsizetype offset, const QString& what) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("malformed RLP at byte %1: %2").arg(offset).arg(what));
}

// One item starting at `offset` of `data`, ending at or before `end`.
class Decoder {
public:
    explicit Decoder(QByteArrayView data)
        : m_data(data) {}

    Result<RlpItem> item(qsizetype offset, qsizetype end, qsizetype& next, int depth) {
        if (depth > kMaxDepth)
            return malformed(offset, QStringLiteral("lists nested deeper than %1").arg(kMaxDepth));
        if (offset >= end)
            return malformed(offset, QStringLiteral("truncated: an item was expected"));
        const quint8 prefix = byteAt(offset);
        if (prefix < 0x80) {
            next = offset + 1;
            return RlpItem::bytes(QByteArray(1, static_cast<char>(prefix)));
        }
        const bool isList = prefix >= 0xc0;
        const quint8 base = isList ? 0xc0 : 0x80;
        qsizetype payloadStart = offset + 1;
        qsizetype length = 0;
        if (prefix - base < 56) {
            length = prefix - base;
        } else {
            const int lengthBytes = prefix - base - 55;
            if (payloadStart + lengthBytes > end)
                return malformed(offset, QStringLiteral("truncated length"));
            if (byteAt(payloadStart) == 0)
                return malformed(offset, QStringLiteral("length with a leading zero byte"));
            quint64 value = 0;
            for (int i = 0; i < lengthBytes; ++i)
                value = (value << 8) | byteAt(payloadStart + i);
            if (value < 56)
                return malformed(
                    offset, QStringLiteral("long form for a length of %1 (below 56)").arg(value));
            payloadStart += lengthBytes;
            if (value > static_cast<quint64>(end - payloadStart))
                return malformed(offset, QStringLiteral("truncated: %1 bytes announced, %2 left")
                                             .arg(value)
                                             .arg(end - payloadStart));
            length = static_cast<qsizetype>(value);
        }
        if (payloadStart + length > end)
            return malformed(offset, QStringLiteral("truncated: %1 bytes announced, %2 left")
                                         .arg(length)
                                         .arg(end - payloadStart));
        next = payloadStart + length;
        if (!isList) {
            if (length == 1 && byteAt(payloadStart) < 0x80)
                return malformed(offset,
                                 QStringLiteral("a single byte below 0x80 encoded as a string"));
            return RlpItem::bytes(m_data.sliced(payloadStart, length).toByteArray());
        }
        std::vector<RlpItem> items;
        qsizetype position = payloadStart;
        while (position < next) {
            qsizetype after = 0;
            auto child = item(position, next, after, depth + 1);
            if (!child.ok())
                return child.error();
            items.push_back(std::move(*child));
            position = after;
        }
        return RlpItem::list(std::move(items));
    }

private:
    quint8 byteAt(qsizetype index) const { return static_cast<quint8>(m_data[index]); }

    QByteArrayView m_data;
};

} // namespace

QByteArray minimalBigEndian(const UInt256& value) {
    QByteArray bytes = uint256::toBigEndian32(value);
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    return bytes.mid(zeros);
}

QByteArray encodeBytes(QByteArrayView bytes) {
    if (bytes.size() == 1 && static_cast<quint8>(bytes[0]) < 0x80)
        return bytes.toByteArray();
    return lengthPrefix(bytes.size(), 0x80, 0xb7) + bytes.toByteArray();
}

QByteArray encodeUInt(const UInt256& value) {
    return encodeBytes(minimalBigEndian(value));
}

QByteArray encodeUInt(quint64 value) {
    return encodeUInt(UInt256(value));
}

QByteArray encodeList(std::initializer_list<QByteArray> encodedItems) {
    QByteArray payload;
    for (const QByteArray& item : encodedItems)
        payload += item;
    return encodeListPayload(payload);
}

QByteArray encodeListPayload(QByteArrayView payload) {
    return lengthPrefix(payload.size(), 0xc0, 0xf7) + payload.toByteArray();
}

Result<RlpItem> decode(QByteArrayView data) {
    Decoder decoder(data);
    qsizetype next = 0;
    auto item = decoder.item(0, data.size(), next, 0);
    if (!item.ok())
        return item;
    if (next != data.size())
        return malformed(next, QStringLiteral("%1 bytes after the item").arg(data.size() - next));
    return item;
}

Result<UInt256> toUInt(const RlpItem& item, const QString& what) {
    if (item.isList())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: expected an integer, found a list").arg(what));
    const QByteArray& bytes = item.value();
    if (bytes.size() > 32)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1: %2 bytes, more than 256 bits").arg(what).arg(bytes.size()));
    if (!bytes.isEmpty() && bytes[0] == 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: integer with a leading zero byte").arg(what));
    return uint256::fromBigEndian(bytes);
}

Result<quint64> toU64(const RlpItem& item, const QString& what) {
    auto value = toUInt(item, what);
    if (!value.ok())
        return value.error();
    if (*value > UInt256(std::numeric_limits<quint64>::max()))
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1: %2 does not fit in 64 bits").arg(what, uint256::toDecimal(*value)));
    return value->convert_to<quint64>();
}

} // namespace salesdesk::rlp
