#include "core/sales/OfflineSettlement.h"

#include "core/clock/Clock.h"
#include "core/domain/Slot.h"
#include "core/market/Market.h"
#include "core/reservations/Reservations.h"
#include "core/sales/SalesContext.h"
#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QLoggingCategory>

#include <algorithm>
#include <memory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcOfflineSettlement, "salesdesk.sales.offlinesettlement")

namespace {

QString describe(const Reservation& r) {
    return QStringLiteral("requestId=%1 slotIndex=%2 slotId=%3 reservationId=%4 availabilityId=%5")
        .arg(r.requestId.toHex())
        .arg(r.slotIndex)
        .arg(slotIdOf(r.requestId, r.slotIndex).toHex(), r.id.toHex(), r.availabilityId.toHex());
}

} // namespace

OfflineSettlement::OfflineSettlement(SalesContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {}

void OfflineSettlement::settle(const QList<Reservation>& orphans, Settled settled,
                               std::function<void()> done) {
    auto pending = std::make_shared<qsizetype>(orphans.size() + 1);
    auto finishOne = [pending, done = std::move(done)] {
        if (--*pending == 0 && done)
            done();
    };
    for (const Reservation& r : orphans) {
        const SlotId slot = slotIdOf(r.requestId, r.slotIndex);
        m_context.market.hostSettlement(
            slot, this,
            [this, r, settled, finishOne](const MarketResult<HostSlotSettlement>& market) {
                if (!market.ok()) {
                    qCWarning(lcOfflineSettlement).noquote()
                        << "the market cannot say what became of the slot; its reservation is"
                           " kept for the next start:"
                        << market.error().message << describe(r);
                    return finishOne();
                }
                if (market->holding) {
                    qCWarning(lcOfflineSettlement).noquote()
                        << "the slot is still ours but has no sale; its reservation is kept for"
                           " the next start:"
                        << describe(r);
                    return finishOne();
                }
                m_context.market.requestState(
                    r.requestId, this,
                    [this, r, settlement = *market, settled,
                     finishOne](const MarketResult<std::optional<RequestState>>& state) {
                        settleOne(r, settlement,
                                  state.ok() ? *state : std::optional<RequestState>(), settled);
                        finishOne();
                    });
            });
    }
    finishOne();
}

void OfflineSettlement::settleOne(const Reservation& r, const HostSlotSettlement& market,
                                  std::optional<RequestState> requestState,
                                  const Settled& settled) {
    // One transaction: the ledger entries, the slot's data and the reservation move together.
    auto tx = m_context.database.begin();
    Result<void> ok = tx.ok() ? Result<void>() : Result<void>(tx.error());
    UInt256 lost = 0;
    if (ok.ok()) {
        auto booked = bookLedger(r, market);
        if (booked.ok())
            lost = *booked;
        else
            ok = booked.error();
    }
    if (ok.ok())
        if (auto deleted = m_context.repo.deleteSlotData(slotIdOf(r.requestId, r.slotIndex));
            !deleted.ok())
            ok = deleted.error();
    if (ok.ok())
        ok = m_context.reservations.deleteReservation(r.id, std::min(lost, r.collateral));
    if (ok.ok())
        ok = tx->commit();
    if (!ok.ok()) {
        qCCritical(lcOfflineSettlement).noquote()
            << "could not settle a sale that ended while offline:" << ok.message() << describe(r);
        return;
    }
    const SaleOutcome outcome = outcomeOf(market, requestState);
    qCInfo(lcOfflineSettlement).noquote()
        << "settled a sale that ended while offline:" << toString(outcome.state)
        << "deposited=" + uint256::toDecimal(market.collateralDeposited)
        << "reward=" + uint256::toDecimal(market.reward)
        << "returned=" + uint256::toDecimal(market.collateralReturned)
        << "lost=" + uint256::toDecimal(lost) << describe(r);
    if (settled)
        settled(r, outcome);
}

Result<UInt256> OfflineSettlement::bookLedger(const Reservation& r,
                                              const HostSlotSettlement& market) {
    // The ledger may already hold some of it (booked before the crash): only what is missing is
    // added, so settling twice books nothing twice. A fill announced before the crash is settled
    // by the market's figure either way.
    Ledger& ledger = m_context.ledger;
    auto totals = ledger.totalsOf(r.requestId, r.slotIndex);
    if (!totals.ok())
        return totals.error();
    const Timestamp now = m_context.clock.now();
    auto topUp = [&](LedgerKind kind, const UInt256& booked, const UInt256& truth) -> Result<void> {
        if (truth <= booked)
            return {};
        auto recorded = ledger.record(now, kind, r.requestId, r.slotIndex, UInt256(truth - booked));
        if (!recorded.ok())
            return recorded.error();
        return {};
    };
    const UInt256 lost = market.collateralLost();
    SD_TRY(topUp(LedgerKind::CollateralDeposited, totals->deposited, market.collateralDeposited));
    SD_TRY(topUp(LedgerKind::Payout, totals->payouts, market.reward));
    SD_TRY(topUp(LedgerKind::CollateralReturned, totals->returned, market.collateralReturned));
    SD_TRY(topUp(LedgerKind::CollateralLost, totals->lost, lost));
    SD_TRY(ledger.dropExpectedDeposit(r.requestId, r.slotIndex));
    return lost;
}

SaleOutcome OfflineSettlement::outcomeOf(const HostSlotSettlement& market,
                                         std::optional<RequestState> requestState) {
    SaleOutcome outcome;
    outcome.reprocessSlot = false;
    if (market.collateralReturned > 0)
        outcome.returnedCollateral = market.collateralReturned;
    if (market.collateralDeposited == 0) {
        // Ended before its fill (the request is queued again if it is still open).
        outcome.state = SaleStateKind::Ignored;
        outcome.error = QStringLiteral("stopped before its fill by a restart");
        return outcome;
    }
    const UInt256 lost = market.collateralLost();
    if (requestState == RequestState::Failed) {
        outcome.state = SaleStateKind::Failed;
        if (lost > 0)
            outcome.error = QStringLiteral("the request failed while the host was offline; %1 of "
                                           "collateral lost")
                                .arg(uint256::toDecimal(lost));
    } else if (lost > 0) {
        outcome.state = SaleStateKind::Errored;
        outcome.error = QStringLiteral("the slot was freed while the host was offline; %1 of "
                                       "collateral lost")
                            .arg(uint256::toDecimal(lost));
    } else if (requestState == RequestState::Cancelled) {
        outcome.state = SaleStateKind::Cancelled;
    } else {
        outcome.state = SaleStateKind::Finished;
    }
    return outcome;
}

} // namespace salesdesk
