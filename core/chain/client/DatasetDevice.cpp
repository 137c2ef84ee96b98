#include "core/chain/client/DatasetDevice.h"

#include "core/proofs/SlotBlocks.h"

#include <algorithm>

namespace salesdesk {

DatasetDevice::DatasetDevice(std::shared_ptr<const GeneratedDataset> dataset, quint64 begin,
                             quint64 end, QObject* parent)
    : QIODevice(parent)
    , m_dataset(std::move(dataset))
    , m_begin(begin)
    , m_end(std::max(begin, end)) {}

qint64 DatasetDevice::size() const {
    return static_cast<qint64>(m_end - m_begin);
}

qint64 DatasetDevice::readData(char* data, qint64 maxSize) {
    const auto position = static_cast<quint64>(pos());
    const auto length = static_cast<quint64>(size());
    const quint64 left = position < length ? length - position : 0;
    quint64 take = std::min(left, static_cast<quint64>(std::max<qint64>(maxSize, 0)));
    if (take == 0)
        return 0;
    // The block this byte is in, generated once: QHttpServer reads a body a kilobyte at a time,
    // and generating a 64 KiB block for each kilobyte made a download 64 times as slow.
    const quint64 at = m_begin + position;
    const quint64 slotSize = m_dataset->slotSize();
    const quint64 inSlot = at % slotSize;
    const quint64 blockStart = at - inSlot % proofs::kBlockSize;
    if (m_block.isEmpty() || m_blockStart != blockStart) {
        const quint64 blockLength = std::min<quint64>(
            proofs::kBlockSize, slotSize - (inSlot - inSlot % proofs::kBlockSize));
        m_block = m_dataset->read(blockStart, blockLength);
        m_blockStart = blockStart;
    }
    const quint64 inBlock = at - blockStart;
    if (inBlock >= static_cast<quint64>(m_block.size()))
        return -1; // past the dataset: cannot happen for a device within it
    take = std::min(take, static_cast<quint64>(m_block.size()) - inBlock);
    std::copy_n(m_block.constData() + inBlock, take, data);
    return static_cast<qint64>(take);
}

qint64 DatasetDevice::writeData(const char*, qint64) {
    return -1;
}

} // namespace salesdesk
