#include "core/chain/retrieval/RetrievalChunkDevice.h"

#include <QLoggingCategory>

#include <algorithm>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcRetrievalChunk, "salesdesk.retrieval.chunk", QtInfoMsg)

RetrievalChunkDevice::RetrievalChunkDevice(std::shared_ptr<const RetrievableData> data,
                                           const SlotId& slot, quint64 begin, quint64 end,
                                           QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
    , m_slot(slot)
    , m_begin(begin)
    , m_end(std::max(begin, end)) {}

qint64 RetrievalChunkDevice::size() const {
    return static_cast<qint64>(m_end - m_begin);
}

qint64 RetrievalChunkDevice::readData(char* data, qint64 maxSize) {
    const auto position = static_cast<quint64>(pos());
    const auto length = m_end - m_begin;
    const quint64 left = position < length ? length - position : 0;
    quint64 take = std::min(left, static_cast<quint64>(std::max<qint64>(maxSize, 0)));
    if (take == 0)
        return 0;
    // QHttpServer reads a body a kilobyte at a time: each block is read once for all of them.
    const quint64 at = m_begin + position;
    const quint64 index = at / RetrievableData::kBlockSize;
    if (index != m_blockIndex) {
        auto block = m_data->readBlock(m_slot, index);
        if (!block) {
            qCWarning(lcRetrievalChunk).noquote()
                << "slot" << m_slot.toHex() << "block" << index
                << "cannot be read, the chunk ends short:" << block.message();
            return -1;
        }
        m_block = std::move(block).value();
        m_blockIndex = index;
    }
    const quint64 inBlock = at - index * RetrievableData::kBlockSize;
    if (inBlock >= static_cast<quint64>(m_block.size()))
        return -1; // the slot holds fewer bytes than the chunk claims
    take = std::min(take, static_cast<quint64>(m_block.size()) - inBlock);
    std::copy_n(m_block.constData() + inBlock, take, data);
    return static_cast<qint64>(take);
}

qint64 RetrievalChunkDevice::writeData(const char*, qint64) {
    return -1;
}

} // namespace salesdesk
