#include "core/sales/states/SalePayout.h"

#include "core/sales/SaleStateHelpers.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/states/SaleFinished.h"

namespace salesdesk {

SalePayout::SalePayout(SalesAgent& agent)
    : SaleState(agent) {}

std::unique_ptr<SaleState> SalePayout::onCancelled() {
    return makeCancelled(agent());
}
std::unique_ptr<SaleState> SalePayout::onFailed() {
    return makeFailed(agent());
}

void SalePayout::run() {
    leaveSlot([this](std::optional<UInt256> returned) {
        next(std::make_unique<SaleFinished>(agent(), returned));
    });
}

} // namespace salesdesk
