#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk {

// After a restart: maps the slot's on-chain state to the state that continues the sale.
class SaleUnknown : public SaleState {
    Q_OBJECT
public:
    explicit SaleUnknown(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Unknown; }
    void run() override;
    std::unique_ptr<SaleState> onCancelled() override;
    std::unique_ptr<SaleState> onFailed() override;
};

} // namespace salesdesk
