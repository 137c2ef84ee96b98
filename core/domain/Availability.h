#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

namespace salesdesk {

// Storage offered for sale. Bytes: totalSize = freeSize + Σ slotSize of its reservations.
// Collateral: totalCollateral = totalRemainingCollateral + committed (Σ collateral of its
// reservations) + collateralLost (taken by slashing or forfeit from sales it funded).
struct Availability {
    AvailabilityId id;
    quint64 totalSize = 0;
    quint64 freeSize = 0;
    quint64 duration = 0; // longest request duration accepted, seconds
    UInt256 minPricePerBytePerSecond = 0;
    UInt256 totalCollateral = 0;
    UInt256 totalRemainingCollateral = 0;
    UInt256 collateralLost = 0;
    bool enabled = true;
    Timestamp until = 0; // 0: no limit; else the latest time a hosted slot may end

    // The most collateral per byte a new slot may ask for, spreading the remaining budget over
    // the free bytes (the reference's rule): remaining / freeSize, or remaining when nothing is
    // free.
    UInt256 maxCollateralPerByte() const {
        return freeSize == 0 ? totalRemainingCollateral
                             : UInt256(totalRemainingCollateral / freeSize);
    }
    // Collateral committed to live reservations. Never negative in consistent books; the
    // invariant checker compares it with the sum over reservations.
    Result<UInt256> collateralCommitted() const {
        auto spent = uint256::checkedAdd(totalRemainingCollateral, collateralLost);
        if (!spent.ok())
            return spent.error();
        return uint256::checkedSub(totalCollateral, *spent);
    }
    quint64 committedBytes() const { return totalSize - freeSize; }

    friend bool operator==(const Availability&, const Availability&) = default;
};

} // namespace salesdesk
