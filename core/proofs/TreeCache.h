#pragma once

#include "core/domain/FixedBytes.h"
#include "core/proofs/MerkleTree.h"

#include <QHash>
#include <QMutex>

#include <list>
#include <memory>

namespace salesdesk::proofs {

// Merkle trees of slots kept in memory, keyed by slot id and slot size, so a proof only reads the
// challenged blocks. A tree costs about 1/1024 of its slot's size (64 bytes per 64 KiB block:
// 1 MiB for a 1 GiB slot). With a byte limit the least recently used trees go first; 0 means no
// limit (the caller forgets trees itself). Thread-safe; trees are shared read-only.
class TreeCache {
public:
    explicit TreeCache(quint64 maxBytes = 0);

    std::shared_ptr<const MerkleTree> find(const SlotId& slot, quint64 slotSize);
    // Replaces any tree of the slot (of any size).
    void insert(const SlotId& slot, quint64 slotSize, std::shared_ptr<const MerkleTree> tree);
    void remove(const SlotId& slot);
    void clear();

    qsizetype size() const;
    quint64 bytes() const;

private:
    struct Entry {
        SlotId slot;
        quint64 slotSize = 0;
        std::shared_ptr<const MerkleTree> tree;
        quint64 bytes = 0;
    };
    void removeLocked(const SlotId& slot);

    mutable QMutex m_mutex;
    std::list<Entry> m_entries;                        // most recently used first
    QHash<SlotId, std::list<Entry>::iterator> m_index; // one entry per slot
    quint64 m_bytes = 0;
    quint64 m_maxBytes = 0;
};

} // namespace salesdesk::proofs
