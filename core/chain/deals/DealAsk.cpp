#include "core/chain/deals/DealAsk.h"

#include "core/domain/AbiEncoder.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace salesdesk {

namespace {

// Counts up to 2^53 go out as JSON numbers (every JSON reader holds them exactly); larger ones as
// decimal strings, which fromJson takes as well, so that any value comes back unchanged.
constexpr quint64 kLargestExactNumber = quint64(1) << 53;

Error fieldError(const char* field, const QString& why) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("deal ask: \"%1\" %2").arg(QLatin1StringView(field), why));
}

QJsonValue countValue(quint64 value) {
    if (value <= kLargestExactNumber)
        return QJsonValue(static_cast<qint64>(value));
    return QJsonValue(QString::number(value));
}

Result<UInt256> amount(const QJsonObject& json, const char* field) {
    const QJsonValue value = json.value(QLatin1StringView(field));
    if (value.isUndefined())
        return fieldError(field, QStringLiteral("is missing"));
    if (!value.isString())
        return fieldError(field, QStringLiteral("must be a decimal string"));
    Result<UInt256> parsed = uint256::parse(value.toString());
    if (!parsed.ok())
        return fieldError(field, parsed.message());
    return parsed;
}

// A whole number from 0 to `largest`, as a JSON number or a decimal string.
Result<quint64> count(const QJsonObject& json, const char* field,
                      quint64 largest = std::numeric_limits<quint64>::max()) {
    const QJsonValue value = json.value(QLatin1StringView(field));
    if (value.isUndefined())
        return fieldError(field, QStringLiteral("is missing"));
    quint64 result = 0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number < 0 || number != std::floor(number))
            return fieldError(field, QStringLiteral("must be a whole number of at least 0"));
        // Exact for numbers read as integers; -1 past 2^63 − 1, which only a string can carry.
        const qint64 whole = value.toInteger(-1);
        if (whole < 0)
            return fieldError(field, QStringLiteral("is too large for a JSON number: write it as "
                                                    "a decimal string"));
        result = static_cast<quint64>(whole);
    } else if (value.isString()) {
        const Result<UInt256> parsed = uint256::parse(value.toString());
        if (!parsed.ok())
            return fieldError(field, parsed.message());
        if (*parsed > UInt256(largest))
            return fieldError(field, QStringLiteral("must be at most %1").arg(largest));
        result = parsed->convert_to<quint64>();
    } else {
        return fieldError(field, QStringLiteral("must be a number or a decimal string"));
    }
    if (result > largest)
        return fieldError(field, QStringLiteral("must be at most %1").arg(largest));
    return result;
}

template <typename T>
Result<void> ordered(const char* minField, const T& min, const char* maxField, const T& max,
                     const QString& minText, const QString& maxText) {
    if (min > max)
        return fieldError(minField, QStringLiteral("(%1) is above \"%2\" (%3)")
                                        .arg(minText, QLatin1StringView(maxField), maxText));
    return {};
}

Result<void> ordered(const char* minField, quint64 min, const char* maxField, quint64 max) {
    return ordered(minField, min, maxField, max, QString::number(min), QString::number(max));
}

QByteArray word(const UInt256& value) {
    return uint256::toBigEndian32(value);
}

} // namespace

Hash32 DealAsk::structHash(const Address& provider) const {
    static const Hash32 type = Eip712Domain::typeHash(kType);
    QByteArray encoded = type.toByteArray();
    encoded += QByteArray(12, '\0') + provider.toByteArray();
    encoded += word(pricePerBytePerSecond);
    encoded += word(minCollateralPerByte);
    encoded += word(maxCollateralPerByte);
    encoded += word(UInt256(minSize));
    encoded += word(UInt256(maxSize));
    encoded += word(UInt256(minDuration));
    encoded += word(UInt256(maxDuration));
    encoded += word(UInt256(minStartLead));
    encoded += word(UInt256(maxStartLead));
    // The same 64 bits toJson writes.
    encoded += word(UInt256(static_cast<quint64>(validUntil)));
    return abi::keccak256(encoded);
}

QJsonObject DealAsk::toJson() const {
    return QJsonObject{
        {QStringLiteral("pricePerBytePerSecond"), uint256::toDecimal(pricePerBytePerSecond)},
        {QStringLiteral("minCollateralPerByte"), uint256::toDecimal(minCollateralPerByte)},
        {QStringLiteral("maxCollateralPerByte"), uint256::toDecimal(maxCollateralPerByte)},
        {QStringLiteral("minSize"), countValue(minSize)},
        {QStringLiteral("maxSize"), countValue(maxSize)},
        {QStringLiteral("minDuration"), countValue(minDuration)},
        {QStringLiteral("maxDuration"), countValue(maxDuration)},
        {QStringLiteral("minStartLead"), countValue(minStartLead)},
        {QStringLiteral("maxStartLead"), countValue(maxStartLead)},
        {QStringLiteral("validUntil"), countValue(static_cast<quint64>(validUntil))},
    };
}

Result<DealAsk> DealAsk::fromJson(const QJsonObject& json) {
    DealAsk ask;
    SD_TRY_ASSIGN(ask.pricePerBytePerSecond, amount(json, "pricePerBytePerSecond"));
    SD_TRY_ASSIGN(ask.minCollateralPerByte, amount(json, "minCollateralPerByte"));
    SD_TRY_ASSIGN(ask.maxCollateralPerByte, amount(json, "maxCollateralPerByte"));
    SD_TRY_ASSIGN(ask.minSize, count(json, "minSize"));
    SD_TRY_ASSIGN(ask.maxSize, count(json, "maxSize"));
    SD_TRY_ASSIGN(ask.minDuration, count(json, "minDuration"));
    SD_TRY_ASSIGN(ask.maxDuration, count(json, "maxDuration"));
    SD_TRY_ASSIGN(ask.minStartLead, count(json, "minStartLead"));
    SD_TRY_ASSIGN(ask.maxStartLead, count(json, "maxStartLead"));
    quint64 validUntil = 0;
    SD_TRY_ASSIGN(validUntil,
                  count(json, "validUntil", quint64(std::numeric_limits<Timestamp>::max())));
    ask.validUntil = static_cast<Timestamp>(validUntil);

    if (ask.minSize == 0)
        return fieldError("minSize", QStringLiteral("must be at least 1 byte"));
    SD_TRY(ordered("minSize", ask.minSize, "maxSize", ask.maxSize));
    SD_TRY(ordered("minDuration", ask.minDuration, "maxDuration", ask.maxDuration));
    SD_TRY(ordered("minStartLead", ask.minStartLead, "maxStartLead", ask.maxStartLead));
    SD_TRY(ordered("minCollateralPerByte", ask.minCollateralPerByte, "maxCollateralPerByte",
                   ask.maxCollateralPerByte, uint256::toDecimal(ask.minCollateralPerByte),
                   uint256::toDecimal(ask.maxCollateralPerByte)));
    return ask;
}

} // namespace salesdesk
