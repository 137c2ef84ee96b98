#include "core/sales/states/SaleInitialProving.h"

#include "core/clock/Clock.h"
#include "core/market/Market.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "core/sales/states/SaleFilling.h"

#include <algorithm>

namespace salesdesk {

SaleInitialProving::SaleInitialProving(SalesAgent& agent, Start start)
    : ActiveSaleState(agent)
    , m_start(start) {}

void SaleInitialProving::run() {
    // The fill proof must answer the challenge of the period in which fillSlot lands, so start
    // at the beginning of a period, or early enough in this one.
    const auto period =
        std::max<Timestamp>(1, static_cast<Timestamp>(context().market.config().periodSeconds));
    const Timestamp now = context().clock.now();
    if (m_start == Start::ThisPeriodIfEarly && (now % period) * 2 <= period)
        return waitForStableChallenge();
    at((now / period + 1) * period + 1, [this] { waitForStableChallenge(); });
}

void SaleInitialProving::waitForStableChallenge() {
    const auto length = static_cast<Timestamp>(context().market.config().periodSeconds);
    m_fillHold = ClockHold::before(context().clock, (context().clock.now() / length + 1) * length,
                                   ClockHoldReason::Fill);
    context().market.getPointer(
        data().slotId, this, guard([this](const MarketResult<quint8>& p) {
            if (!p.ok())
                return error(QStringLiteral("proof pointer unknown: ") + p.error().message);
            // Near the end of the pointer's range the challenge changes when it wraps around:
            // wait for the next period rather than race it.
            const int downtime = context().market.config().downtime;
            if (*p > 256 - downtime) {
                m_fillHold.release();
                const auto period = static_cast<Timestamp>(context().market.config().periodSeconds);
                const Timestamp now = context().clock.now();
                return at((now / period + 1) * period + 1, [this] { waitForStableChallenge(); });
            }
            prove();
        }));
}

void SaleInitialProving::prove() {
    if (!context().hooks.onProve)
        return error(QStringLiteral("no onProve hook"));
    context().market.getChallenge(
        data().slotId, this, guard([this](const MarketResult<Hash32>& challenge) {
            if (!challenge.ok())
                return error(QStringLiteral("challenge unknown: ") + challenge.error().message);
            const Slot slot{*data().request, data().slotIndex};
            context().hooks.onProve(
                slot, *challenge, this, guard([this](Result<StorageProof> proof) {
                    if (!proof.ok())
                        return error(QStringLiteral("proof failed: ") + proof.message());
                    next(std::make_unique<SaleFilling>(agent(), *proof, std::move(m_fillHold)));
                }));
        }));
}

} // namespace salesdesk
