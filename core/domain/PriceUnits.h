#pragma once

#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QtGlobal>

namespace salesdesk::prices {

// Storage prices in the two units that matter: the contract's, base units per byte per second
// (a whole number), and the one people compare offers in, base units per TiB per month, where a
// month is 30 days. Exact integer arithmetic; where a division rounds, the caller says which way.

inline constexpr quint64 kBytesPerTiB = quint64(1) << 40;
inline constexpr quint64 kSecondsPerMonth = 30ull * 24 * 3600; // a month is 30 days

// 2^40 × 30 × 86,400: how many byte-seconds one TiB-month holds.
const UInt256& byteSecondsPerTiBMonth();

// A price per byte per second as a price per TiB per month: exact; an error past 2^256 − 1.
Result<UInt256> perTiBMonth(const UInt256& perByteSecond);

enum class Rounding { Down, Up };

// A price per TiB per month as a price per byte per second, the division rounded as asked.
UInt256 perByteSecond(const UInt256& perTiBMonth, Rounding rounding);

// The prices per byte per second nearest to a price per TiB per month: `below` ≤ it ≤ `above`,
// equal (and `exact`) when the price per TiB per month is a whole multiple of
// byteSecondsPerTiBMonth().
struct NearestPrices {
    UInt256 below = 0;
    UInt256 above = 0;
    bool exact = true;
};
NearestPrices nearestPerByteSecond(const UInt256& perTiBMonth);

} // namespace salesdesk::prices
