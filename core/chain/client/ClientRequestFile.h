#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageRequest.h"

#include <QList>
#include <QString>

#include <vector>

namespace salesdesk {

// The requests a storage client made from one data directory, kept in client-requests.json so
// that `salesdesk-cli client serve` can serve their data (with the slot roots computed when the
// request was made, so a restarted server hashes nothing) and `client withdraw` can name them.
// Each entry is written before its transaction is sent: a request the chain never saw is
// harmless (nobody asks for its data), a request the chain has but the file lost would not be.
class ClientRequestFile {
public:
    struct Entry {
        StorageRequest request;
        std::vector<Hash32> slotRoots;
    };

    explicit ClientRequestFile(QString dataDirectory);

    QString filePath() const;
    // Every entry; none when the file does not exist yet. A damaged file is an error naming the
    // entry and field.
    Result<QList<Entry>> read() const;
    // Adds `entry` (replacing one of the same request id), written to a temporary file first and
    // then renamed over the old one.
    Result<void> add(const Entry& entry) const;

private:
    QString m_dataDirectory;
};

} // namespace salesdesk
