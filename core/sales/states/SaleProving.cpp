#include "core/sales/states/SaleProving.h"

#include "core/clock/Clock.h"
#include "core/domain/CrashPoint.h"
#include "core/market/Market.h"
#include "core/sales/ProofRounds.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "core/sales/states/SalePayout.h"

#include <QLoggingCategory>

#include <algorithm>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcProving, "salesdesk.sales.saleproving")

SaleProving::SaleProving(SalesAgent& agent)
    : ActiveSaleState(agent) {}

SaleProving::~SaleProving() {
    if (m_joined)
        context().proofRounds.leave(data().slotId, this);
}

void SaleProving::run() {
    // Checked now and then once per period, in one market call with every other proving slot.
    m_joined = true;
    context().proofRounds.join(
        data().slotId, this, guard([this](const MarketResult<ProofDuty>& duty) { onDuty(duty); }));
}

void SaleProving::onDuty(const MarketResult<ProofDuty>& duty) {
    // One answer per period: a proof still on its way, or a second check in the same period
    // (joined just as the period's round ran), has nothing to add.
    const quint64 period =
        static_cast<quint64>(context().clock.now()) / std::max<quint64>(1, periodSeconds());
    if (m_submitting || m_checkedPeriod == period)
        return;
    m_checkedPeriod = period;
    if (!duty.ok()) {
        qCWarning(lcProving).noquote()
            << "slot state unknown, trying next period:" << duty.error().message
            << describeSale(data());
        return;
    }
    switch (duty->state) {
    case SlotState::Filled:
        break;
    case SlotState::Finished:
        return next(std::make_unique<SalePayout>(agent()));
    case SlotState::Cancelled:
    case SlotState::Failed:
        // The request's own events (or the cancellation watch) end this state.
        return;
    case SlotState::Repair:
        return error(
            QStringLiteral("Slot was forcibly freed and host was removed from its hosting"));
    case SlotState::Free:
    case SlotState::Paid:
        return error(QStringLiteral("Slot is %1; it is not filled").arg(toString(duty->state)));
    }
    if (duty->required || duty->willBeRequired)
        submit(duty->challenge);
}

quint64 SaleProving::periodSeconds() const {
    return context().market.config().periodSeconds;
}

void SaleProving::submit(const Hash32& challenge) {
    if (!context().hooks.onProve)
        return error(QStringLiteral("no onProve hook"));
    m_submitting = true;
    const Slot slot{*data().request, data().slotIndex};
    context().hooks.onProve(
        slot, challenge, this, guard([this, challenge](Result<StorageProof> proof) {
            if (!proof.ok()) {
                agent().recordProof(false);
                qCWarning(lcProving).noquote()
                    << "proof failed:" << proof.message() << describeSale(data());
                m_submitting = false;
                return;
            }
            StorageProof answer = *proof;
            if (corruptNextProof())
                answer = StorageProof{challenge, {}};
            context().market.submitProof(
                data().slotId, answer, this, guard([this](const MarketResult<Done>& submitted) {
                    if (submitted.ok())
                        crashPoint("sale.proof.afterSubmit");
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
                    m_submitting = false;
                }));
        }));
}

} // namespace salesdesk
