#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk::transfer {

// The file side of a SlotDownload: one slot data file, opened once and then only appended to,
// cut back or synced, in batches. Blocking I/O, so it runs on a pool thread (SlotDownload hands
// it one batch at a time, in order, through QtConcurrent); it is never used by two threads at
// once. Messages name the file and the byte offset.
class SlotFileAppender {
public:
    struct Batch {
        std::optional<quint64> truncateTo; // applied first: cut the file to this many bytes
        QList<QByteArray> chunks;          // then appended in order
        bool sync = false;                 // then flushed to the disk (fsync)

        quint64 bytes() const;
        bool isEmpty() const { return !truncateTo && chunks.isEmpty() && !sync; }
    };

    explicit SlotFileAppender(QString path);

    const QString& path() const { return m_path; }
    // Opens (creating it when missing) and answers how many bytes the file holds.
    Result<quint64> open();
    // Applies `batch` and answers the file's size after it.
    Result<quint64> apply(const Batch& batch);

private:
    Error ioError(const QString& what) const;

    QString m_path;
    QFile m_file;
    quint64 m_size = 0;
};

} // namespace salesdesk::transfer
