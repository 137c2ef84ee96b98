#include "core/domain/UInt256.h"

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <vector>

namespace salesdesk::uint256 {

namespace {

Error tooLarge() {
    return makeError(ErrorCode::Overflow, QStringLiteral("amount does not fit in 256 bits"));
}

int digitValue(QChar c, int base) {
    const char16_t u = c.unicode();
    int v = -1;
    if (u >= u'0' && u <= u'9')
        v = u - u'0';
    else if (base == 16 && u >= u'a' && u <= u'f')
        v = u - u'a' + 10;
    else if (base == 16 && u >= u'A' && u <= u'F')
        v = u - u'A' + 10;
    return v < base ? v : -1;
}

} // namespace

Result<UInt256> parse(QStringView text) {
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("amount is empty"));
    if (text.front() == u'-')
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("amount must not be negative: %1").arg(text));
    int base = 10;
    QStringView digits = text;
    if (text.size() > 2 && text[0] == u'0' && (text[1] == u'x' || text[1] == u'X')) {
        base = 16;
        digits = text.mid(2);
    }
    UInt256 value = 0;
    for (QChar c : digits) {
        const int d = digitValue(c, base);
        if (d < 0)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("amount is not a %1 integer: %2")
                    .arg(base == 16 ? QStringLiteral("hexadecimal") : QStringLiteral("decimal"),
                         text));
        try {
            value = value * base + d;
        } catch (const std::exception&) {
            return tooLarge();
        }
    }
    return value;
}

QString toDecimal(const UInt256& value) {
    return QString::fromStdString(value.str());
}

QString toHex(const UInt256& value) {
    if (value == 0)
        return QStringLiteral("0x0");
    std::vector<unsigned char> bytes;
    boost::multiprecision::export_bits(value, std::back_inserter(bytes), 8, true);
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()),
                         static_cast<qsizetype>(bytes.size()));
    QByteArray hex = raw.toHex();
    if (hex.startsWith('0'))
        hex.remove(0, 1);
    return QStringLiteral("0x") + QString::fromLatin1(hex);
}

QByteArray toBigEndian32(const UInt256& value) {
    std::vector<unsigned char> bytes;
    boost::multiprecision::export_bits(value, std::back_inserter(bytes), 8, true);
    QByteArray out(32, '\0');
    std::copy(bytes.begin(), bytes.end(), out.end() - static_cast<qsizetype>(bytes.size()));
    return out;
}

Result<UInt256> fromBigEndian(QByteArrayView bytes) {
    if (bytes.size() > 32)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("a 256-bit amount has at most 32 bytes, got %1").arg(bytes.size()));
    UInt256 value = 0;
    if (!bytes.isEmpty())
        boost::multiprecision::import_bits(value, bytes.begin(), bytes.end(), 8, true);
    return value;
}

Result<UInt256> checkedAdd(const UInt256& a, const UInt256& b) {
    try {
        return UInt256(a + b);
    } catch (const std::exception&) {
        return tooLarge();
    }
}

Result<UInt256> checkedSub(const UInt256& a, const UInt256& b) {
    if (b > a)
        return makeError(
            ErrorCode::Overflow,
            QStringLiteral("amount would go below zero: %1 - %2").arg(toDecimal(a), toDecimal(b)));
    return UInt256(a - b);
}

Result<UInt256> checkedMul(const UInt256& a, const UInt256& b) {
    try {
        return UInt256(a * b);
    } catch (const std::exception&) {
        return tooLarge();
    }
}

} // namespace salesdesk::uint256
