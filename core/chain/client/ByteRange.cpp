#include "core/chain/client/ByteRange.h"

#include <QByteArray>

#include <algorithm>
#include <optional>

namespace salesdesk {

namespace {

std::optional<quint64> number(QByteArrayView text) {
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + static_cast<quint64>(c - '0');
    }
    return value;
}

} // namespace

ByteRange ByteRange::parse(QByteArrayView header, quint64 size) {
    const QByteArray text = header.toByteArray().trimmed();
    ByteRange whole{Kind::Whole, 0, size};
    if (!text.startsWith("bytes="))
        return whole;
    const QByteArrayView spec = QByteArrayView(text).sliced(6);
    if (spec.contains(','))
        return whole; // several ranges: allowed to ignore
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return whole;
    const QByteArrayView first = spec.first(dash);
    const QByteArrayView last = spec.sliced(dash + 1);
    if (first.isEmpty()) {
        const auto suffix = number(last);
        if (!suffix)
            return whole;
        if (*suffix == 0 || size == 0)
            return {Kind::Unsatisfiable, 0, 0};
        return {Kind::Part, size - std::min(*suffix, size), size};
    }
    const auto begin = number(first);
    if (!begin)
        return whole;
    std::optional<quint64> lastByte;
    if (!last.isEmpty()) {
        lastByte = number(last);
        if (!lastByte || *lastByte < *begin)
            return whole;
    }
    if (*begin >= size)
        return {Kind::Unsatisfiable, 0, 0};
    const quint64 end = lastByte ? std::min(*lastByte + 1, size) : size;
    return {Kind::Part, *begin, end};
}

} // namespace salesdesk
