#pragma once

#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QString>
#include <QtGlobal>

namespace salesdesk::ui {

// The units a provider thinks in, and the exact conversions to what the engine stores (bytes,
// seconds, tokens per byte per second). Money conversions are integer (UInt256), never doubles.

enum class SizeUnit { GB, TB, GiB, TiB };
enum class DurationUnit { Hours, Days, Months };

inline constexpr quint64 kBytesPerTiB = quint64(1) << 40;
inline constexpr quint64 kSecondsPerMonth = 30ull * 24 * 3600; // a month is 30 days

quint64 bytesPer(SizeUnit unit);
quint64 secondsPer(DurationUnit unit);
QString unitName(SizeUnit unit);
QString unitName(DurationUnit unit);

// A price per TiB per month as the engine's price per byte per second: floor division by
// 2^40 × 30 days. `rounded` says the division left a remainder (the stored price is lower).
struct PricePerByteSecond {
    UInt256 value = 0;
    bool rounded = false;
};
PricePerByteSecond pricePerByteSecond(const UInt256& perTiBPerMonth);
// The exact price per TiB per month of a price per byte per second; an error past 2^256.
Result<UInt256> pricePerTiBMonth(const UInt256& perByteSecond);

// A typed decimal amount of tokens ("1 234 567", "1,234,567"): digits and group separators of
// the locale or spaces; the error says what is wrong.
Result<UInt256> parseTokens(const QString& text);

} // namespace salesdesk::ui
