#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace salesdesk {

// What an HTTP Range request header asks of a body of `size` bytes (RFC 9110, one range of
// bytes; what a downloader resuming a slot sends).
struct ByteRange {
    enum class Kind {
        Whole,         // no header, or one this server ignores (several ranges, not bytes=):
                       // answer 200 with the whole body
        Part,          // answer 206 with [begin, end)
        Unsatisfiable, // answer 416: the range starts at or past the end
    };
    Kind kind = Kind::Whole;
    quint64 begin = 0;
    quint64 end = 0; // exclusive

    // "bytes=a-b", "bytes=a-" and "bytes=-n" (the last n bytes).
    static ByteRange parse(QByteArrayView header, quint64 size);
};

} // namespace salesdesk
