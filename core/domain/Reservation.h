#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

namespace salesdesk {

// Which market a reservation's bytes were sold on. Both take their bytes from the same
// availabilities. A Codex reservation holds a slot of a Marketplace request, and the sale of that
// slot owns it; a Deal reservation holds the data of a direct deal (DealBook), and the deal
// runner owns it: the sales never settle, count or delete it.
enum class ReservationMarket { Codex, Deal };

// The part of an availability committed to one slot. `slotSize` bytes are held from the
// availability; `size` of them are still reserved in the repo quota, the rest have been written
// as slot data (Repo "used"). `collateral` was taken from the availability's budget.
struct Reservation {
    ReservationId id;
    AvailabilityId availabilityId;
    RequestId requestId;
    quint64 slotIndex = 0;
    quint64 slotSize = 0;
    quint64 size = 0;
    UInt256 collateral = 0;
    Timestamp validUntil = 0; // the request's end
    ReservationMarket market = ReservationMarket::Codex;

    quint64 downloadedBytes() const { return slotSize - size; }
    friend bool operator==(const Reservation&, const Reservation&) = default;
};

} // namespace salesdesk
