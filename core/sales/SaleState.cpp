#include "core/sales/SaleState.h"

#include "core/clock/Clock.h"
#include "core/domain/CrashPoint.h"
#include "core/market/Market.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "core/sales/states/SaleErrored.h"
#include "core/stats/Ledger.h"

namespace salesdesk {

SaleState::SaleState(SalesAgent& agent)
    : m_agent(agent) {}

SaleState::~SaleState() {
    retire();
}

SalesContext& SaleState::context() const {
    return m_agent.context();
}

SalesData& SaleState::data() const {
    return m_agent.data();
}

void SaleState::next(std::unique_ptr<SaleState> state) {
    if (isCurrent())
        m_agent.transitionTo(std::move(state));
}

void SaleState::finish(SaleOutcome outcome) {
    if (!isCurrent())
        return;
    outcome.state = kind();
    m_agent.finish(outcome);
}

void SaleState::error(const QString& message) {
    next(std::make_unique<SaleErrored>(m_agent, message));
}

void SaleState::at(Timestamp when, std::function<void()> fn) {
    context().clock.callAt(when, this, guard(std::move(fn)));
}

void SaleState::withRequest(std::function<void()> then) {
    if (data().request) {
        then();
        return;
    }
    context().market.getRequest(
        data().requestId, this,
        guard([this,
               then = std::move(then)](const MarketResult<std::optional<StorageRequest>>& request) {
            if (!request.ok())
                return error(QStringLiteral("request could not be retrieved: ") +
                             request.error().message);
            if (!request->has_value())
                return error(QStringLiteral("request could not be retrieved"));
            data().request = **request;
            then();
        }));
}

void SaleState::leaveSlot(std::function<void(std::optional<UInt256>)> done) {
    context().market.freeSlot(
        data().slotId, this,
        guard([this, done = std::move(done)](const MarketResult<SlotPayout>& paid) {
            if (!paid.ok()) {
                if (paid.error().kind == MarketError::Kind::SlotStateMismatch)
                    return done(std::nullopt); // already free: nothing came back
                return error(QStringLiteral("freeSlot failed: ") + paid.error().message);
            }
            crashPoint("sale.payout.afterMarket");
            if (auto r = recordPayout(*paid); !r.ok())
                return error(r.message());
            crashPoint("sale.payout.afterLedger");
            done(paid->collateral);
        }));
}

Result<void> SaleState::recordPayout(const SlotPayout& paid) {
    const Timestamp now = context().clock.now();
    Ledger& ledger = context().ledger;
    if (paid.reward > 0)
        SD_TRY(ledger.record(now, LedgerKind::Payout, data().requestId, data().slotIndex,
                             paid.reward));
    crashPoint("sale.payout.betweenEntries");
    if (paid.collateral > 0)
        SD_TRY(ledger.record(now, LedgerKind::CollateralReturned, data().requestId,
                             data().slotIndex, paid.collateral));
    return {};
}

} // namespace salesdesk
