#pragma once

#include "core/sales/ActiveSaleState.h"

namespace salesdesk {

// Retrieves the request, checks the slot is free, finds an availability and reserves its bytes and
// collateral.
class SalePreparing : public ActiveSaleState {
    Q_OBJECT
public:
    explicit SalePreparing(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Preparing; }
    void run() override;
    std::unique_ptr<SaleState> onSlotFilled() override;

private:
    void checkSlot();
    void reserve(Timestamp requestEnd);
};

} // namespace salesdesk
