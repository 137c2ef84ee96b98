#pragma once

#include "core/clock/ClockHold.h"
#include "core/sales/ActiveSaleState.h"

namespace salesdesk {

// Waits for a stable challenge (next period, pointer out of the wrap-around zone) and proves it.
class SaleInitialProving : public ActiveSaleState {
    Q_OBJECT
public:
    explicit SaleInitialProving(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::InitialProving; }
    void run() override;

private:
    void waitForStableChallenge();
    void prove();

    // From the period's start until the fill lands (handed to SaleFilling): the demo's clock
    // waits before the period of the challenge ends.
    ClockHold m_fillHold;
};

} // namespace salesdesk
