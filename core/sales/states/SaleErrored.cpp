#include "core/sales/states/SaleErrored.h"

#include "core/market/Market.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"

#include <QLoggingCategory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcErrored, "salesdesk.sales.saleerrored")

SaleErrored::SaleErrored(SalesAgent& agent, QString error, bool reprocessSlot)
    : SaleState(agent)
    , m_error(std::move(error))
    , m_reprocess(reprocessSlot) {}

void SaleErrored::run() {
    qCWarning(lcErrored).noquote() << "sale errored:" << m_error << describeSale(data());
    if (!data().filledByUs)
        return end(std::nullopt);
    // We filled it: if the slot is still ours, leave it, or it would be a slot in mySlots with
    // no agent to prove it (ref. #1213). What freeSlot pays back (if anything) is credited.
    context().market.getHost(
        data().slotId, this, guard([this](const MarketResult<std::optional<Address>>& host) {
            if (!host.ok() || !host->has_value() || **host != context().market.signer())
                return end(std::nullopt);
            context().market.freeSlot(
                data().slotId, this, guard([this](const MarketResult<SlotPayout>& paid) {
                    if (!paid.ok()) {
                        qCWarning(lcErrored).noquote()
                            << "could not leave the slot:" << paid.error().message
                            << describeSale(data());
                        return end(std::nullopt);
                    }
                    if (auto r = recordPayout(*paid); !r.ok())
                        qCWarning(lcErrored).noquote() << r.message() << describeSale(data());
                    end(paid->collateral);
                }));
        }));
}

void SaleErrored::end(std::optional<UInt256> returned) {
    SaleOutcome outcome;
    outcome.reprocessSlot = m_reprocess;
    outcome.clearData = true;
    outcome.returnedCollateral = returned;
    outcome.error = m_error;
    finish(outcome);
}

} // namespace salesdesk
