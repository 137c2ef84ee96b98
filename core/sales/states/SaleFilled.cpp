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
        if (data().recovered) {
            const std::optional<Address> host = data().recovered->host;
            return onHost(host);
        }
        context().market.getHost(
            data().slotId, this, guard([this](const MarketResult<std::optional<Address>>& host) {
                if (!host.ok())
                    return error(QStringLiteral("slot host unknown: ") + host.error().message);
                onHost(*host);
            }));
    });
}

void SaleFilled::onHost(const std::optional<Address>& host) {
    if (!host.has_value() || *host != context().market.signer()) {
        data().recovered.reset();
        return error(QStringLiteral("Slot filled by other host"));
    }
    data().filledByUs = true;
    agent().markFilled();
    if (!isCurrent())
        return; // a listener of filled moved the sale on
    if (data().recovered) {
        const Timestamp end = data().recovered->requestEnd;
        data().recovered.reset();
        return onRequestEnd(end);
    }
    context().market.requestEnd(
        data().requestId, this, guard([this](const MarketResult<Timestamp>& end) {
            if (!end.ok())
                return error(QStringLiteral("request end unknown: ") + end.error().message);
            onRequestEnd(*end);
        }));
}

void SaleFilled::onRequestEnd(Timestamp end) {
    data().requestEnd = end;
    if (context().hooks.onExpiryUpdate) {
        const Slot slot{*data().request, data().slotIndex};
        if (auto r = context().hooks.onExpiryUpdate(slot, end); !r.ok())
            return error(QStringLiteral("expiry update failed: ") + r.message());
    }
    if (context().simulateProofFailures > 0)
        return next(
            std::make_unique<SaleProvingSimulated>(agent(), context().simulateProofFailures));
    next(std::make_unique<SaleProving>(agent()));
}

} // namespace salesdesk
