#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk {

// Frees the finished slot: the market pays the reward and gives the collateral back.
class SalePayout : public SaleState {
    Q_OBJECT
public:
    explicit SalePayout(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Payout; }
    void run() override;
    std::unique_ptr<SaleState> onCancelled() override;
    std::unique_ptr<SaleState> onFailed() override;
};

} // namespace salesdesk
