#include "core/sales/states/SalePayout.h"

#include "core/sales/SalesAgent.h"
#include "core/sales/states/SaleFinished.h"

namespace salesdesk {

SalePayout::SalePayout(SalesAgent& agent)
    : ActiveSaleState(agent) {}

void SalePayout::run() {
    leaveSlot([this](std::optional<UInt256> returned) {
        next(std::make_unique<SaleFinished>(agent(), returned));
    });
}

} // namespace salesdesk
