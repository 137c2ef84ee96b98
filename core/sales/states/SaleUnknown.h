#pragma once

#include "core/sales/ActiveSaleState.h"

namespace salesdesk {

// After a restart: maps the slot's on-chain state to the state that continues the sale.
class SaleUnknown : public ActiveSaleState {
    Q_OBJECT
public:
    explicit SaleUnknown(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Unknown; }
    void run() override;
};

} // namespace salesdesk
