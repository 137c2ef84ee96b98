#include "core/sales/states/SaleFilled.h"

#include "core/market/Market.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "core/sales/states/SaleProving.h"
#include "core/sales/states/SaleProvingSimulated.h"

namespace salesdesk {

SaleFilled::SaleFilled(SalesAgent& agent)
    : ActiveSaleState(agent) {}

void SaleFilled::run() {
    withRequest([this] {
        context().market.getHost(
            data().slotId, this, guard([this](const MarketResult<std::optional<Address>>& host) {
                if (!host.ok())
                    return error(QStringLiteral("slot host unknown: ") + host.error().message);
                if (!host->has_value() || **host != context().market.signer())
                    return error(QStringLiteral("Slot filled by other host"));
                data().filledByUs = true;
                agent().markFilled();
                context().market.requestEnd(
                    data().requestId, this, guard([this](const MarketResult<Timestamp>& end) {
                        if (!end.ok())
                            return error(QStringLiteral("request end unknown: ") +
                                         end.error().message);
                        if (context().hooks.onExpiryUpdate) {
                            const Slot slot{*data().request, data().slotIndex};
                            if (auto r = context().hooks.onExpiryUpdate(slot, *end); !r.ok())
                                return error(QStringLiteral("expiry update failed: ") +
                                             r.message());
                        }
                        if (context().simulateProofFailures > 0)
                            return next(std::make_unique<SaleProvingSimulated>(
                                agent(), context().simulateProofFailures));
                        next(std::make_unique<SaleProving>(agent()));
                    }));
            }));
    });
}

} // namespace salesdesk
