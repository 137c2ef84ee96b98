#include "core/sales/states/SaleUnknown.h"

#include "core/market/Market.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "core/sales/states/SaleCancelled.h"
#include "core/sales/states/SaleFailed.h"
#include "core/sales/states/SaleFilled.h"
#include "core/sales/states/SaleFinished.h"
#include "core/sales/states/SalePayout.h"

namespace salesdesk {

SaleUnknown::SaleUnknown(SalesAgent& agent)
    : ActiveSaleState(agent) {}

void SaleUnknown::run() {
    withRequest([this] {
        agent().watchForCancellation();
        // Recovered with the slot's summary: its state is known already.
        if (data().recovered)
            return onSlotState(data().recovered->state);
        context().market.slotState(
            data().slotId, this, guard([this](const MarketResult<SlotState>& state) {
                if (!state.ok())
                    return error(QStringLiteral("slot state unknown: ") + state.error().message);
                onSlotState(*state);
            }));
    });
}

void SaleUnknown::onSlotState(SlotState state) {
    // Only SaleFilled takes more of the summary (the host and the request's end).
    if (state != SlotState::Filled)
        data().recovered.reset();
    switch (state) {
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
}

} // namespace salesdesk
