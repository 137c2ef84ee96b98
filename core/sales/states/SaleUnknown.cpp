#include "sales/states/SaleUnknown.h"

#include "market/Market.h"
#include "sales/SaleStateHelpers.h"
#include "sales/SalesAgent.h"
#include "sales/SalesContext.h"
#include "sales/states/SaleCancelled.h"
#include "sales/states/SaleFailed.h"
#include "sales/states/SaleFilled.h"
#include "sales/states/SaleFinished.h"
#include "sales/states/SalePayout.h"

namespace salesdesk {

SaleUnknown::SaleUnknown(SalesAgent& agent)
    : SaleState(agent) {}

std::unique_ptr<SaleState> SaleUnknown::onCancelled() {
    return makeCancelled(agent());
}
std::unique_ptr<SaleState> SaleUnknown::onFailed() {
    return makeFailed(agent());
}

void SaleUnknown::run() {
    withRequest([this] {
        agent().watchForCancellation();
        context().market.slotState(
            data().slotId, this, guard([this](const MarketResult<SlotState>& state) {
                if (!state.ok())
                    return error(QStringLiteral("slot state unknown: ") + state.error().message);
                switch (*state) {
                case SlotState::Free:
                    return error(QStringLiteral("Slot state on chain should not be 'free'"));
                case SlotState::Filled:
                    return next(std::make_unique<SaleFilled>(agent()));
                case SlotState::Finished:
                    return next(std::make_unique<SalePayout>(agent()));
                case SlotState::Paid:
                    return next(std::make_unique<SaleFinished>(agent(), std::nullopt));
                case SlotState::Failed:
                    return next(std::make_unique<SaleFailed>(agent()));
                case SlotState::Cancelled:
                    return next(std::make_unique<SaleCancelled>(agent()));
                case SlotState::Repair:
                    return error(QStringLiteral("Slot was forcibly freed and host was removed "
                                                "from its hosting"));
                }
            }));
    });
}

} // namespace salesdesk
