#include "ui/settings/DealSettings.h"

#include "core/domain/UInt256.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace salesdesk::ui {

namespace {

constexpr quint64 kSecondsPerMinute = 60;
constexpr quint64 kSecondsPerHour = 3600;
constexpr quint64 kSecondsPerDay = 24 * kSecondsPerHour;

bool isIpAddress(const QString& value) {
    return !QHostAddress(value.trimmed()).isNull();
}

// A whole number of bytes of at least 1, or nothing.
std::optional<quint64> byteCount(const QString& text) {
    const QString digits = text.trimmed();
    if (digits.isEmpty() || !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return std::nullopt;
    bool ok = false;
    const qulonglong count = digits.toULongLong(&ok);
    if (!ok || count < 1)
        return std::nullopt;
    return count;
}

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

} // namespace

QString DealSettings::listenAddressError(const QString& text) {
    if (text.trimmed().isEmpty())
        return tr("Type the IP address to listen on, such as 127.0.0.1 (this computer only) or "
                  "0.0.0.0 (every network interface).");
    if (!isIpAddress(text))
        return tr("\"%1\" is not an IP address: type one such as 127.0.0.1 (this computer only) "
                  "or 0.0.0.0 (every network interface).")
            .arg(text.trimmed());
    return {};
}

QString DealSettings::amountError(const QString& text) {
    if (text.trimmed().isEmpty())
        return tr("Type a whole number of the token's smallest unit (0 or more).");
    auto parsed = uint256::parse(text.trimmed());
    if (!parsed.ok())
        return tr("Type a whole number of the token's smallest unit (0 or more): %1")
            .arg(parsed.message());
    return {};
}

QString DealSettings::sizeError(const QString& text) {
    if (text.trimmed().isEmpty())
        return tr("Type a size in bytes: a whole number, 1 or more.");
    if (!byteCount(text))
        return tr("\"%1\" is not a size in bytes: type a whole number, 1 or more, without units "
                  "(68719476736 is 64 GiB).")
            .arg(text.trimmed());
    return {};
}

QStringList DealSettings::addressEntries(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

Result<QSet<Address>> DealSettings::parseAddresses(const QString& text) {
    QSet<Address> addresses;
    for (const QString& entry : addressEntries(text)) {
        auto address = Address::fromHex(entry);
        if (!address.ok())
            return invalid(tr("\"%1\" is not an address: each entry must be 0x followed by 40 hex "
                              "digits.")
                               .arg(entry));
        addresses.insert(*address);
    }
    return addresses;
}

QString DealSettings::addressListError(const QString& text) {
    const auto parsed = parseAddresses(text);
    return parsed.ok() ? QString() : parsed.message();
}

QString DealSettings::collateralRangeError(const QString& minimum, const QString& maximum) {
    const auto least = uint256::parse(minimum.trimmed());
    const auto most = uint256::parse(maximum.trimmed());
    if (least.ok() && most.ok() && *least > *most)
        return tr("The least collateral per byte (%1) is above the largest (%2).")
            .arg(uint256::toDecimal(*least), uint256::toDecimal(*most));
    return {};
}

QString DealSettings::sizeRangeError(const QString& minimum, const QString& maximum) {
    const auto least = byteCount(minimum);
    const auto most = byteCount(maximum);
    if (least && most && *least > *most)
        return tr("The smallest deal size (%1 bytes) is above the largest (%2 bytes).")
            .arg(QString::number(*least), QString::number(*most));
    return {};
}

QString DealSettings::durationRangeError(int minimumHours, int maximumDays) {
    if (quint64(minimumHours) * kSecondsPerHour > quint64(maximumDays) * kSecondsPerDay)
        return tr("The shortest term (%1 hours) is longer than the longest (%2 days).")
            .arg(minimumHours)
            .arg(maximumDays);
    return {};
}

QString DealSettings::startLeadRangeError(int minimumMinutes, int maximumDays) {
    if (quint64(minimumMinutes) * kSecondsPerMinute > quint64(maximumDays) * kSecondsPerDay)
        return tr("The least time before a deal starts (%1 minutes) is longer than the most (%2 "
                  "days).")
            .arg(minimumMinutes)
            .arg(maximumDays);
    return {};
}

Result<DealService::Options> DealSettings::storedOffer(const QSettings& settings) {
    DealService::Options offer;
    offer.listenAddress = QHostAddress(listenAddress.value(settings).trimmed());
    offer.port = static_cast<quint16>(port.value(settings));

    // Each value is checked when read: one that does not parse reads as its default.
    DealAsk& ask = offer.ask;
    SD_TRY_ASSIGN(ask.pricePerBytePerSecond,
                  uint256::parse(pricePerBytePerSecond.value(settings).trimmed()));
    SD_TRY_ASSIGN(ask.minCollateralPerByte,
                  uint256::parse(minCollateralPerByte.value(settings).trimmed()));
    SD_TRY_ASSIGN(ask.maxCollateralPerByte,
                  uint256::parse(maxCollateralPerByte.value(settings).trimmed()));
    const QString minSize = minSizeBytes.value(settings);
    const QString maxSize = maxSizeBytes.value(settings);
    ask.minSize = byteCount(minSize).value_or(1);
    ask.maxSize = byteCount(maxSize).value_or(1);
    const int minHours = minDurationHours.value(settings);
    const int maxDays = maxDurationDays.value(settings);
    ask.minDuration = quint64(minHours) * kSecondsPerHour;
    ask.maxDuration = quint64(maxDays) * kSecondsPerDay;
    const int minLeadMinutes = minStartLeadMinutes.value(settings);
    const int maxLeadDays = maxStartLeadDays.value(settings);
    ask.minStartLead = quint64(minLeadMinutes) * kSecondsPerMinute;
    ask.maxStartLead = quint64(maxLeadDays) * kSecondsPerDay;
    ask.validUntil = 0;

    QStringList wrongWay;
    for (const QString& problem :
         {collateralRangeError(minCollateralPerByte.value(settings),
                               maxCollateralPerByte.value(settings)),
          sizeRangeError(minSize, maxSize), durationRangeError(minHours, maxDays),
          startLeadRangeError(minLeadMinutes, maxLeadDays)})
        if (!problem.isEmpty())
            wrongWay << problem;
    if (!wrongWay.isEmpty())
        return invalid(wrongWay.join(QLatin1Char(' ')));

    DealRules& rules = offer.rules;
    rules.acceptDeals = acceptDeals.value(settings);
    SD_TRY_ASSIGN(rules.allowedClients, parseAddresses(allowedClients.value(settings)));
    SD_TRY_ASSIGN(rules.deniedClients, parseAddresses(deniedClients.value(settings)));
    rules.maxTransfersPerClient = maxTransfersPerClient.value(settings);
    return offer;
}

} // namespace salesdesk::ui
