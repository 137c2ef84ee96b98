#include "core/sales/SlotQueueItem.h"

#include <utility>

namespace salesdesk {

namespace {

UInt256 saturatingProfitability(quint64 duration, const UInt256& pricePerBytePerSecond,
                                quint64 slotSize) {
    // duration × slotSize < 2^128 always fits; only the price can push the product past 2^256.
    const UInt256 bytesSeconds = UInt256(duration) * UInt256(slotSize);
    auto product = uint256::checkedMul(bytesSeconds, pricePerBytePerSecond);
    return product.ok() ? *product : uint256::max();
}

Result<void> checkSlotCount(quint64 slots) {
    if (slots == 0)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("No slots: the request has 0 slots, the slot queue needs at "
                           "least 1"));
    if (slots > SlotQueueItem::kMaxSlots)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("Too many slots: the request has %1 slots, the slot queue "
                                        "takes at most %2")
                             .arg(slots)
                             .arg(SlotQueueItem::kMaxSlots));
    return {};
}

} // namespace

SlotQueueItem::SlotQueueItem(const RequestId& requestId, quint64 slotIndex, quint64 slotSize,
                             quint64 duration, const UInt256& pricePerBytePerSecond,
                             const UInt256& collateral, std::optional<Timestamp> expiry, bool seen)
    : m_requestId(requestId)
    , m_slotIndex(slotIndex)
    , m_slotSize(slotSize)
    , m_duration(duration)
    , m_pricePerBytePerSecond(pricePerBytePerSecond)
    , m_expiry(expiry)
    , m_collateral(collateral)
    , m_profitability(saturatingProfitability(duration, pricePerBytePerSecond, slotSize))
    , m_seen(seen) {}

Result<QList<SlotQueueItem>> SlotQueueItem::forRequest(const RequestId& requestId,
                                                       const StorageAsk& ask,
                                                       const UInt256& collateral,
                                                       std::optional<Timestamp> expiry,
                                                       QRandomGenerator& random) {
    SD_TRY(checkSlotCount(ask.slots));
    QList<SlotQueueItem> items;
    items.reserve(static_cast<qsizetype>(ask.slots));
    for (quint64 index = 0; index < ask.slots; ++index)
        items.append(SlotQueueItem(requestId, index, ask.slotSize, ask.duration,
                                   ask.pricePerBytePerSecond, collateral, expiry));
    // Fisher–Yates: every permutation equally likely, reproducible for a seeded generator.
    for (qsizetype i = items.size() - 1; i > 0; --i) {
        const auto j = static_cast<qsizetype>(random.bounded(static_cast<quint32>(i + 1)));
        if (j != i)
            std::swap(items[i], items[j]);
    }
    return items;
}

Result<QList<SlotQueueItem>> SlotQueueItem::forRequest(const StorageRequest& request,
                                                       const UInt256& collateral,
                                                       std::optional<Timestamp> expiry,
                                                       QRandomGenerator& random) {
    SD_TRY(checkSlotCount(request.ask.slots)); // before hashing the request
    return forRequest(request.id(), request.ask, collateral, expiry, random);
}

Result<SlotQueueItem> SlotQueueItem::forSlot(const RequestId& requestId, const StorageAsk& ask,
                                             quint64 slotIndex, const UInt256& collateral,
                                             std::optional<Timestamp> expiry) {
    SD_TRY(checkSlotCount(ask.slots));
    if (slotIndex >= ask.slots)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("Slot index %1 is out of range: the request has %2 slots")
                             .arg(slotIndex)
                             .arg(ask.slots));
    return SlotQueueItem(requestId, slotIndex, ask.slotSize, ask.duration,
                         ask.pricePerBytePerSecond, collateral, expiry);
}

QString SlotQueueItem::describe() const {
    return QStringLiteral("requestId=%1 slotIndex=%2").arg(m_requestId.toHex()).arg(m_slotIndex);
}

} // namespace salesdesk
