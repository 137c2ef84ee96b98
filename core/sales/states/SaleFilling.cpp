#include "core/sales/states/SaleFilling.h"

#include "core/clock/Clock.h"
#include "core/domain/CrashPoint.h"
#include "core/market/Market.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "core/sales/states/SaleFilled.h"
#include "core/sales/states/SaleIgnored.h"
#include "core/stats/Ledger.h"

#include <QLoggingCategory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcFilling, "salesdesk.sales.salefilling")

SaleFilling::SaleFilling(SalesAgent& agent, StorageProof proof)
    : ActiveSaleState(agent)
    , m_proof(std::move(proof)) {}

void SaleFilling::run() {
    context().market.slotCollateral(
        data().requestId, data().slotIndex, this,
        guard([this](const MarketResult<UInt256>& collateral) {
            if (!collateral.ok())
                return error(QStringLiteral("collateral unknown: ") + collateral.error().message);
            // Announced before the transaction: a crash after the market took the collateral
            // and before the ledger heard of it is settled on recovery (Sales::recoverSlots).
            if (auto r = context().ledger.expectDeposit(context().clock.now(), data().requestId,
                                                        data().slotIndex, *collateral);
                !r.ok())
                return error(r.message());
            const UInt256 offered = *collateral;
            crashPoint("sale.fill.beforeMarket");
            context().market.fillSlot(
                data().requestId, data().slotIndex, m_proof, offered, this,
                guard([this, offered](const MarketResult<UInt256>& pulled) {
                    if (pulled.ok()) {
                        crashPoint("sale.fill.afterMarket");
                        return filled(*pulled);
                    }
                    if (pulled.error().kind == MarketError::Kind::SlotStateMismatch)
                        return checkHostAfterMismatch(offered, pulled.error().message);
                    dropExpectedDeposit();
                    error(QStringLiteral("fillSlot failed: ") + pulled.error().message);
                }));
        }));
}

void SaleFilling::checkHostAfterMismatch(const UInt256& offered, const QString& reason) {
    // The slot is not free: maybe because our own fill landed and its answer was lost (a retry
    // then meets our own fill). Ask the market who holds the slot before letting it go.
    context().market.getHost(
        data().slotId, this,
        guard([this, offered, reason](const MarketResult<std::optional<Address>>& host) {
            if (!host.ok())
                return error(QStringLiteral("slot host unknown after fillSlot refused: ") +
                             host.error().message);
            if (host->has_value() && **host == context().market.signer()) {
                qCInfo(lcFilling).noquote()
                    << "fillSlot said the slot is taken, but we are its host: continuing as "
                       "filled"
                    << describeSale(data());
                return filled(offered);
            }
            // Taken by another host: the data we downloaded goes with the sale.
            dropExpectedDeposit();
            next(std::make_unique<SaleIgnored>(agent(), false, reason, true));
        }));
}

void SaleFilling::filled(const UInt256& pulled) {
    data().filledByUs = true;
    data().collateralDeposited = pulled;
    data().filledAt = context().clock.now();
    if (auto r = context().ledger.confirmDeposit(data().filledAt, data().requestId,
                                                 data().slotIndex, pulled);
        !r.ok())
        return error(r.message());
    next(std::make_unique<SaleFilled>(agent()));
}

void SaleFilling::dropExpectedDeposit() {
    if (auto r = context().ledger.dropExpectedDeposit(data().requestId, data().slotIndex); !r.ok())
        qCWarning(lcFilling).noquote() << r.message() << describeSale(data());
}

} // namespace salesdesk
