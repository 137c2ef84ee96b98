#include "core/settings/Setting.h"

#include <QVariant>

#include <optional>

namespace salesdesk::settings {

namespace {

// What a stored QVariant holds as T, or nothing when it is something else. An INI file (the
// format on Linux) gives every scalar back as a string, so numbers and booleans are parsed.
// A scalar (a string, a number or a boolean) as text; nothing for a list or anything else (an INI
// file reads "a, b" as a list).
std::optional<QString> scalarText(const QVariant& stored) {
    switch (stored.typeId()) {
    case QMetaType::QString:
    case QMetaType::QByteArray:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return stored.toString();
    default:
        return std::nullopt;
    }
}

template <typename T> std::optional<T> read(const QVariant& stored);

template <> std::optional<QString> read<QString>(const QVariant& stored) {
    return scalarText(stored);
}

template <> std::optional<int> read<int>(const QVariant& stored) {
    const std::optional<QString> text = scalarText(stored);
    bool ok = false;
    const int number = text ? text->trimmed().toInt(&ok) : 0;
    return ok ? std::optional<int>(number) : std::nullopt;
}

template <> std::optional<bool> read<bool>(const QVariant& stored) {
    const std::optional<QString> text = scalarText(stored);
    if (!text)
        return std::nullopt;
    const QString word = text->trimmed().toLower();
    if (word == QLatin1String("true") || word == QLatin1String("1"))
        return true;
    if (word == QLatin1String("false") || word == QLatin1String("0"))
        return false;
    return std::nullopt;
}

template <> std::optional<QByteArray> read<QByteArray>(const QVariant& stored) {
    if (stored.typeId() == QMetaType::QByteArray)
        return stored.toByteArray();
    return std::nullopt;
}

} // namespace

template <typename T> T Setting<T>::value(const QSettings& settings) const {
    const QVariant stored = settings.value(key());
    if (!stored.isValid())
        return m_default;
    std::optional<T> parsed = read<T>(stored);
    if (!parsed || !accepts(*parsed))
        return m_default;
    return std::move(*parsed);
}

template <typename T> T Setting<T>::value() const {
    const QSettings settings;
    return value(settings);
}

template <typename T> void Setting<T>::set(QSettings& settings, const T& value) const {
    settings.setValue(key(), QVariant::fromValue(value));
}

template <typename T> void Setting<T>::set(const T& value) const {
    QSettings settings;
    set(settings, value);
}

template <typename T> void Setting<T>::remove(QSettings& settings) const {
    settings.remove(key());
}

template <typename T> void Setting<T>::remove() const {
    QSettings settings;
    remove(settings);
}

template <typename T> bool Setting<T>::isStored(const QSettings& settings) const {
    return settings.contains(key());
}

template class Setting<bool>;
template class Setting<int>;
template class Setting<QString>;
template class Setting<QByteArray>;

} // namespace salesdesk::settings
