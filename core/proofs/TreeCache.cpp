#include "proofs/TreeCache.h"

#include <QMutexLocker>

namespace salesdesk::proofs {

TreeCache::TreeCache(quint64 maxBytes)
    : m_maxBytes(maxBytes) {}

std::shared_ptr<const MerkleTree> TreeCache::find(const SlotId& slot, quint64 slotSize) {
    QMutexLocker lock(&m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->slot == slot && it->slotSize == slotSize) {
            m_entries.splice(m_entries.begin(), m_entries, it);
            return m_entries.front().tree;
        }
    }
    return nullptr;
}

void TreeCache::insert(const SlotId& slot, quint64 slotSize,
                       std::shared_ptr<const MerkleTree> tree) {
    QMutexLocker lock(&m_mutex);
    removeLocked(slot);
    if (!tree)
        return;
    const quint64 bytes = tree->memoryBytes();
    m_entries.push_front(Entry{slot, slotSize, std::move(tree), bytes});
    m_bytes += bytes;
    // Keep at least the newest tree even when it alone is over the limit.
    while (m_maxBytes > 0 && m_bytes > m_maxBytes && m_entries.size() > 1) {
        m_bytes -= m_entries.back().bytes;
        m_entries.pop_back();
    }
}

void TreeCache::remove(const SlotId& slot) {
    QMutexLocker lock(&m_mutex);
    removeLocked(slot);
}

void TreeCache::removeLocked(const SlotId& slot) {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->slot == slot) {
            m_bytes -= it->bytes;
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

void TreeCache::clear() {
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_bytes = 0;
}

qsizetype TreeCache::size() const {
    QMutexLocker lock(&m_mutex);
    return static_cast<qsizetype>(m_entries.size());
}

quint64 TreeCache::bytes() const {
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

} // namespace salesdesk::proofs
