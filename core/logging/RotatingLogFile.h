#pragma once

#include "core/domain/Result.h"

#include <QByteArrayView>
#include <QFile>
#include <QMutex>
#include <QString>

#include <memory>

namespace salesdesk {

// A log file that never grows past a size. Lines are appended whole; when the next line would
// take the file past maxBytes, the file becomes <name>.1 (an older <name>.1 becomes <name>.2 and
// so on up to <name>.<keepFiles>; the oldest is deleted) and a new, empty file takes the line.
// So no line is split between two files or lost in a rotation, and the files together never
// hold more than (keepFiles + 1) × maxBytes. A single line longer than maxBytes is cut to fit.
//
// Thread-safe: a Qt message handler calls write() from whatever thread logged.
class RotatingLogFile {
public:
    struct Options {
        QString filePath;
        qint64 maxBytes = 5 * 1024 * 1024;
        // Rotated files kept besides the current one (<name>.1 … <name>.<keepFiles>).
        int keepFiles = 3;
    };

    // Creates the file's folder when missing and opens the file for appending (a file left by an
    // earlier run is continued). Fails with a message naming the path and the reason when the
    // folder cannot be created or the file cannot be written; nothing is created then.
    static Result<std::unique_ptr<RotatingLogFile>> open(const Options& options);

    RotatingLogFile(const RotatingLogFile&) = delete;
    RotatingLogFile& operator=(const RotatingLogFile&) = delete;
    ~RotatingLogFile();

    // Appends `line` and a newline, rotating first when they would not fit. An error (a full
    // disk, a rename refused) names the file; the line is then not written.
    Result<void> write(QByteArrayView line);

    const QString& filePath() const { return m_options.filePath; }
    qint64 maxBytes() const { return m_options.maxBytes; }
    int keepFiles() const { return m_options.keepFiles; }
    // The n-th rotated file (<filePath>.<n>, n >= 1).
    QString rotatedPath(int n) const;

private:
    explicit RotatingLogFile(Options options);
    Result<void> rotate();
    Result<void> openCurrent();

    const Options m_options;
    QMutex m_mutex;
    QFile m_file;
    qint64 m_size = 0;
};

} // namespace salesdesk
