#include "core/logging/RotatingLogFile.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include <algorithm>

namespace salesdesk {

namespace {

Error cannotWrite(const QString& path, const QString& why) {
    return makeError(ErrorCode::Io, QStringLiteral("Cannot write the log file %1: %2")
                                        .arg(QDir::toNativeSeparators(path), why));
}

} // namespace

Result<std::unique_ptr<RotatingLogFile>> RotatingLogFile::open(const Options& options) {
    if (options.filePath.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("No log file was named"));
    if (options.maxBytes < 2)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("A log file of at most %1 bytes holds no line").arg(options.maxBytes));
    if (options.keepFiles < 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("Cannot keep %1 rotated log files").arg(options.keepFiles));
    const QString folder = QFileInfo(options.filePath).absolutePath();
    if (!QDir().mkpath(folder))
        return cannotWrite(options.filePath, QStringLiteral("its folder %1 cannot be created")
                                                 .arg(QDir::toNativeSeparators(folder)));
    std::unique_ptr<RotatingLogFile> log(new RotatingLogFile(options));
    SD_TRY(log->openCurrent());
    return log;
}

RotatingLogFile::RotatingLogFile(Options options)
    : m_options(std::move(options))
    , m_file(m_options.filePath) {}

RotatingLogFile::~RotatingLogFile() = default;

QString RotatingLogFile::rotatedPath(int n) const {
    return m_options.filePath + QLatin1Char('.') + QString::number(n);
}

Result<void> RotatingLogFile::openCurrent() {
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return cannotWrite(m_options.filePath, m_file.errorString());
    m_size = m_file.size();
    return {};
}

Result<void> RotatingLogFile::write(QByteArrayView line) {
    const QMutexLocker locker(&m_mutex);
    // The newline counts: a line of maxBytes - 1 bytes fills a file exactly.
    const qint64 room = m_options.maxBytes - 1;
    const QByteArrayView text = line.first(std::min<qint64>(line.size(), room));
    if (m_size > 0 && m_size + text.size() + 1 > m_options.maxBytes)
        SD_TRY(rotate());
    if (!m_file.isOpen())
        SD_TRY(openCurrent()); // a rotation that failed half-way left it closed
    QByteArray bytes;
    bytes.reserve(text.size() + 1);
    bytes.append(text).append('\n');
    const qint64 written = m_file.write(bytes);
    if (written != bytes.size() || !m_file.flush()) {
        const QString why = m_file.errorString();
        // Whatever part did reach the file counts against the bound.
        m_size = m_file.size();
        return cannotWrite(m_options.filePath, why);
    }
    m_size += written;
    return {};
}

Result<void> RotatingLogFile::rotate() {
    m_file.close();
    if (m_options.keepFiles == 0) {
        if (!QFile::remove(m_options.filePath))
            return cannotWrite(m_options.filePath,
                               QStringLiteral("the full file cannot be removed"));
        return openCurrent();
    }
    // The oldest goes; each other moves one up; the current one becomes .1.
    const QString oldest = rotatedPath(m_options.keepFiles);
    if (QFile::exists(oldest) && !QFile::remove(oldest))
        return cannotWrite(m_options.filePath,
                           QStringLiteral("the oldest rotated file %1 cannot be removed")
                               .arg(QDir::toNativeSeparators(oldest)));
    for (int n = m_options.keepFiles - 1; n >= 1; --n) {
        const QString from = rotatedPath(n);
        if (QFile::exists(from) && !QFile::rename(from, rotatedPath(n + 1)))
            return cannotWrite(
                m_options.filePath,
                QStringLiteral("%1 cannot be renamed").arg(QDir::toNativeSeparators(from)));
    }
    if (!QFile::rename(m_options.filePath, rotatedPath(1)))
        return cannotWrite(m_options.filePath,
                           QStringLiteral("the full file cannot be renamed to %1")
                               .arg(QDir::toNativeSeparators(rotatedPath(1))));
    return openCurrent();
}

} // namespace salesdesk
