#include "core/transfer/SlotFileAppender.h"

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace salesdesk::transfer {

quint64 SlotFileAppender::Batch::bytes() const {
    quint64 total = 0;
    for (const QByteArray& chunk : chunks)
        total += static_cast<quint64>(chunk.size());
    return total;
}

SlotFileAppender::SlotFileAppender(QString path)
    : m_path(std::move(path))
    , m_file(m_path) {}

Error SlotFileAppender::ioError(const QString& what) const {
    return makeError(ErrorCode::Io, QStringLiteral("%1 the slot data file %2 at byte %3: %4")
                                        .arg(what, m_path)
                                        .arg(m_size)
                                        .arg(m_file.errorString()));
}

Result<quint64> SlotFileAppender::open() {
    if (m_file.isOpen())
        return m_size;
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return ioError(QStringLiteral("cannot open"));
    m_size = static_cast<quint64>(m_file.size());
    if (!m_file.seek(static_cast<qint64>(m_size)))
        return ioError(QStringLiteral("cannot seek in"));
    return m_size;
}

Result<quint64> SlotFileAppender::apply(const Batch& batch) {
    if (!m_file.isOpen())
        SD_TRY(open());
    if (batch.truncateTo) {
        if (!m_file.resize(static_cast<qint64>(*batch.truncateTo)))
            return ioError(QStringLiteral("cannot cut"));
        m_size = *batch.truncateTo;
        if (!m_file.seek(static_cast<qint64>(m_size)))
            return ioError(QStringLiteral("cannot seek in"));
    }
    for (const QByteArray& chunk : batch.chunks) {
        const qint64 written = m_file.write(chunk);
        if (written > 0)
            m_size += static_cast<quint64>(written);
        if (written != chunk.size())
            return ioError(QStringLiteral("cannot write"));
    }
    if (batch.sync) {
        if (!m_file.flush())
            return ioError(QStringLiteral("cannot flush"));
#ifdef Q_OS_UNIX
        if (::fsync(m_file.handle()) != 0)
            return makeError(ErrorCode::Io,
                             QStringLiteral("cannot sync the slot data file %1 to the disk: %2")
                                 .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
#endif
    }
    return m_size;
}

} // namespace salesdesk::transfer
