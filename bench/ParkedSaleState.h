#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk::bench {

// A state that does nothing: the agent stays in it until the driver moves it on. Market events
// (cancelled, failed, slot filled) are ignored, so a parked agent never ends during the run.
class ParkedSaleState final : public SaleState {
public:
    ParkedSaleState(SalesAgent& agent, SaleStateKind kind)
        : SaleState(agent)
        , m_kind(kind) {}
    SaleStateKind kind() const override { return m_kind; }
    void run() override {}

private:
    SaleStateKind m_kind;
};

} // namespace salesdesk::bench
