#pragma once

#include "core/domain/PriceUnits.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QString>
#include <QtGlobal>

namespace salesdesk::ui {

// The units a provider thinks in, and the exact conversions to what the engine stores (bytes,
// seconds). Prices per TiB per month and per byte per second: core/domain/PriceUnits.h.

enum class SizeUnit { GB, TB, GiB, TiB };
enum class DurationUnit { Hours, Days, Months };

inline constexpr quint64 kBytesPerTiB = prices::kBytesPerTiB;
inline constexpr quint64 kSecondsPerMonth = prices::kSecondsPerMonth; // a month is 30 days

quint64 bytesPer(SizeUnit unit);
quint64 secondsPer(DurationUnit unit);
QString unitName(SizeUnit unit);
QString unitName(DurationUnit unit);

// A typed whole number of base units ("1 234 567", "1,234,567"): digits and group separators of
// the locale or spaces; the error says what is wrong. (The collateral fields; the price is a
// decimal amount of tokens, core/domain/TokenAmount.h.)
Result<UInt256> parseTokens(const QString& text);
// A whole number of base units as the collateral fields show it: every digit, grouped.
QString formatBaseUnits(const UInt256& amount);

} // namespace salesdesk::ui
