#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk {

// Checks that we are the slot's host, runs onSale and onExpiryUpdate, then proves.
class SaleFilled : public SaleState {
    Q_OBJECT
public:
    explicit SaleFilled(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Filled; }
    void run() override;
    std::unique_ptr<SaleState> onCancelled() override;
    std::unique_ptr<SaleState> onFailed() override;
};

} // namespace salesdesk
