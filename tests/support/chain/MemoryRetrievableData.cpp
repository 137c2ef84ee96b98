#include "tests/support/chain/MemoryRetrievableData.h"

namespace salesdesk::test {

void MemoryRetrievableData::add(const SlotId& slot, quint64 size) {
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    const int salt = static_cast<unsigned char>(slot.toByteArray().at(0));
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 131 + salt) % 251);
    m_slots.insert(slot, bytes);
}

Result<quint64> MemoryRetrievableData::size(const SlotId& slot) const {
    const auto it = m_slots.constFind(slot);
    if (it == m_slots.cend())
        return makeError(ErrorCode::NotFound, QStringLiteral("no data of this slot is held"));
    return static_cast<quint64>(it->size());
}

Result<QByteArray> MemoryRetrievableData::readBlock(const SlotId& slot, quint64 index) const {
    const auto it = m_slots.constFind(slot);
    if (it == m_slots.cend())
        return makeError(ErrorCode::NotFound, QStringLiteral("no data of this slot is held"));
    const quint64 at = index * kBlockSize;
    if (at >= static_cast<quint64>(it->size()))
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("block %1 is past the slot's end").arg(index));
    return it->mid(static_cast<qsizetype>(at), static_cast<qsizetype>(kBlockSize));
}

} // namespace salesdesk::test
