#pragma once

#include "core/sales/ActiveSaleState.h"

namespace salesdesk {

// Reserves the slot on the market (canReserveSlot, reserveSlot), or goes on with the reservation
// this host already holds (a sale restarted after a crash).
class SaleSlotReserving : public ActiveSaleState {
    Q_OBJECT
public:
    explicit SaleSlotReserving(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::SlotReserving; }
    void run() override;

private:
    void reserve();
};

} // namespace salesdesk
