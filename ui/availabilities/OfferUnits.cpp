#include "ui/availabilities/OfferUnits.h"

#include "core/domain/TokenAmount.h"

#include <QCoreApplication>
#include <QLocale>

namespace salesdesk::ui {

quint64 bytesPer(SizeUnit unit) {
    switch (unit) {
    case SizeUnit::GB:
        return 1'000'000'000ull;
    case SizeUnit::TB:
        return 1'000'000'000'000ull;
    case SizeUnit::GiB:
        return quint64(1) << 30;
    case SizeUnit::TiB:
        return kBytesPerTiB;
    }
    return 1;
}

quint64 secondsPer(DurationUnit unit) {
    switch (unit) {
    case DurationUnit::Hours:
        return 3600;
    case DurationUnit::Days:
        return 24 * 3600;
    case DurationUnit::Months:
        return kSecondsPerMonth;
    }
    return 1;
}

QString unitName(SizeUnit unit) {
    switch (unit) {
    case SizeUnit::GB:
        return QCoreApplication::translate("OfferUnits", "GB");
    case SizeUnit::TB:
        return QCoreApplication::translate("OfferUnits", "TB");
    case SizeUnit::GiB:
        return QCoreApplication::translate("OfferUnits", "GiB");
    case SizeUnit::TiB:
        return QCoreApplication::translate("OfferUnits", "TiB");
    }
    return {};
}

QString unitName(DurationUnit unit) {
    switch (unit) {
    case DurationUnit::Hours:
        return QCoreApplication::translate("OfferUnits", "hours");
    case DurationUnit::Days:
        return QCoreApplication::translate("OfferUnits", "days");
    case DurationUnit::Months:
        return QCoreApplication::translate("OfferUnits", "months (30 days)");
    }
    return {};
}

Result<UInt256> parseTokens(const QString& text) {
    QString digits = text.trimmed();
    if (digits.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("OfferUnits", "Enter an amount of base units"));
    digits.remove(QLocale().groupSeparator());
    digits.remove(QLatin1Char(' '));
    digits.remove(QChar(0x00A0)); // no-break space, a common group separator
    digits.remove(QChar(0x202F)); // narrow no-break space
    for (const QChar c : digits)
        if (!c.isDigit() || c.unicode() > 127)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("OfferUnits",
                                            "Enter a whole number of base units (digits only): %1")
                    .arg(text.trimmed()));
    return uint256::parse(digits);
}

QString formatBaseUnits(const UInt256& amount) {
    const TokenInfo units{QString(), QString(), 0};
    return tokens::formatRounded(amount, units, QLocale(), {80, 0, false});
}

} // namespace salesdesk::ui
