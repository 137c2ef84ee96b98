#pragma once

#include "core/chain/retrieval/RetrievableData.h"

#include <QHash>

namespace salesdesk::test {

// Slot data held in memory for retrieval tests: each slot's bytes a pattern of its own, so a
// byte out of place shows.
class MemoryRetrievableData final : public RetrievableData {
public:
    void add(const SlotId& slot, quint64 size);
    QByteArray bytes(const SlotId& slot) const { return m_slots.value(slot); }

    Result<quint64> size(const SlotId& slot) const override;
    Result<QByteArray> readBlock(const SlotId& slot, quint64 index) const override;

private:
    QHash<SlotId, QByteArray> m_slots;
};

} // namespace salesdesk::test
