#include "core/sales/states/SaleFailed.h"

#include "core/market/Market.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"

namespace salesdesk {

SaleFailed::SaleFailed(SalesAgent& agent)
    : SaleState(agent) {}

void SaleFailed::run() {
    context().market.getHost(
        data().slotId, this, guard([this](const MarketResult<std::optional<Address>>& host) {
            if (!host.ok())
                return error(QStringLiteral("slot host unknown: ") + host.error().message);
            SaleOutcome outcome;
            outcome.clearData = true;
            outcome.error = QStringLiteral("Sale failed");
            if (!host->has_value() || **host != context().market.signer())
                return finish(outcome);
            // freeSlot takes the failed slot out of mySlots; the market pays nothing back.
            leaveSlot([this, outcome](std::optional<UInt256> returned) mutable {
                outcome.returnedCollateral = returned;
                finish(outcome);
            });
        }));
}

} // namespace salesdesk
