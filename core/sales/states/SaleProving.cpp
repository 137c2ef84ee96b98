#include "sales/states/SaleProving.h"

#include "clock/Clock.h"
#include "market/Market.h"
#include "sales/SaleStateHelpers.h"
#include "sales/SalesAgent.h"
#include "sales/SalesContext.h"
#include "sales/states/SalePayout.h"

#include <QLoggingCategory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcProving, "salesdesk.sales.proving")

SaleProving::SaleProving(SalesAgent& agent)
    : SaleState(agent) {}

std::unique_ptr<SaleState> SaleProving::onCancelled() {
    return makeCancelled(agent());
}
std::unique_ptr<SaleState> SaleProving::onFailed() {
    return makeFailed(agent());
}

void SaleProving::run() {
    provePeriod();
}

void SaleProving::provePeriod() {
    context().market.slotState(
        data().slotId, this, guard([this](const MarketResult<SlotState>& s) {
            if (!s.ok()) {
                qCWarning(lcProving).noquote()
                    << "slot state unknown, trying next period:" << s.error().message
                    << describeSale(data());
                return waitForNextPeriod();
            }
            switch (*s) {
            case SlotState::Filled:
                break;
            case SlotState::Finished:
                return next(std::make_unique<SalePayout>(agent()));
            case SlotState::Cancelled:
            case SlotState::Failed:
                // The request's own events (or the cancellation watch) end this state.
                return waitForNextPeriod();
            case SlotState::Repair:
                return error(QStringLiteral("Slot was forcibly freed and host was removed from "
                                            "its hosting"));
            case SlotState::Free:
            case SlotState::Paid:
                return error(QStringLiteral("Slot is %1; it is not filled").arg(toString(*s)));
            }
            context().market.isProofRequired(
                data().slotId, this, guard([this](const MarketResult<bool>& required) {
                    const bool now = required.ok() && *required;
                    context().market.willProofBeRequired(
                        data().slotId, this, guard([this, now](const MarketResult<bool>& later) {
                            const bool soon = later.ok() && *later;
                            if (!now && !soon)
                                return waitForNextPeriod();
                            context().market.getChallenge(
                                data().slotId, this,
                                guard([this](const MarketResult<Hash32>& challenge) {
                                    if (!challenge.ok()) {
                                        agent().recordProof(false);
                                        return waitForNextPeriod();
                                    }
                                    submit(*challenge);
                                }));
                        }));
                }));
        }));
}

void SaleProving::submit(const Hash32& challenge) {
    if (!context().hooks.onProve)
        return error(QStringLiteral("no onProve hook"));
    const Slot slot{*data().request, data().slotIndex};
    context().hooks.onProve(
        slot, challenge, this, guard([this, challenge](Result<StorageProof> proof) {
            if (!proof.ok()) {
                agent().recordProof(false);
                qCWarning(lcProving).noquote()
                    << "proof failed:" << proof.message() << describeSale(data());
                return waitForNextPeriod();
            }
            StorageProof answer = *proof;
            if (corruptNextProof())
                answer = StorageProof{challenge, {}};
            context().market.submitProof(
                data().slotId, answer, this, guard([this](const MarketResult<Done>& submitted) {
                    // Already submitted: this period is proven, by us (before a restart, or a
                    // retry whose first answer was lost). Not a missed proof.
                    if (submitted.ok() ||
                        submitted.error().kind == MarketError::Kind::ProofAlreadySubmitted) {
                        agent().recordProof(true);
                    } else {
                        agent().recordProof(false);
                        qCWarning(lcProving).noquote()
                            << "proof not accepted:" << submitted.error().message
                            << describeSale(data());
                    }
                    waitForNextPeriod();
                }));
        }));
}

void SaleProving::waitForNextPeriod() {
    const auto period = static_cast<Timestamp>(context().market.config().periodSeconds);
    const Timestamp now = context().clock.now();
    at((now / period + 1) * period + 1, [this] { provePeriod(); });
}

} // namespace salesdesk
