#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <utility>

namespace salesdesk::settings {

// One QSettings key with its type and default. value() reads it and falls back to the default
// when the key is absent, when what is stored cannot be read as T (a word where a number belongs,
// a list where a string belongs) or when it fails the setting's check (a number out of range);
// a stored value is never half-read. set() writes it and remove() forgets it.
//
// T is bool, int, QString or QByteArray (instantiated in Setting.cpp). The overloads without a
// QSettings use QSettings(), the application's own settings.
template <typename T> class Setting {
public:
    // A check of a value read back: false makes value() return the default.
    using Check = bool (*)(const T& value);

    Setting(const char* key, T defaultValue, Check check = nullptr)
        : m_key(key)
        , m_default(std::move(defaultValue))
        , m_check(check) {}

    QString key() const { return QString::fromLatin1(m_key); }
    const T& defaultValue() const { return m_default; }
    // Whether `candidate` passes the setting's check (always, for a setting without one).
    bool accepts(const T& candidate) const { return !m_check || m_check(candidate); }

    T value(const QSettings& settings) const;
    T value() const;
    void set(QSettings& settings, const T& value) const;
    void set(const T& value) const;
    void remove(QSettings& settings) const;
    void remove() const;
    bool isStored(const QSettings& settings) const;

private:
    const char* m_key;
    T m_default;
    Check m_check;
};

extern template class Setting<bool>;
extern template class Setting<int>;
extern template class Setting<QString>;
extern template class Setting<QByteArray>;

} // namespace salesdesk::settings
