#pragma once

#include "core/clock/Clock.h"
#include "core/domain/TokenInfo.h"
#include "core/domain/UInt256.h"

#include <QLocale>
#include <QString>

namespace salesdesk::ui {

// How every screen shows sizes, amounts, durations and times: one place, formatted for the
// locale the user chose (QLocale() unless given).

// 1,536 → "1.5 KiB"; binary units, as the repo counts bytes.
QString formatBytes(quint64 bytes, const QLocale& locale = QLocale());

// Token amounts. The engine counts them in base units (the token's smallest unit); screens show
// tokens with the token's symbol, rounded (core/domain/TokenAmount.h), and the exact amount on
// hover. The token is the market's: the main window sets it; TST (the simulated market's token)
// until then.
void setDisplayToken(const TokenInfo& token);
const TokenInfo& displayToken();
// "1,267.65 TST", "< 0.000001 TST": at most four significant digits.
QString formatAmount(const UInt256& amount, const QLocale& locale = QLocale());
// Every digit: "1267.650600228229401496 TST".
QString formatExactAmount(const UInt256& amount, const QLocale& locale = QLocale());
// A tooltip with the exact amount: "Exact: 1267.650600228229401496 TST".
QString amountToolTip(const UInt256& amount);

// Prices: the contract stores base units per byte per second; people read them per TiB per
// month (30 days). "2.85 TST per TiB per month" (or "2.85 TST" when `withUnit` is false, for a
// column whose header names the unit).
QString formatPrice(const UInt256& perBytePerSecond, bool withUnit = true);
// The price per TiB per month in every digit, what "Copy exact amount" copies.
QString formatExactPrice(const UInt256& perBytePerSecond);
// Both units exactly, and what a month is.
QString priceToolTip(const UInt256& perBytePerSecond);
// Collateral per byte as per TiB: "12.5 TST per TiB".
QString formatCollateralPerTiB(const UInt256& perByte);
// 93,784 s → "1 d 2 h"; at most two units, the largest first; "0 s" for zero.
QString formatDuration(qint64 seconds);
// A point in (possibly simulated) time, the locale's short date and time.
QString formatTimestamp(Timestamp at, const QLocale& locale = QLocale());

} // namespace salesdesk::ui
