#include "core/sales/states/SaleCancelled.h"

#include "core/market/Market.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"

namespace salesdesk {

SaleCancelled::SaleCancelled(SalesAgent& agent)
    : SaleState(agent) {}

void SaleCancelled::run() {
    context().market.getHost(
        data().slotId, this, guard([this](const MarketResult<std::optional<Address>>& host) {
            if (!host.ok())
                return error(QStringLiteral("slot host unknown: ") + host.error().message);
            SaleOutcome outcome;
            outcome.clearData = true;
            if (!host->has_value() || **host != context().market.signer())
                return finish(outcome); // never ours: nothing was deposited
            // Ours: the cancelled slot pays for the time it was held, and the collateral.
            leaveSlot([this, outcome](std::optional<UInt256> returned) mutable {
                outcome.returnedCollateral = returned;
                finish(outcome);
            });
        }));
}

} // namespace salesdesk
