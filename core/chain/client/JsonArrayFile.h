#pragma once

#include "core/domain/Result.h"

#include <QJsonArray>
#include <QString>

namespace salesdesk {

// A JSON array kept whole in one file (the client's requests and channels beside its wallet):
// read at once, and written at once through QSaveFile, so that a kill leaves the old file or the
// new one, never half of either.
class JsonArrayFile {
public:
    // The array in `path`: empty when there is no such file; an error naming the file when it
    // cannot be read or is not a JSON array (`what` says of what: "requests", "channels").
    static Result<QJsonArray> read(const QString& path, const QString& what);
    // Replaces `path` with `array`, creating its directory when needed.
    static Result<void> write(const QString& path, const QJsonArray& array);
};

} // namespace salesdesk
