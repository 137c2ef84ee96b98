#include "core/chain/rpc/RpcHex.h"

namespace salesdesk::rpc {

namespace {

constexpr qsizetype kShownChars = 80;

bool isHexDigit(QChar c) {
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

// The text as it appears in an error message: quoted, and cut when long.
QString shown(QStringView text) {
    if (text.size() <= kShownChars)
        return QLatin1Char('"') + text.toString() + QLatin1Char('"');
    return QLatin1Char('"') + text.left(kShownChars).toString() +
           QStringLiteral("\"… (%1 characters)").arg(text.size());
}

Error malformedQuantity(QStringView text, QStringView what, const QString& why) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 is not a JSON-RPC quantity (0x and hex digits without "
                                    "leading zeros): %2 %3")
                         .arg(what.toString(), shown(text), why));
}

// Checks the quantity form and returns the digits after "0x".
Result<QStringView> quantityDigits(QStringView text, QStringView what) {
    if (!text.startsWith(u"0x"))
        return malformedQuantity(text, what, QStringLiteral("does not start with 0x"));
    const QStringView digits = text.mid(2);
    if (digits.isEmpty())
        return malformedQuantity(text, what, QStringLiteral("has no digits"));
    for (QChar c : digits)
        if (!isHexDigit(c))
            return malformedQuantity(text, what,
                                     QStringLiteral("has a character that is not a hex digit"));
    if (digits.size() > 1 && digits.front() == u'0')
        return malformedQuantity(text, what, QStringLiteral("has a leading zero"));
    return digits;
}

Result<QString> jsonString(const QJsonValue& value, QStringView what, const char* kind) {
    if (!value.isString())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not a JSON string holding %2")
                             .arg(what.toString(), QLatin1String(kind)));
    return value.toString();
}

} // namespace

QString toQuantity(quint64 value) {
    return QStringLiteral("0x") + QString::number(value, 16);
}

QString toQuantity(const UInt256& value) {
    return uint256::toHex(value);
}

Result<quint64> parseQuantityU64(QStringView text, QStringView what) {
    auto digits = quantityDigits(text, what);
    if (!digits.ok())
        return digits.error();
    if (digits->size() > 16)
        return makeError(
            ErrorCode::Overflow,
            QStringLiteral("%1 %2 does not fit in 64 bits (largest 0xffffffffffffffff)")
                .arg(what.toString(), shown(text)));
    quint64 value = 0;
    for (QChar c : *digits) {
        const char16_t u = c.unicode();
        const quint64 nibble = u <= '9' ? u - '0' : (u | 0x20) - 'a' + 10;
        value = (value << 4) | nibble;
    }
    return value;
}

Result<UInt256> parseQuantity(QStringView text, QStringView what) {
    auto digits = quantityDigits(text, what);
    if (!digits.ok())
        return digits.error();
    if (digits->size() > 64)
        return makeError(
            ErrorCode::Overflow,
            QStringLiteral("%1 %2 does not fit in 256 bits").arg(what.toString(), shown(text)));
    UInt256 value = 0;
    for (QChar c : *digits) {
        const char16_t u = c.unicode();
        const unsigned nibble = u <= '9' ? u - '0' : (u | 0x20) - 'a' + 10;
        value = (value << 4) | UInt256(nibble);
    }
    return value;
}

Result<quint64> parseJsonQuantityU64(const QJsonValue& value, QStringView what) {
    auto text = jsonString(value, what, "a quantity");
    if (!text.ok())
        return text.error();
    return parseQuantityU64(QStringView(*text), what);
}

Result<UInt256> parseJsonQuantity(const QJsonValue& value, QStringView what) {
    auto text = jsonString(value, what, "a quantity");
    if (!text.ok())
        return text.error();
    return parseQuantity(QStringView(*text), what);
}

QString toData(QByteArrayView bytes) {
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toByteArray().toHex());
}

Result<QByteArray> parseData(QStringView text, QStringView what) {
    const auto malformed = [&](const QString& why) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not JSON-RPC data (0x and two hex digits per "
                                        "byte): %2 %3")
                             .arg(what.toString(), shown(text), why));
    };
    if (!text.startsWith(u"0x"))
        return malformed(QStringLiteral("does not start with 0x"));
    const QStringView digits = text.mid(2);
    if (digits.size() % 2 != 0)
        return malformed(QStringLiteral("has an odd number of digits"));
    for (QChar c : digits)
        if (!isHexDigit(c))
            return malformed(QStringLiteral("has a character that is not a hex digit"));
    return QByteArray::fromHex(digits.toLatin1());
}

Result<QByteArray> parseJsonData(const QJsonValue& value, QStringView what) {
    auto text = jsonString(value, what, "data");
    if (!text.ok())
        return text.error();
    return parseData(QStringView(*text), what);
}

} // namespace salesdesk::rpc
