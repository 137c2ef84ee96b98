#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk {

// The request failed (too many slots lost). A slot we hold is freed (no payout; the collateral is
// lost).
class SaleFailed : public SaleState {
    Q_OBJECT
public:
    explicit SaleFailed(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Failed; }
    void run() override;
};

} // namespace salesdesk
