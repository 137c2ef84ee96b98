#include "core/sales/SlotQueueContainer.h"

#include <QHashFunctions>

#include <boost/multi_index/hashed_index.hpp>
#include <boost/multi_index/identity.hpp>
#include <boost/multi_index/ordered_index.hpp>
#include <boost/multi_index/tag.hpp>
#include <boost/multi_index_container.hpp>

#include <algorithm>
#include <iterator>
#include <utility>

namespace salesdesk {

namespace {

namespace mi = boost::multi_index;

struct SlotKey {
    RequestId requestId;
    quint64 slotIndex = 0;
    friend bool operator==(const SlotKey&, const SlotKey&) = default;
};

struct SlotKeyOf {
    using result_type = SlotKey;
    SlotKey operator()(const SlotQueueEntry& entry) const {
        return SlotKey{entry.item.requestId(), entry.item.slotIndex()};
    }
};

struct RequestIdOf {
    using result_type = RequestId;
    const RequestId& operator()(const SlotQueueEntry& entry) const {
        return entry.item.requestId();
    }
};

struct RequestIdHash {
    std::size_t operator()(const RequestId& id) const { return qHash(id); }
};

struct SlotKeyHash {
    std::size_t operator()(const SlotKey& key) const { return qHash(key.requestId, key.slotIndex); }
};

struct ByPriority {};
struct BySlot {};
struct ByRequest {};

// The last index's links directly follow the entry in a node: the tree goes there, next to the
// fields it compares (SlotQueueItem keeps them at its end).
using Entries = mi::multi_index_container<
    SlotQueueEntry,
    mi::indexed_by<
        mi::hashed_unique<mi::tag<BySlot>, SlotKeyOf, SlotKeyHash>,
        mi::hashed_non_unique<mi::tag<ByRequest>, RequestIdOf, RequestIdHash>,
        mi::ordered_unique<mi::tag<ByPriority>, mi::identity<SlotQueueEntry>, SlotQueueOrder>>>;

} // namespace

struct SlotQueueContainer::Storage {
    Entries entries;
    quint64 nextSequence = 0;

    auto& byPriority() { return entries.get<ByPriority>(); }
    const auto& byPriority() const { return entries.get<ByPriority>(); }
    auto& bySlot() { return entries.get<BySlot>(); }
    const auto& bySlot() const { return entries.get<BySlot>(); }
    auto& byRequest() { return entries.get<ByRequest>(); }
};

SlotQueueContainer::SlotQueueContainer()
    : m_storage(std::make_unique<Storage>()) {}

SlotQueueContainer::~SlotQueueContainer() = default;

bool SlotQueueContainer::insert(const SlotQueueItem& item) {
    const bool inserted =
        m_storage->entries.insert(SlotQueueEntry{item, m_storage->nextSequence}).second;
    if (inserted)
        ++m_storage->nextSequence;
    return inserted;
}

qsizetype SlotQueueContainer::size() const {
    return static_cast<qsizetype>(m_storage->entries.size());
}

bool SlotQueueContainer::isEmpty() const {
    return m_storage->entries.empty();
}

bool SlotQueueContainer::contains(const RequestId& requestId, quint64 slotIndex) const {
    const auto& index = m_storage->bySlot();
    return index.find(SlotKey{requestId, slotIndex}) != index.end();
}

std::optional<SlotQueueItem> SlotQueueContainer::find(const RequestId& requestId,
                                                      quint64 slotIndex) const {
    const auto& index = m_storage->bySlot();
    const auto it = index.find(SlotKey{requestId, slotIndex});
    if (it == index.end())
        return std::nullopt;
    return it->item;
}

const SlotQueueItem& SlotQueueContainer::first() const {
    Q_ASSERT(!isEmpty());
    return m_storage->byPriority().begin()->item;
}

const SlotQueueItem& SlotQueueContainer::last() const {
    Q_ASSERT(!isEmpty());
    return std::prev(m_storage->byPriority().end())->item;
}

SlotQueueItem SlotQueueContainer::takeFirst() {
    Q_ASSERT(!isEmpty());
    auto& index = m_storage->byPriority();
    const auto it = index.begin();
    SlotQueueItem item = it->item;
    index.erase(it);
    return item;
}

SlotQueueItem SlotQueueContainer::takeLast() {
    Q_ASSERT(!isEmpty());
    auto& index = m_storage->byPriority();
    const auto it = std::prev(index.end());
    SlotQueueItem item = it->item;
    index.erase(it);
    return item;
}

bool SlotQueueContainer::remove(const RequestId& requestId, quint64 slotIndex) {
    return m_storage->bySlot().erase(SlotKey{requestId, slotIndex}) > 0;
}

QList<SlotQueueItem> SlotQueueContainer::removeRequest(const RequestId& requestId) {
    auto& index = m_storage->byRequest();
    auto [begin, end] = index.equal_range(requestId);
    QList<SlotQueueItem> removed;
    for (auto it = begin; it != end; ++it)
        removed.append(it->item);
    index.erase(begin, end);
    return removed;
}

qsizetype SlotQueueContainer::clearSeenFlags() {
    // Seen items sort after every unseen one, so they are the tail of the order: clear the last
    // item until the last one is unseen. Each cleared item moves in front of the seen ones.
    auto& index = m_storage->byPriority();
    qsizetype cleared = 0;
    while (!index.empty()) {
        const auto it = std::prev(index.end());
        if (!it->item.seen())
            break;
        index.modify(it, [](SlotQueueEntry& entry) { entry.item.setSeen(false); });
        ++cleared;
    }
    return cleared;
}

void SlotQueueContainer::clear() {
    m_storage->entries.clear();
}

void SlotQueueContainer::reserve(qsizetype count) {
    const auto n = static_cast<std::size_t>(std::max<qsizetype>(count, 0));
    m_storage->bySlot().reserve(n);
    m_storage->byRequest().reserve(n);
}

QList<SlotQueueItem> SlotQueueContainer::items() const {
    QList<SlotQueueItem> out;
    out.reserve(size());
    for (const SlotQueueEntry& entry : m_storage->byPriority())
        out.append(entry.item);
    return out;
}

} // namespace salesdesk
