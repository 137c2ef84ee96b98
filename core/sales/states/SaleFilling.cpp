#include "core/sales/states/SaleFilling.h"

#include "core/clock/Clock.h"
#include "core/domain/CrashPoint.h"
#include "core/market/Market.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "core/sales/states/SaleFilled.h"
#include "core/sales/states/SaleIgnored.h"
#include "core/sales/states/SaleInitialProving.h"
#include "core/stats/Ledger.h"

#include <QLoggingCategory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcFilling, "salesdesk.sales.salefilling")

SaleFilling::SaleFilling(SalesAgent& agent, StorageProof proof, ClockHold hold)
    : ActiveSaleState(agent)
    , m_proof(std::move(proof))
    , m_hold(std::move(hold)) {}

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
                    m_hold.release();
                    if (pulled.ok()) {
                        crashPoint("sale.fill.afterMarket");
                        return filled(*pulled);
                    }
                    if (pulled.error().kind == MarketError::Kind::SlotStateMismatch)
                        return checkHostAfterMismatch(offered, pulled.error().message);
                    if (pulled.error().isTransient() && m_transientRetries < kTransientRetries) {
                        // The market could not be reached for longer than it retries: the fill
                        // may be on its way or not. Asking again later sends nothing twice (a
                        // market answers a fill already sent with its outcome); the request's
                        // expiry ends this state if it comes first. The deposit stays announced
                        // meanwhile.
                        ++m_transientRetries;
                        qCWarning(lcFilling).noquote()
                            << QStringLiteral("fillSlot not answered, trying again in %1 s (%2 "
                                              "of %3): %4")
                                   .arg(kTransientRetrySeconds)
                                   .arg(m_transientRetries)
                                   .arg(kTransientRetries)
                                   .arg(pulled.error().message)
                            << describeSale(data());
                        return at(context().clock.now() + kTransientRetrySeconds,
                                  [this] { run(); });
                    }
                    dropExpectedDeposit();
                    if (pulled.error().kind == MarketError::Kind::InvalidProof &&
                        data().fillsReproven < kMaxReprovenFills)
                        return checkChallengeAfterRefusal(pulled.error().message);
                    error(QStringLiteral("fillSlot failed: ") + pulled.error().message);
                }));
        }));
}

void SaleFilling::checkChallengeAfterRefusal(const QString& reason) {
    // A proof is refused either because it was wrong or because it answered a challenge that
    // moved on before the fill was mined (the period turned while the fill waited for the node or
    // in the pool behind a higher base fee). Only the slot's current challenge tells which.
    context().market.getChallenge(
        data().slotId, this, guard([this, reason](const MarketResult<Hash32>& current) {
            if (!current.ok())
                return error(QStringLiteral("fillSlot failed: %1; the slot's challenge is "
                                            "unknown: %2")
                                 .arg(reason, current.error().message));
            if (*current == m_proof.challenge)
                return error(QStringLiteral("fillSlot failed: %1 (the proof answered the "
                                            "slot's current challenge)")
                                 .arg(reason));
            ++data().fillsReproven;
            qCInfo(lcFilling).noquote()
                << QStringLiteral("fillSlot refused the proof for a challenge that has since "
                                  "changed, proving again (%1 of %2): %3")
                       .arg(data().fillsReproven)
                       .arg(kMaxReprovenFills)
                       .arg(reason)
                << describeSale(data());
            next(std::make_unique<SaleInitialProving>(
                agent(), SaleInitialProving::Start::ThisPeriodIfEarly));
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
