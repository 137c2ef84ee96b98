#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QString>

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

    // The Content-Range `value` of a 206 answer to a request (`asked` names it in messages) for
    // the bytes from `first` up to `end` (exclusive) of a resource of `total` bytes: the range, or
    // an error that says what does not fit (not of the form, another first byte, past the end or
    // another total).
    static Result<ContentRange> checkAnswer(const QByteArray& value, quint64 first, quint64 end,
                                            quint64 total, const QString& asked);
};

} // namespace salesdesk::transfer
