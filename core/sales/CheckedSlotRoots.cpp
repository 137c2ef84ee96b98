#include "core/sales/CheckedSlotRoots.h"

#include <QMutexLocker>

namespace salesdesk {

void CheckedSlotRoots::add(const RequestId& request, std::vector<Hash32> slotRoots) {
    const QMutexLocker lock(&m_mutex);
    if (m_roots.size() >= kMaxRequests && !m_roots.contains(request))
        m_roots.clear();
    m_roots.insert(request, std::move(slotRoots));
}

std::optional<std::vector<Hash32>> CheckedSlotRoots::find(const RequestId& request) const {
    const QMutexLocker lock(&m_mutex);
    const auto it = m_roots.constFind(request);
    if (it == m_roots.cend())
        return std::nullopt;
    return *it;
}

qsizetype CheckedSlotRoots::size() const {
    const QMutexLocker lock(&m_mutex);
    return m_roots.size();
}

} // namespace salesdesk
