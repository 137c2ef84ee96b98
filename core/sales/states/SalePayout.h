#pragma once

#include "core/sales/ActiveSaleState.h"

namespace salesdesk {

// Frees the finished slot: the market pays the reward and gives the collateral back.
class SalePayout : public ActiveSaleState {
    Q_OBJECT
public:
    explicit SalePayout(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Payout; }
    void run() override;
};

} // namespace salesdesk
