#pragma once

#include "core/sales/SlotQueueItem.h"

#include <QList>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace salesdesk {

// An item as the container holds it: with the number of its insertion, which breaks ties.
struct SlotQueueEntry {
    SlotQueueItem item;
    quint64 sequence = 0;
};

// The container's order: SlotQueueItem::comparePriority, then insertion order (first inserted
// first). Total over entries with distinct sequence numbers. `true` when `a` is taken before `b`.
struct SlotQueueOrder {
    bool operator()(const SlotQueueEntry& a, const SlotQueueEntry& b) const {
        const std::weak_ordering order = SlotQueueItem::comparePriority(a.item, b.item);
        if (order != std::weak_ordering::equivalent)
            return order == std::weak_ordering::less;
        return a.sequence < b.sequence;
    }
};

// The slot queue's data structure: items kept in SlotQueueOrder, at most one per slot
// (requestId, slotIndex). A red-black tree ordered by priority with hash indexes on the slot and
// on the request, all on one node per item (a Boost.MultiIndex container, kept out of this
// header), so that every operation is O(log n) (the hash lookups O(1) on average):
//   insert, first/last, takeFirst/takeLast, remove (by slot), contains, find;
// removeRequest is O(k log n) for the k slots of the request, clearSeenFlags O(k log n) for the
// k seen items, items() O(n). No limit on the size: SlotQueue enforces its maxSize.
class SlotQueueContainer {
public:
    SlotQueueContainer();
    ~SlotQueueContainer();
    SlotQueueContainer(const SlotQueueContainer&) = delete;
    SlotQueueContainer& operator=(const SlotQueueContainer&) = delete;

    // False (and nothing changes) when an item for the same slot is already there.
    bool insert(const SlotQueueItem& item);

    qsizetype size() const;
    bool isEmpty() const;
    bool contains(const RequestId& requestId, quint64 slotIndex) const;
    std::optional<SlotQueueItem> find(const RequestId& requestId, quint64 slotIndex) const;

    // The item taken first / last. Only on a non-empty container.
    const SlotQueueItem& first() const;
    const SlotQueueItem& last() const;
    SlotQueueItem takeFirst();
    SlotQueueItem takeLast();

    // False when there is no such item.
    bool remove(const RequestId& requestId, quint64 slotIndex);
    // Removes every slot of the request; returns the removed items (in no particular order).
    QList<SlotQueueItem> removeRequest(const RequestId& requestId);
    // Marks every item unseen (each keeps its insertion number); returns how many were seen.
    qsizetype clearSeenFlags();
    void clear();
    // Prepares the indexes for `count` items, so that growing up to it does not rehash.
    void reserve(qsizetype count);

    // Every item, in the order they would be taken.
    QList<SlotQueueItem> items() const;

private:
    struct Storage;
    std::unique_ptr<Storage> m_storage;
};

} // namespace salesdesk
