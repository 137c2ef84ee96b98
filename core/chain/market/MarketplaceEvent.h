#pragma once

#include "core/chain/events/ChainLog.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageAsk.h"
#include "core/market/MarketEventKind.h"

#include <QString>

namespace salesdesk {

// One event of our Marketplace, decoded from its log through the contract's ABI:
//   StorageRequested(requestId, ask, expiry)      expiry is absolute (the block's time + expiry)
//   RequestFulfilled(requestId), RequestCancelled(requestId), RequestFailed(requestId)
//   SlotFilled(requestId, slotIndex), SlotFreed(requestId, slotIndex)
//   SlotReservationsFull(requestId, slotIndex)
//   ProofSubmitted(slotId)
struct MarketplaceEvent {
    using Kind = MarketEventKind;
    Kind kind = Kind::StorageRequested;
    RequestId requestId;
    quint64 slotIndex = 0;
    SlotId slotId;      // ProofSubmitted
    StorageAsk ask;     // StorageRequested
    quint64 expiry = 0; // StorageRequested
    ChainLog log;       // where it was emitted

    // A log of the Marketplace: its event, or an error naming what is wrong (a topic no event of
    // the contract has, data that does not decode). Logs of other addresses are the caller's to
    // filter.
    static Result<MarketplaceEvent> fromLog(const ChainLog& log);
    // "SlotFilled 0x12…ab slot 3", for logs.
    QString describe() const;

    friend bool operator==(const MarketplaceEvent&, const MarketplaceEvent&) = default;
};

} // namespace salesdesk
