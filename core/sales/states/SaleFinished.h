#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk {

// The sale ended well; cleanup with the collateral that came back.
class SaleFinished : public SaleState {
    Q_OBJECT
public:
    SaleFinished(SalesAgent& agent, std::optional<UInt256> returnedCollateral);
    SaleStateKind kind() const override { return SaleStateKind::Finished; }
    void run() override;

private:
    std::optional<UInt256> m_returned;
};

} // namespace salesdesk
