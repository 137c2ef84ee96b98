#include "core/chain/abi/AbiValue.h"

#include <QStringList>

#include <utility>

namespace salesdesk::abi {

namespace {

// 2^256 - x for x != 0, and 0 for 0: the two's complement negation of a 256-bit word (written
// so that the checked UInt256 never overflows).
UInt256 negate(const UInt256& x) {
    return x == 0 ? UInt256(0) : UInt256(~x) + 1;
}

const UInt256& twoTo255() {
    static const UInt256 value = UInt256(1) << 255;
    return value;
}

} // namespace

AbiValue::AbiValue() = default;

AbiValue AbiValue::uint(const UInt256& value) {
    AbiValue out;
    out.m_word = value;
    return out;
}

AbiValue AbiValue::fromInt(qint64 value) {
    if (value >= 0)
        return signedWord(UInt256(quint64(value)));
    // -(value + 1) fits a qint64 even for its minimum.
    return signedWord(negate(UInt256(quint64(-(value + 1))) + 1));
}

AbiValue AbiValue::signedWord(const UInt256& word) {
    AbiValue out;
    out.m_kind = Kind::Int;
    out.m_word = word;
    return out;
}

Result<AbiValue> AbiValue::negative(const UInt256& magnitude) {
    if (magnitude > twoTo255())
        return makeError(ErrorCode::Overflow,
                         QStringLiteral("-%1 is below the smallest int256, -2^255")
                             .arg(uint256::toDecimal(magnitude)));
    return signedWord(negate(magnitude));
}

AbiValue AbiValue::address(const Address& value) {
    AbiValue out;
    out.m_kind = Kind::Address;
    out.m_bytes = value.toByteArray();
    return out;
}

AbiValue AbiValue::boolean(bool value) {
    AbiValue out;
    out.m_kind = Kind::Bool;
    out.m_word = value ? 1 : 0;
    return out;
}

AbiValue AbiValue::bytes(QByteArray value) {
    AbiValue out;
    out.m_kind = Kind::Bytes;
    out.m_bytes = std::move(value);
    return out;
}

AbiValue AbiValue::string(const QString& text) {
    return utf8(text.toUtf8());
}

AbiValue AbiValue::utf8(QByteArray text) {
    AbiValue out;
    out.m_kind = Kind::String;
    out.m_bytes = std::move(text);
    return out;
}

AbiValue AbiValue::list(std::vector<AbiValue> items) {
    AbiValue out;
    out.m_kind = Kind::List;
    out.m_items = std::move(items);
    return out;
}

bool AbiValue::isNegative() const {
    return m_kind == Kind::Int && m_word >= twoTo255();
}

UInt256 AbiValue::magnitude() const {
    return isNegative() ? negate(m_word) : m_word;
}

QString AbiValue::toDecimal() const {
    const QString digits = uint256::toDecimal(magnitude());
    return isNegative() ? QLatin1Char('-') + digits : digits;
}

Address AbiValue::toAddress() const {
    return Address::fromBytes(m_kind == Kind::Address ? m_bytes : QByteArray());
}

QString AbiValue::describe() const {
    switch (m_kind) {
    case Kind::UInt:
    case Kind::Int:
        return toDecimal();
    case Kind::Bool:
        return toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Address:
    case Kind::Bytes:
        return QStringLiteral("0x") + QString::fromLatin1(m_bytes.toHex());
    case Kind::String:
        return QLatin1Char('"') + text() + QLatin1Char('"');
    case Kind::List: {
        QStringList parts;
        for (const AbiValue& item : m_items)
            parts << item.describe();
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    }
    return {};
}

bool AbiValue::operator==(const AbiValue& other) const {
    return m_kind == other.m_kind && m_word == other.m_word && m_bytes == other.m_bytes &&
           m_items == other.m_items;
}

} // namespace salesdesk::abi
