#pragma once

#include "core/domain/Result.h"
#include "core/domain/TokenInfo.h"
#include "core/domain/UInt256.h"

#include <QLocale>
#include <QString>

namespace salesdesk::tokens {

// Token amounts for people: base units (UInt256) as decimal numbers of tokens, and back. Exact
// decimal arithmetic on the digits, never a double.

// Every digit: "1234.500000000000000001 TST". The locale's decimal point, no group separators,
// the fraction's trailing zeros dropped ("2 TST", not "2.000… TST"). What a tooltip shows and
// "Copy exact amount" copies; parse() reads it back to the same amount.
QString formatExact(const UInt256& amount, const TokenInfo& token,
                    const QLocale& locale = QLocale(), bool withSymbol = true);

// The same digits for files: "." as the decimal point whatever the locale, no symbol.
QString toPlainDecimal(const UInt256& amount, const TokenInfo& token);

// How much of an amount a rounded form shows.
struct Rounding {
    // At most this many significant digits; integer digits are never dropped, so a large amount
    // shows all of them (grouped) and no fraction.
    int significantDigits = 4;
    // At most this many digits after the decimal point. A non-zero amount that rounds to zero at
    // this precision shows as "< 0.000001 TST".
    int maxFractionDigits = 6;
    bool withSymbol = true;
};

// A rounded amount to read at a glance: "1,267.65 TST", "0.0042 TST", "< 0.000001 TST",
// rounded half up (9.99996 → "10 TST"), group separators and decimal point of the locale.
QString formatRounded(const UInt256& amount, const TokenInfo& token,
                      const QLocale& locale = QLocale(), const Rounding& rounding = {});

// A decimal amount of tokens typed by a person ("1,234.5", "1.234,5" in German, "0.1 TST") as
// base units, exactly. Accepts the locale's group separators (in groups of three) and spaces, the
// locale's decimal point and an optional trailing symbol. Refuses more digits after the decimal
// point than the token has, signs, exponents and amounts past 2^256 − 1, saying why.
Result<UInt256> parse(const QString& text, const TokenInfo& token,
                      const QLocale& locale = QLocale());

} // namespace salesdesk::tokens
