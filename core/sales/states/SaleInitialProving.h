#pragma once

#include "core/clock/ClockHold.h"
#include "core/sales/ActiveSaleState.h"

namespace salesdesk {

// Waits for a stable challenge (next period, pointer out of the wrap-around zone) and proves it.
class SaleInitialProving : public ActiveSaleState {
    Q_OBJECT
public:
    enum class Start {
        NextPeriod,
        // In the period running when at least half of it is left (a fill refused because its
        // challenge moved on proves again at once, as a periodic proof does, instead of waiting
        // a period and meeting the next period's start with every other proof); else as
        // NextPeriod.
        ThisPeriodIfEarly,
    };
    explicit SaleInitialProving(SalesAgent& agent, Start start = Start::NextPeriod);
    SaleStateKind kind() const override { return SaleStateKind::InitialProving; }
    void run() override;

private:
    void waitForStableChallenge();
    void prove();

    // From the period's start until the fill lands (handed to SaleFilling): the demo's clock
    // waits before the period of the challenge ends.
    ClockHold m_fillHold;
    Start m_start;
};

} // namespace salesdesk
