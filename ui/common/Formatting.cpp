#include "ui/common/Formatting.h"

#include "core/domain/PriceUnits.h"
#include "core/domain/TokenAmount.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>

namespace salesdesk::ui {

QString formatBytes(quint64 bytes, const QLocale& locale) {
    return locale.formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeIecFormat);
}

namespace {

TokenInfo& currentToken() {
    static TokenInfo token = TokenInfo::testStorageToken();
    return token;
}

} // namespace

void setDisplayToken(const TokenInfo& token) {
    currentToken() = token;
}

const TokenInfo& displayToken() {
    return currentToken();
}

QString formatAmount(const UInt256& amount, const QLocale& locale) {
    return tokens::formatRounded(amount, displayToken(), locale);
}

QString formatExactAmount(const UInt256& amount, const QLocale& locale) {
    return tokens::formatExact(amount, displayToken(), locale);
}

QString amountToolTip(const UInt256& amount) {
    return QCoreApplication::translate("Formatting", "Exact: %1").arg(formatExactAmount(amount));
}

QString formatPrice(const UInt256& perBytePerSecond, bool withUnit) {
    const auto perTiB = prices::perTiBMonth(perBytePerSecond);
    if (!perTiB.ok()) // past 2^256 − 1 per TiB per month: only the contract's unit can say it
        return QCoreApplication::translate("Formatting", "%1 per byte per second")
            .arg(formatAmount(perBytePerSecond));
    return withUnit ? QCoreApplication::translate("Formatting", "%1 per TiB per month")
                          .arg(formatAmount(*perTiB))
                    : formatAmount(*perTiB);
}

QString formatExactPrice(const UInt256& perBytePerSecond) {
    const auto perTiB = prices::perTiBMonth(perBytePerSecond);
    return perTiB.ok() ? formatExactAmount(*perTiB) : formatExactAmount(perBytePerSecond);
}

QString priceToolTip(const UInt256& perBytePerSecond) {
    const QString perByteSecond =
        QCoreApplication::translate("Formatting", "%1 per byte per second")
            .arg(tokens::formatExact(perBytePerSecond, displayToken()));
    const auto perTiB = prices::perTiBMonth(perBytePerSecond);
    if (!perTiB.ok())
        return QCoreApplication::translate("Formatting", "Exact: %1").arg(perByteSecond);
    return QCoreApplication::translate(
               "Formatting",
               "Exact: %1 per TiB per month (a month is 30 days)\n= %2 (what the contract "
               "stores)")
        .arg(formatExactAmount(*perTiB), perByteSecond);
}

QString formatCollateralPerTiB(const UInt256& perByte) {
    const auto perTiB = uint256::checkedMul(perByte, UInt256(prices::kBytesPerTiB));
    return perTiB.ok()
               ? QCoreApplication::translate("Formatting", "%1 per TiB").arg(formatAmount(*perTiB))
               : QCoreApplication::translate("Formatting", "%1 per byte")
                     .arg(formatAmount(perByte));
}

QString formatDuration(qint64 seconds) {
    struct Unit {
        qint64 seconds;
        const char* text;
    };
    static constexpr std::array<Unit, 4> kUnits{{{86400, QT_TRANSLATE_NOOP("Duration", "%1 d")},
                                                 {3600, QT_TRANSLATE_NOOP("Duration", "%1 h")},
                                                 {60, QT_TRANSLATE_NOOP("Duration", "%1 min")},
                                                 {1, QT_TRANSLATE_NOOP("Duration", "%1 s")}}};
    const bool negative = seconds < 0;
    const qint64 magnitude = negative ? -seconds : seconds;
    // The largest unit that is not zero, then the next one if it is not zero either.
    std::size_t first = 0;
    while (first + 1 < kUnits.size() && magnitude < kUnits[first].seconds)
        ++first;
    const qint64 major = magnitude / kUnits[first].seconds;
    QString text = QCoreApplication::translate("Duration", kUnits[first].text).arg(major);
    if (first + 1 < kUnits.size()) {
        const Unit& next = kUnits[first + 1];
        const qint64 minor = (magnitude % kUnits[first].seconds) / next.seconds;
        if (minor > 0)
            text +=
                QLatin1Char(' ') + QCoreApplication::translate("Duration", next.text).arg(minor);
    }
    return negative ? QStringLiteral("-") + text : text;
}

QString formatTimestamp(Timestamp at, const QLocale& locale) {
    return locale.toString(QDateTime::fromSecsSinceEpoch(at), QLocale::ShortFormat);
}

} // namespace salesdesk::ui
