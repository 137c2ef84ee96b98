#include "core/domain/TokenAmount.h"

#include <QCoreApplication>

#include <algorithm>

namespace salesdesk::tokens {

namespace {

// The amount's digits split at the decimal point: the integer part without leading zeros ("0"
// when it is zero) and the fraction with exactly `decimals` digits.
struct Digits {
    QString integer;
    QString fraction;
};

Digits splitDigits(const UInt256& amount, int decimals) {
    QString digits = uint256::toDecimal(amount);
    if (digits.size() <= decimals)
        digits = QString(decimals - digits.size() + 1, QLatin1Char('0')) + digits;
    const qsizetype integerLength = digits.size() - decimals;
    return {digits.left(integerLength), digits.mid(integerLength)};
}

QString trimTrailingZeros(QString fraction) {
    qsizetype end = fraction.size();
    while (end > 0 && fraction.at(end - 1) == QLatin1Char('0'))
        --end;
    fraction.truncate(end);
    return fraction;
}

QString grouped(const QString& integer, const QString& separator) {
    QString text;
    text.reserve(integer.size() + integer.size() / 3 * separator.size());
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0)
            text += separator;
        text += integer.at(i);
    }
    return text;
}

QString joined(const QString& integer, const QString& fraction, const QString& point) {
    return fraction.isEmpty() ? integer : integer + point + fraction;
}

QString withSymbolIf(const QString& number, const TokenInfo& token, bool withSymbol) {
    return withSymbol && !token.symbol.isEmpty() ? number + QLatin1Char(' ') + token.symbol
                                                 : number;
}

// Adds one to a string of decimal digits ("0999" → "1000", "99" → "100").
QString incremented(QString digits) {
    qsizetype i = digits.size() - 1;
    while (i >= 0 && digits.at(i) == QLatin1Char('9')) {
        digits[i] = QLatin1Char('0');
        --i;
    }
    if (i < 0)
        return QLatin1Char('1') + digits;
    digits[i] = QChar(digits.at(i).unicode() + 1);
    return digits;
}

bool isSpace(QChar c) {
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F);
}

} // namespace

QString formatExact(const UInt256& amount, const TokenInfo& token, const QLocale& locale,
                    bool withSymbol) {
    const Digits digits = splitDigits(amount, token.decimals);
    return withSymbolIf(
        joined(digits.integer, trimTrailingZeros(digits.fraction), locale.decimalPoint()), token,
        withSymbol);
}

QString toPlainDecimal(const UInt256& amount, const TokenInfo& token) {
    const Digits digits = splitDigits(amount, token.decimals);
    return joined(digits.integer, trimTrailingZeros(digits.fraction), QStringLiteral("."));
}

QString formatRounded(const UInt256& amount, const TokenInfo& token, const QLocale& locale,
                      const Rounding& rounding) {
    const int decimals = token.decimals;
    const Digits digits = splitDigits(amount, decimals);
    const int significant = std::max(1, rounding.significantDigits);
    const int maxFraction = std::clamp(rounding.maxFractionDigits, 0, decimals);

    // How many fraction digits the significant digits reach.
    int keep = 0;
    if (digits.integer != QLatin1String("0")) {
        keep = std::max(0, significant - int(digits.integer.size()));
    } else {
        int zeros = 0;
        while (zeros < decimals && digits.fraction.at(zeros) == QLatin1Char('0'))
            ++zeros;
        keep = zeros + significant;
    }
    keep = std::min(keep, maxFraction);

    // Half up: the first dropped digit decides.
    QString kept = digits.integer + digits.fraction.left(keep);
    if (keep < decimals && digits.fraction.at(keep) >= QLatin1Char('5'))
        kept = incremented(kept);
    QString integer = kept.left(kept.size() - keep);
    const QString fraction = trimTrailingZeros(kept.right(keep));
    if (integer.isEmpty())
        integer = QStringLiteral("0");

    const bool roundedToZero = amount != 0 && integer == QLatin1String("0") && fraction.isEmpty();
    if (roundedToZero) {
        // The smallest step shown: 10^-maxFraction.
        const QString step = maxFraction == 0 ? QStringLiteral("1")
                                              : QStringLiteral("0") + locale.decimalPoint() +
                                                    QString(maxFraction - 1, QLatin1Char('0')) +
                                                    QLatin1Char('1');
        return withSymbolIf(QStringLiteral("< ") + step, token, rounding.withSymbol);
    }
    return withSymbolIf(
        joined(grouped(integer, locale.groupSeparator()), fraction, locale.decimalPoint()), token,
        rounding.withSymbol);
}

Result<UInt256> parse(const QString& text, const TokenInfo& token, const QLocale& locale) {
    QString number = text.trimmed();
    if (!token.symbol.isEmpty() && number.endsWith(token.symbol, Qt::CaseInsensitive))
        number = number.chopped(token.symbol.size()).trimmed();
    if (number.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("TokenAmount", "Enter an amount of %1").arg(token.symbol));

    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const auto notANumber = [&] {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "TokenAmount",
                             "Not an amount of %1: \"%2\" (use digits, and \"%3\" before "
                             "the decimal places)")
                             .arg(token.symbol, text.trimmed(), point));
    };

    const qsizetype pointAt = number.indexOf(point);
    if (pointAt >= 0 && number.indexOf(point, pointAt + point.size()) >= 0)
        return notANumber();
    const QString integerText = pointAt >= 0 ? number.left(pointAt) : number;
    const QString fraction = pointAt >= 0 ? number.mid(pointAt + point.size()) : QString();

    // The integer part: digits, in groups of three after the first when separated.
    QString integer;
    int groupLength = -1; // digits since the last separator; -1 before the first separator
    int leading = 0;      // digits before the first separator
    for (qsizetype i = 0; i < integerText.size(); ++i) {
        const QChar c = integerText.at(i);
        const bool separator = isSpace(c) || integerText.mid(i, group.size()) == group;
        if (separator) {
            if ((groupLength < 0 && leading == 0) || (groupLength >= 0 && groupLength != 3))
                return notANumber();
            groupLength = 0;
            i += isSpace(c) ? 0 : group.size() - 1;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return notANumber();
        integer += c;
        if (groupLength >= 0)
            ++groupLength;
        else
            ++leading;
    }
    if (groupLength >= 0 && groupLength != 3)
        return notANumber();
    for (const QChar c : fraction)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return notANumber();
    if (integer.isEmpty() && fraction.isEmpty())
        return notANumber();

    if (fraction.size() > token.decimals)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "TokenAmount",
                "%1 has %2 decimal places; \"%3\" has %4 digits after the decimal point")
                .arg(token.symbol)
                .arg(token.decimals)
                .arg(text.trimmed())
                .arg(fraction.size()));

    const QString digits = (integer.isEmpty() ? QStringLiteral("0") : integer) + fraction +
                           QString(token.decimals - fraction.size(), QLatin1Char('0'));
    auto amount = uint256::parse(digits);
    if (!amount.ok())
        return makeError(ErrorCode::Overflow,
                         QCoreApplication::translate("TokenAmount", "Too large: at most %1")
                             .arg(formatExact(uint256::max(), token, locale)));
    return amount;
}

} // namespace salesdesk::tokens
