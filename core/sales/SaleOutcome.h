#pragma once

#include "core/domain/UInt256.h"
#include "core/sales/SaleStateKind.h"

#include <QString>

#include <optional>

namespace salesdesk {

// How a sale ended, as its terminal state tells Sales for the cleanup.
struct SaleOutcome {
    SaleStateKind state = SaleStateKind::Errored;
    bool reprocessSlot = false; // put the slot back in the queue, marked seen
    bool clearData = true;      // delete the slot's data (onClear)
    // Collateral the market paid back to us for this slot (none: nothing came back).
    std::optional<UInt256> returnedCollateral;
    QString error; // why, for Errored and Ignored
};

} // namespace salesdesk
