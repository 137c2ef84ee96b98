#include "ui/common/Formatting.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>

namespace salesdesk::ui {

QString formatBytes(quint64 bytes, const QLocale& locale) {
    return locale.formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeIecFormat);
}

QString formatTokens(const UInt256& amount, const QLocale& locale) {
    const QString digits = uint256::toDecimal(amount);
    const QString separator = locale.groupSeparator();
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3 * separator.size());
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += separator;
        grouped += digits.at(i);
    }
    return grouped;
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
