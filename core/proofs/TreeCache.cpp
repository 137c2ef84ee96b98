#include "core/proofs/TreeCache.h"

#include <QMutexLocker>

namespace salesdesk::proofs {

TreeCache::TreeCache(quint64 maxBytes)
    : m_maxBytes(maxBytes) {}

std::shared_ptr<const MerkleTree> TreeCache::find(const SlotId& slot, quint64 slotSize) {
    QMutexLocker lock(&m_mutex);
    const auto found = m_index.constFind(slot);
    if (found == m_index.cend() || found.value()->slotSize != slotSize)
        return nullptr;
    m_entries.splice(m_entries.begin(), m_entries, found.value());
    return m_entries.front().tree;
}

void TreeCache::insert(const SlotId& slot, quint64 slotSize,
                       std::shared_ptr<const MerkleTree> tree) {
    QMutexLocker lock(&m_mutex);
    removeLocked(slot);
    if (!tree)
        return;
    const quint64 bytes = tree->memoryBytes();
    m_entries.push_front(Entry{slot, slotSize, std::move(tree), bytes});
    m_index.insert(slot, m_entries.begin());
    m_bytes += bytes;
    // Keep at least the newest tree even when it alone is over the limit.
    while (m_maxBytes > 0 && m_bytes > m_maxBytes && m_entries.size() > 1) {
        m_bytes -= m_entries.back().bytes;
        m_index.remove(m_entries.back().slot);
        m_entries.pop_back();
    }
}

void TreeCache::remove(const SlotId& slot) {
    QMutexLocker lock(&m_mutex);
    removeLocked(slot);
}

void TreeCache::removeLocked(const SlotId& slot) {
    const auto found = m_index.find(slot);
    if (found == m_index.end())
        return;
    m_bytes -= found.value()->bytes;
    m_entries.erase(found.value());
    m_index.erase(found);
}

void TreeCache::clear() {
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_index.clear();
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
