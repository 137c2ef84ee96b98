#include "sales/states/SaleFilling.h"

#include "clock/Clock.h"
#include "market/Market.h"
#include "sales/SaleStateHelpers.h"
#include "sales/SalesAgent.h"
#include "sales/SalesContext.h"
#include "sales/states/SaleFilled.h"
#include "sales/states/SaleIgnored.h"
#include "stats/Ledger.h"

namespace salesdesk {

SaleFilling::SaleFilling(SalesAgent& agent, StorageProof proof)
    : SaleState(agent)
    , m_proof(std::move(proof)) {}

std::unique_ptr<SaleState> SaleFilling::onCancelled() {
    return makeCancelled(agent());
}
std::unique_ptr<SaleState> SaleFilling::onFailed() {
    return makeFailed(agent());
}

void SaleFilling::run() {
    context().market.slotCollateral(
        data().requestId, data().slotIndex, this,
        guard([this](const MarketResult<UInt256>& collateral) {
            if (!collateral.ok())
                return error(QStringLiteral("collateral unknown: ") + collateral.error().message);
            context().market.fillSlot(
                data().requestId, data().slotIndex, m_proof, *collateral, this,
                guard([this](const MarketResult<UInt256>& pulled) {
                    if (!pulled.ok()) {
                        // Taken by another host: the data we downloaded goes with the sale.
                        if (pulled.error().kind == MarketError::Kind::SlotStateMismatch)
                            return next(std::make_unique<SaleIgnored>(
                                agent(), false, pulled.error().message, true));
                        return error(QStringLiteral("fillSlot failed: ") + pulled.error().message);
                    }
                    data().filledByUs = true;
                    data().collateralDeposited = *pulled;
                    data().filledAt = context().clock.now();
                    if (auto r = context().ledger.record(
                            data().filledAt, LedgerKind::CollateralDeposited, data().requestId,
                            data().slotIndex, *pulled);
                        !r.ok())
                        return error(r.message());
                    next(std::make_unique<SaleFilled>(agent()));
                }));
        }));
}

} // namespace salesdesk
