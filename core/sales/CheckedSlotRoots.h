#pragma once

#include "core/domain/FixedBytes.h"

#include <QHash>
#include <QMutex>

#include <optional>
#include <vector>

namespace salesdesk {

// The slot roots of requests whose downloaded data a host checked against them (NetworkSlotStore):
// every slot's root in slot order, as the client published them. A chain market builds the fill's
// slot path from them (ChainMarket::Options::slotRoots), so a slot of data that is not generated
// can be filled. Kept in memory only (a sale that restarts downloads and checks again), at most
// kMaxRequests requests (then it starts over). Thread-safe: the market reads it off the event loop.
class CheckedSlotRoots {
public:
    static constexpr qsizetype kMaxRequests = 10'000;

    void add(const RequestId& request, std::vector<Hash32> slotRoots);
    std::optional<std::vector<Hash32>> find(const RequestId& request) const;
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QHash<RequestId, std::vector<Hash32>> m_roots;
};

} // namespace salesdesk
