#pragma once

#include "core/domain/MarketStates.h"
#include "core/sales/ActiveSaleState.h"

namespace salesdesk {

// After a restart: maps the slot's on-chain state to the state that continues the sale (the state
// recovery read with the slot's summary, or asked of the market).
class SaleUnknown : public ActiveSaleState {
    Q_OBJECT
public:
    explicit SaleUnknown(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Unknown; }
    void run() override;

private:
    void onSlotState(SlotState state);
};

} // namespace salesdesk
