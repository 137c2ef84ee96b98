#include "core/storage/SlotDataFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace salesdesk {

namespace {

const QString kSuffix = QStringLiteral(".blocks");

QString fileName(const SlotId& slot) {
    return QString::fromLatin1(slot.toByteArray().toHex()) + kSuffix;
}

Error ioError(const QString& what, const QFile& file) {
    return makeError(ErrorCode::Io,
                     QStringLiteral("%1 %2: %3").arg(what, file.fileName(), file.errorString()));
}

} // namespace

SlotDataFiles::SlotDataFiles(QString directory)
    : m_directory(std::move(directory)) {}

Result<void> SlotDataFiles::createDirectory() const {
    if (!QDir().mkpath(m_directory))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot create the slot data folder %1").arg(m_directory));
    return {};
}

QString SlotDataFiles::path(const SlotId& slot) const {
    return m_directory + QLatin1Char('/') + fileName(slot);
}

Result<void> SlotDataFiles::append(const SlotId& slot, quint64 offset, QByteArrayView data) const {
    if (offset > static_cast<quint64>(std::numeric_limits<qint64>::max() - data.size()))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("slot data of %1 bytes cannot grow by %2 bytes")
                             .arg(offset)
                             .arg(data.size()));
    QFile file(path(slot));
    const bool existed = file.exists();
    if (!file.open(QIODevice::ReadWrite))
        return ioError(QStringLiteral("cannot open"), file);
    const auto start = static_cast<qint64>(offset);
    if (file.size() < start)
        return makeError(
            ErrorCode::Io,
            QStringLiteral("%1 holds %2 bytes but %3 are on record: slot data was lost")
                .arg(file.fileName())
                .arg(file.size())
                .arg(offset));

    // Undoes a partial write so the file never holds more than the record says, except for a
    // crash in between, which the next append or Repo::open() tidies.
    const auto undo = [&](const Error& error) -> Result<void> {
        if (existed) {
            file.resize(start);
            file.close();
        } else {
            file.close();
            QFile::remove(file.fileName());
        }
        return error;
    };
    if (file.size() > start && !file.resize(start))
        return undo(ioError(QStringLiteral("cannot cut back"), file));
    if (!file.seek(start))
        return undo(ioError(QStringLiteral("cannot seek in"), file));
    if (file.write(data.data(), data.size()) != data.size())
        return undo(ioError(QStringLiteral("cannot write"), file));
    if (!file.flush())
        return undo(ioError(QStringLiteral("cannot write"), file));
    file.close();
    if (file.error() != QFileDevice::NoError)
        return undo(ioError(QStringLiteral("cannot close"), file));
    return {};
}

Result<QByteArray> SlotDataFiles::readBlock(const SlotId& slot, quint64 index,
                                            quint64 recordedBytes) const {
    const quint64 blocks = recordedBytes / kBlockSize + (recordedBytes % kBlockSize != 0 ? 1 : 0);
    if (index >= blocks)
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("block %1 is past the end of slot %2, which has %3 blocks")
                             .arg(index)
                             .arg(slot.toHex())
                             .arg(blocks));
    const quint64 offset = index * kBlockSize; // < recordedBytes, so no overflow
    const auto length = static_cast<qint64>(std::min(kBlockSize, recordedBytes - offset));
    QFile file(path(slot));
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QStringLiteral("cannot open"), file);
    if (!file.seek(static_cast<qint64>(offset)))
        return ioError(QStringLiteral("cannot seek in"), file);
    QByteArray block = file.read(length);
    if (block.size() != length)
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1 ends before block %2 (%3 bytes on record, file has %4)")
                             .arg(file.fileName())
                             .arg(index)
                             .arg(recordedBytes)
                             .arg(file.size()));
    return block;
}

Result<void> SlotDataFiles::truncate(const SlotId& slot, quint64 size) const {
    QFile file(path(slot));
    if (!file.exists() || static_cast<quint64>(file.size()) <= size)
        return {};
    if (!file.resize(static_cast<qint64>(size)))
        return ioError(QStringLiteral("cannot cut back"), file);
    return {};
}

Result<void> SlotDataFiles::remove(const SlotId& slot) const {
    QFile file(path(slot));
    if (!file.exists())
        return {};
    if (!file.remove())
        return ioError(QStringLiteral("cannot delete"), file);
    return {};
}

Result<std::vector<SlotDataFiles::FileInfo>> SlotDataFiles::list() const {
    QDir dir(m_directory);
    if (!dir.exists())
        return makeError(ErrorCode::Io,
                         QStringLiteral("the slot data folder %1 does not exist").arg(m_directory));
    std::vector<FileInfo> files;
    const QFileInfoList entries =
        dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
        const QString hex = QStringLiteral("0x") + name.chopped(kSuffix.size());
        auto slot = SlotId::fromHex(hex);
        if (!slot.ok() || fileName(*slot) != name)
            continue; // not a name we write (e.g. upper-case hex): leave it alone
        files.push_back({*slot, static_cast<quint64>(entry.size())});
    }
    return files;
}

} // namespace salesdesk
