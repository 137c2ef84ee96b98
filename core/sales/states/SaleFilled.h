#pragma once

#include "core/sales/ActiveSaleState.h"

namespace salesdesk {

// Checks that we are the slot's host, runs onSale and onExpiryUpdate, then proves.
class SaleFilled : public ActiveSaleState {
    Q_OBJECT
public:
    explicit SaleFilled(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Filled; }
    void run() override;
};

} // namespace salesdesk
