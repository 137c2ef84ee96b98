#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk {

// Reserves the slot on the market (canReserveSlot, reserveSlot).
class SaleSlotReserving : public SaleState {
    Q_OBJECT
public:
    explicit SaleSlotReserving(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::SlotReserving; }
    void run() override;
    std::unique_ptr<SaleState> onCancelled() override;
    std::unique_ptr<SaleState> onFailed() override;
};

} // namespace salesdesk
