#include "core/proofs/SlotFileReader.h"

#include "core/proofs/ParallelChunks.h"
#include "core/proofs/Sha256.h"
#include "core/proofs/SlotBlocks.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <memory>
#include <optional>

namespace salesdesk::proofs {

namespace {

Error ioError(const QString& what, const QFile& file) {
    return makeError(ErrorCode::Io,
                     QStringLiteral("%1 %2: %3").arg(what, file.fileName(), file.errorString()));
}

// The file exists and holds at least the slot.
Result<void> checkFile(const QString& path, quint64 slotSize) {
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the slot data file %1 does not exist").arg(path));
    if (static_cast<quint64>(info.size()) < slotSize)
        return makeError(ErrorCode::Io,
                         QStringLiteral("the slot data file %1 holds %2 bytes, the slot has %3: "
                                        "slot data was lost")
                             .arg(path)
                             .arg(info.size())
                             .arg(slotSize));
    return {};
}

// Reads exactly `length` bytes at `offset` into `out`.
Result<void> readAt(QFile& file, quint64 offset, quint64 length, char* out) {
    if (!file.seek(static_cast<qint64>(offset)))
        return ioError(QStringLiteral("cannot seek in"), file);
    const qint64 got = file.read(out, static_cast<qint64>(length));
    if (got < 0)
        return ioError(QStringLiteral("cannot read"), file);
    if (static_cast<quint64>(got) != length)
        return makeError(ErrorCode::Io, QStringLiteral("%1 ends at byte %2, before the slot does")
                                            .arg(file.fileName())
                                            .arg(offset + static_cast<quint64>(got)));
    return {};
}

// Read buffers shared by the chunks of one leafHashes() call: one per thread at most.
class BufferPool {
public:
    explicit BufferPool(std::size_t size)
        : m_size(size) {}
    std::unique_ptr<char[]> take() {
        QMutexLocker lock(&m_mutex);
        if (m_free.empty())
            return std::make_unique_for_overwrite<char[]>(m_size);
        auto buffer = std::move(m_free.back());
        m_free.pop_back();
        return buffer;
    }
    void give(std::unique_ptr<char[]> buffer) {
        QMutexLocker lock(&m_mutex);
        m_free.push_back(std::move(buffer));
    }

private:
    std::size_t m_size;
    QMutex m_mutex;
    std::vector<std::unique_ptr<char[]>> m_free;
};

} // namespace

Result<std::vector<Hash32>> SlotFileReader::leafHashes(const QString& path, quint64 slotSize) {
    SD_TRY(checkFile(path, slotSize));
    const quint64 blocks = blockCount(slotSize);
    std::vector<Hash32> leaves(blocks);
    BufferPool buffers(kBlocksPerRead * kBlockSize);
    QMutex errorMutex;
    std::optional<Error> firstError;
    std::atomic<bool> failed = false;

    forEachChunk(blocks, kBlocksPerRead, [&](quint64 first, quint64 count) {
        if (failed.load(std::memory_order_relaxed))
            return;
        const auto fail = [&](Error error) {
            QMutexLocker lock(&errorMutex);
            if (!firstError)
                firstError = std::move(error);
            failed = true;
        };
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            fail(ioError(QStringLiteral("cannot open"), file));
            return;
        }
        const quint64 offset = first * kBlockSize;
        const quint64 length = std::min(count * kBlockSize, slotSize - offset);
        std::unique_ptr<char[]> buffer = buffers.take();
        if (auto read = readAt(file, offset, length, buffer.get()); !read.ok()) {
            fail(read.error());
        } else {
            Sha256 hasher;
            for (quint64 i = 0; i < count; ++i) {
                hasher.add(buffer.get() + i * kBlockSize, blockLength(slotSize, first + i));
                leaves[first + i] = hasher.finish();
            }
        }
        buffers.give(std::move(buffer));
    });
    if (firstError)
        return *firstError;
    return leaves;
}

Result<MerkleTree> SlotFileReader::buildTree(const QString& path, quint64 slotSize) {
    auto leaves = leafHashes(path, slotSize);
    if (!leaves.ok())
        return leaves.error();
    return MerkleTree(std::move(leaves).value());
}

Result<QByteArray> SlotFileReader::readBlock(const QString& path, quint64 slotSize, quint64 index) {
    const quint64 blocks = blockCount(slotSize);
    if (index >= blocks)
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("block %1 is past the end of the slot in %2, which has %3 "
                                        "blocks")
                             .arg(index)
                             .arg(path)
                             .arg(blocks));
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the slot data file %1 does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return ioError(QStringLiteral("cannot open"), file);
    QByteArray block(static_cast<qsizetype>(blockLength(slotSize, index)), Qt::Uninitialized);
    SD_TRY(readAt(file, index * kBlockSize, static_cast<quint64>(block.size()), block.data()));
    return block;
}

Result<Hash32> SlotFileReader::hashBlock(const QString& path, quint64 slotSize, quint64 index) {
    auto block = readBlock(path, slotSize, index);
    if (!block.ok())
        return block.error();
    return Sha256::hash(QByteArrayView(*block));
}

} // namespace salesdesk::proofs
