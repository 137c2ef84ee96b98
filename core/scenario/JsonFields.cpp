#include "core/scenario/JsonFields.h"

#include <QMetaType>
#include <QVariant>

#include <cmath>
#include <utility>

namespace salesdesk {

namespace {

constexpr qint64 kMaxJsonInteger = std::numeric_limits<qint64>::max();

// What a JSON number is, as far as exact integers go.
struct JsonNumber {
    enum class Kind { NotANumber, Integer, Fraction, HugeInteger };
    Kind kind = Kind::NotANumber;
    qint64 integer = 0; // for Integer
    double number = 0;  // for every number
};

JsonNumber classify(const QJsonValue& value) {
    JsonNumber out;
    if (!value.isDouble())
        return out;
    out.number = value.toDouble();
    // Qt keeps a number it read as a whole number that fits 64 bits as an exact integer
    // (1, 1.0, 1e3); anything else is a double.
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong) {
        out.kind = JsonNumber::Kind::Integer;
        out.integer = variant.toLongLong();
        return out;
    }
    if (!std::isfinite(out.number) || std::floor(out.number) != out.number)
        out.kind = JsonNumber::Kind::Fraction;
    else
        out.kind = JsonNumber::Kind::HugeInteger;
    return out;
}

// "must be at most 1073741824 (the runner's limit on a slot: 1 GiB), got 2147483648"
QString atMost(const JsonFields::IntegerRange& range, const QString& got) {
    const QString why =
        range.why ? QStringLiteral(" (%1)").arg(QString::fromUtf8(range.why)) : QString();
    return QStringLiteral("must be at most %1%2, got %3").arg(range.max).arg(why, got);
}

bool isDecimalDigits(const QString& text) {
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

JsonFields::JsonFields(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path)) {}

Result<JsonFields> JsonFields::open(const QJsonValue& value, const QString& path) {
    if (!value.isObject())
        return error(path, QStringLiteral("must be an object"));
    return JsonFields(value.toObject(), path);
}

QString JsonFields::childPath(const QString& path, const QString& key) {
    return path.isEmpty() ? printable(key) : path + u'.' + printable(key);
}

QString JsonFields::printable(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        const bool pairedHigh =
            c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const bool pairedLow = c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate();
        if (u == u'\\')
            out += QLatin1String("\\\\");
        else if (u == u'"')
            out += QLatin1String("\\\"");
        else if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\t')
            out += QLatin1String("\\t");
        else if (u == u'\r')
            out += QLatin1String("\\r");
        else if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029 ||
                 (c.isSurrogate() && !pairedHigh && !pairedLow))
            out += QStringLiteral("\\u%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString JsonFields::quoted(const QString& text) {
    return u'"' + printable(text) + u'"';
}

QString JsonFields::indexPath(const QString& path, qsizetype index) {
    return path + u'[' + QString::number(index) + u']';
}

Error JsonFields::error(const QString& path, const QString& message) {
    return makeError(ErrorCode::InvalidArgument, path + QStringLiteral(": ") + message);
}

Result<void> JsonFields::rejectUnknownKeys(const QStringList& known) const {
    const QStringList keys = m_object.keys(); // sorted
    for (const QString& key : keys) {
        if (known.contains(key))
            continue;
        if (known.isEmpty())
            return error(pathOf(key), QStringLiteral("unknown key (no keys are expected here)"));
        return error(pathOf(key), QStringLiteral("unknown key (expected one of: ") +
                                      known.join(QStringLiteral(", ")) + u')');
    }
    return {};
}

Result<QJsonValue> JsonFields::required(const QString& key) const {
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd())
        return error(pathOf(key), QStringLiteral("is required"));
    return QJsonValue(it.value());
}

Result<quint64> JsonFields::integer(const QString& key, IntegerRange range) const {
    const auto value = required(key);
    if (!value.ok())
        return value.error();
    return readInteger(*value, pathOf(key), range);
}

Result<UInt256> JsonFields::amount(const QString& key) const {
    const auto value = required(key);
    if (!value.ok())
        return value.error();
    return readAmount(*value, pathOf(key));
}

Result<bool> JsonFields::boolean(const QString& key) const {
    const auto value = required(key);
    if (!value.ok())
        return value.error();
    return readBoolean(*value, pathOf(key));
}

Result<QString> JsonFields::nonEmptyString(const QString& key) const {
    const auto value = required(key);
    if (!value.ok())
        return value.error();
    return readNonEmptyString(*value, pathOf(key));
}

Result<double> JsonFields::probability(const QString& key) const {
    const auto value = required(key);
    if (!value.ok())
        return value.error();
    return readProbability(*value, pathOf(key));
}

Result<quint64> JsonFields::readInteger(const QJsonValue& value, const QString& path,
                                        IntegerRange range) {
    const QString notInteger = range.min >= 1 ? QStringLiteral("must be a positive integer")
                                              : QStringLiteral("must be a non-negative integer");
    const JsonNumber number = classify(value);
    switch (number.kind) {
    case JsonNumber::Kind::NotANumber:
    case JsonNumber::Kind::Fraction:
        return error(path, notInteger);
    case JsonNumber::Kind::HugeInteger:
        if (number.number < 0)
            return error(path, notInteger);
        return error(path, atMost(range, QString::number(number.number)));
    case JsonNumber::Kind::Integer:
        break;
    }
    if (number.integer < 0 || static_cast<quint64>(number.integer) < range.min)
        return error(path, notInteger);
    const auto result = static_cast<quint64>(number.integer);
    if (result > range.max)
        return error(path, atMost(range, QString::number(result)));
    return result;
}

Result<UInt256> JsonFields::readAmount(const QJsonValue& value, const QString& path) {
    if (value.isString()) {
        const QString text = value.toString();
        if (!isDecimalDigits(text))
            return error(path,
                         QStringLiteral("must be a decimal integer, got %1").arg(quoted(text)));
        auto parsed = uint256::parse(text);
        if (!parsed.ok())
            return error(path, QStringLiteral("must fit in 256 bits (at most 2^256 - 1)"));
        return *parsed;
    }
    const JsonNumber number = classify(value);
    switch (number.kind) {
    case JsonNumber::Kind::NotANumber:
        return error(path, QStringLiteral("must be a token amount: a decimal string or a "
                                          "non-negative integer"));
    case JsonNumber::Kind::Fraction:
        if (number.number < 0)
            return error(path, QStringLiteral("must not be negative"));
        return error(
            path,
            QStringLiteral("must be a whole number, got %1").arg(QString::number(number.number)));
    case JsonNumber::Kind::HugeInteger:
        if (number.number < 0)
            return error(path, QStringLiteral("must not be negative"));
        return error(path, QStringLiteral("must be a decimal string when above %1 (a JSON number "
                                          "that large is not exact)")
                               .arg(kMaxJsonInteger));
    case JsonNumber::Kind::Integer:
        break;
    }
    if (number.integer < 0)
        return error(path, QStringLiteral("must not be negative"));
    return UInt256(static_cast<quint64>(number.integer));
}

Result<bool> JsonFields::readBoolean(const QJsonValue& value, const QString& path) {
    if (!value.isBool())
        return error(path, QStringLiteral("must be true or false"));
    return value.toBool();
}

Result<QString> JsonFields::readNonEmptyString(const QJsonValue& value, const QString& path) {
    if (!value.isString() || value.toString().isEmpty())
        return error(path, QStringLiteral("must be a non-empty string"));
    return value.toString();
}

Result<double> JsonFields::readProbability(const QJsonValue& value, const QString& path) {
    if (!value.isDouble())
        return error(path, QStringLiteral("must be a number from 0 to 1"));
    const double p = value.toDouble();
    if (!(p >= 0.0 && p <= 1.0))
        return error(
            path, QStringLiteral("must be a number from 0 to 1, got %1").arg(QString::number(p)));
    return p;
}

} // namespace salesdesk
