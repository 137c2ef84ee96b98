#pragma once

#include "core/domain/UInt256.h"

class QValueAxis;

namespace salesdesk::ui {

// A chart's value axis in tokens of the display token (Formatting.h): amounts are drawn as
// doubles of tokens (only to place points; every figure a person reads elsewhere is exact), the
// axis spans whole steps of 1, 2 or 5 × 10^k tokens, its labels carry as many decimals as the
// step needs, in the locale's digits (no "2.34e+14"), and its title names the token.
class TokenAxis {
public:
    // amount / 10^decimals, as a double.
    static double toTokens(const UInt256& amount);
    // The step between ticks for a span of tokens: 1, 2 or 5 × 10^k, about `ticks` of them.
    static double niceStep(double span, int ticks = 5);
    // Digits after the decimal point that labels at multiples of `step` need.
    static int decimalsFor(double step);
    // Range [low, high] widened to whole steps (at least one step), ticks at every step, labels
    // and title ("Tokens (TST)" or `title` followed by the symbol).
    static void apply(QValueAxis* axis, double low, double high, const QString& title = {});
};

} // namespace salesdesk::ui
