#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageAsk.h"
#include "core/domain/StorageRequest.h"
#include "core/domain/UInt256.h"

#include <QList>
#include <QMetaType>
#include <QRandomGenerator>
#include <QtGlobal>

#include <compare>
#include <limits>
#include <optional>

namespace salesdesk {

// One slot waiting in the slot queue: what the queue needs to rank it against the
// others. A value type; two items are equal when they name the same slot (requestId, slotIndex),
// whatever their other fields.
class SlotQueueItem {
public:
    // A request may have 1 .. kMaxSlots slots to be queued (the reference's uint16 range).
    static constexpr quint64 kMaxSlots = std::numeric_limits<quint16>::max();

    SlotQueueItem() = default; // an empty item (zero id, profitability 0); for containers
    // `collateral` is what filling this slot costs (repair-discounted for a freed slot); `expiry`
    // is the absolute time (unix seconds) after which the slot can no longer be filled, if known.
    SlotQueueItem(const RequestId& requestId, quint64 slotIndex, quint64 slotSize, quint64 duration,
                  const UInt256& pricePerBytePerSecond, const UInt256& collateral,
                  std::optional<Timestamp> expiry, bool seen = false);

    // One item per slot of the request (indices 0 .. ask.slots - 1), all with the same collateral
    // and expiry, in an order shuffled with `random` (so hosts spread over the slot indices, and a
    // seeded generator makes the order reproducible). Fails unless 1 <= ask.slots <= kMaxSlots.
    static Result<QList<SlotQueueItem>> forRequest(const RequestId& requestId,
                                                   const StorageAsk& ask, const UInt256& collateral,
                                                   std::optional<Timestamp> expiry,
                                                   QRandomGenerator& random);
    // The same for a whole request: requestId = request.id().
    static Result<QList<SlotQueueItem>> forRequest(const StorageRequest& request,
                                                   const UInt256& collateral,
                                                   std::optional<Timestamp> expiry,
                                                   QRandomGenerator& random);
    // One slot of a request (a freed slot). Fails unless slotIndex < ask.slots <= kMaxSlots.
    static Result<SlotQueueItem> forSlot(const RequestId& requestId, const StorageAsk& ask,
                                         quint64 slotIndex, const UInt256& collateral,
                                         std::optional<Timestamp> expiry);

    const RequestId& requestId() const { return m_requestId; }
    quint64 slotIndex() const { return m_slotIndex; }
    quint64 slotSize() const { return m_slotSize; }
    quint64 duration() const { return m_duration; }
    const UInt256& pricePerBytePerSecond() const { return m_pricePerBytePerSecond; }
    const UInt256& collateral() const { return m_collateral; }
    const std::optional<Timestamp>& expiry() const { return m_expiry; }
    // Already evaluated against the availabilities without a match (reprocessSlot).
    bool seen() const { return m_seen; }
    void setSeen(bool seen) { m_seen = seen; }
    // duration × pricePerBytePerSecond × slotSize: what hosting the slot pays. Computed once;
    // saturates at the largest UInt256 instead of overflowing (only an absurd price gets there).
    const UInt256& profitability() const { return m_profitability; }

    // The queue's ranking of two items, `less` meaning `a` is taken first:
    //   1. unseen before seen;
    //   2. higher profitability first;
    //   3. lower collateral first;
    //   4. later expiry first. An item without an expiry counts as later than any with one (it
    //      has no deadline). The reference compared expiries only when both had one; that is not a
    //      transitive order, which an ordered container needs.
    // Items equal in all four are `equivalent`; the queue then takes the one pushed first.
    static std::weak_ordering comparePriority(const SlotQueueItem& a, const SlotQueueItem& b);
    // comparePriority(a, b) == less: `a` is taken before `b`.
    static bool hasPriorityOver(const SlotQueueItem& a, const SlotQueueItem& b) {
        return comparePriority(a, b) == std::weak_ordering::less;
    }

    // "requestId=0x… slotIndex=n", for logs.
    QString describe() const;

    friend bool operator==(const SlotQueueItem& a, const SlotQueueItem& b) {
        return a.m_slotIndex == b.m_slotIndex && a.m_requestId == b.m_requestId;
    }

private:
    // The fields comparePriority reads come last, next to the container's tree links that follow
    // the item in a node, so that a comparison touches few cache lines (the queue compares a lot).
    RequestId m_requestId;
    quint64 m_slotIndex = 0;
    quint64 m_slotSize = 0;
    quint64 m_duration = 0;
    UInt256 m_pricePerBytePerSecond = 0;
    std::optional<Timestamp> m_expiry;
    UInt256 m_collateral = 0;
    UInt256 m_profitability = 0;
    bool m_seen = false;
};

inline std::weak_ordering SlotQueueItem::comparePriority(const SlotQueueItem& a,
                                                         const SlotQueueItem& b) {
    if (a.m_seen != b.m_seen)
        return a.m_seen ? std::weak_ordering::greater : std::weak_ordering::less;
    if (const int c = a.m_profitability.compare(b.m_profitability); c != 0)
        return c > 0 ? std::weak_ordering::less : std::weak_ordering::greater;
    if (const int c = a.m_collateral.compare(b.m_collateral); c != 0)
        return c < 0 ? std::weak_ordering::less : std::weak_ordering::greater;
    constexpr Timestamp kNoDeadline = std::numeric_limits<Timestamp>::max();
    const Timestamp expiryA = a.m_expiry.value_or(kNoDeadline);
    const Timestamp expiryB = b.m_expiry.value_or(kNoDeadline);
    if (expiryA != expiryB)
        return expiryA > expiryB ? std::weak_ordering::less : std::weak_ordering::greater;
    return std::weak_ordering::equivalent;
}

} // namespace salesdesk

Q_DECLARE_METATYPE(salesdesk::SlotQueueItem)
