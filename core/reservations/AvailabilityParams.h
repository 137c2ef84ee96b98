#pragma once

#include "core/clock/Clock.h"
#include "core/domain/UInt256.h"

#include <optional>

namespace salesdesk {

// What a user enters to offer storage.
struct NewAvailability {
    quint64 totalSize = 0;
    quint64 duration = 0;
    UInt256 minPricePerBytePerSecond = 0;
    UInt256 totalCollateral = 0;
    bool enabled = true;
    Timestamp until = 0;
};

// An edit: only the fields that are set change.
struct AvailabilityChange {
    std::optional<quint64> totalSize;
    std::optional<quint64> duration;
    std::optional<UInt256> minPricePerBytePerSecond;
    std::optional<UInt256> totalCollateral;
    std::optional<bool> enabled;
    std::optional<Timestamp> until;
};

// What a slot asks of an availability (findAvailability's parameters).
struct SlotRequirements {
    quint64 slotSize = 0;
    quint64 duration = 0;
    UInt256 pricePerBytePerSecond = 0;
    UInt256 collateralPerByte = 0;
    Timestamp validUntil = 0; // the request's end
};

} // namespace salesdesk
