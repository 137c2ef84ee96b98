#pragma once

#include <QByteArray>

#include <optional>

namespace salesdesk::transfer {

// The value of an HTTP Content-Range header of a 206 answer: "bytes first-last/total", or
// "bytes first-last/*" when the server does not say the total. Both ends are inclusive.
struct ContentRange {
    quint64 first = 0;
    quint64 last = 0;
    std::optional<quint64> total; // nothing for "*"

    // Nothing when the value is not of that form, last < first, or last is not below the total.
    static std::optional<ContentRange> parse(const QByteArray& value);
};

} // namespace salesdesk::transfer
