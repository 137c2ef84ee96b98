#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <boost/multiprecision/cpp_int.hpp>

namespace salesdesk {

// Token amounts: checked unsigned 256-bit integers. Arithmetic that would overflow or go below
// zero throws (std::overflow_error / std::range_error) instead of wrapping; the checked* helpers
// below turn that into a Result for code that must not throw.
using UInt256 = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<
    256, 256, boost::multiprecision::unsigned_magnitude, boost::multiprecision::checked, void>>;

namespace uint256 {

// Decimal ("12345") or hex ("0x3039"). No sign, no spaces, no empty string; errors say why.
Result<UInt256> parse(QStringView text);
QString toDecimal(const UInt256& value);
// "0x" followed by the shortest lowercase hex form ("0x0" for zero).
QString toHex(const UInt256& value);

// Fixed 32-byte big-endian form: memcmp order equals numeric order, so SQLite compares it.
QByteArray toBigEndian32(const UInt256& value);
// Accepts at most 32 bytes, big-endian; an empty array is zero.
Result<UInt256> fromBigEndian(QByteArrayView bytes);

Result<UInt256> checkedAdd(const UInt256& a, const UInt256& b);
Result<UInt256> checkedSub(const UInt256& a, const UInt256& b);
Result<UInt256> checkedMul(const UInt256& a, const UInt256& b);

inline const UInt256& max() {
    static const UInt256 value = ~UInt256(0);
    return value;
}

} // namespace uint256
} // namespace salesdesk
