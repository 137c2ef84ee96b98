#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk {

// The request was cancelled (expired unfilled). A slot we filled is freed for its partial payout
// and collateral.
class SaleCancelled : public SaleState {
    Q_OBJECT
public:
    explicit SaleCancelled(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Cancelled; }
    void run() override;
};

} // namespace salesdesk
