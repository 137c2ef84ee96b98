#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace salesdesk {

// The file side of slot data: one file per slot, `<directory>/<slot id hex>.blocks`, read in
// blocks of kBlockSize. It knows nothing of the database: how many bytes of a file count is the
// caller's record, passed in. No state but the folder name and every call opens its own file, so
// any method may be called from any thread at the same time; calls that change one slot's file
// must be ordered by the caller (Repo does, on its thread).
class SlotDataFiles {
public:
    static constexpr quint64 kBlockSize = 64 * 1024;

    struct FileInfo {
        SlotId slot;
        quint64 size = 0;
    };

    explicit SlotDataFiles(QString directory);

    const QString& directory() const { return m_directory; }
    Result<void> createDirectory() const;
    QString path(const SlotId& slot) const;

    // Writes `data` at `offset`, the bytes on record for the slot. Anything past `offset` is an
    // unrecorded leftover (a write whose transaction never committed) and is overwritten. A file
    // shorter than `offset` lost data and gives Io. On failure the file is cut back to `offset`
    // (removed when it was new), as far as the file system lets us.
    Result<void> append(const SlotId& slot, quint64 offset, QByteArrayView data) const;
    // Block `index` of the first `recordedBytes` bytes; OutOfBounds past the end.
    Result<QByteArray> readBlock(const SlotId& slot, quint64 index, quint64 recordedBytes) const;
    // Cuts the file to `size` bytes when it is longer.
    Result<void> truncate(const SlotId& slot, quint64 size) const;
    // Removing a file that does not exist succeeds.
    Result<void> remove(const SlotId& slot) const;
    // Every slot file in the folder (names that are not ours are ignored).
    Result<std::vector<FileInfo>> list() const;

private:
    QString m_directory;
};

} // namespace salesdesk
