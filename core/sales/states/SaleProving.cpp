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
        submit(duty->challenge, kChallengeRetries);
}

quint64 SaleProving::currentPeriod() const {
    return static_cast<quint64>(context().clock.now()) / std::max<quint64>(1, periodSeconds());
}

void SaleProving::proofRefused(const Hash32& challenge, int retriesLeft, const MarketError& why) {
    // The challenge moves on when the slot's pointer wraps around (once every 256 blocks on a
    // chain); a proof read just before and mined just after answers the old one. Ask again and,
    // when the challenge changed and the period did not, prove the new one.
    if (why.kind != MarketError::Kind::InvalidProof || retriesLeft <= 0 ||
        currentPeriod() != m_checkedPeriod)
        return proofMissed(why.message);
    context().market.getChallenge(
        data().slotId, this,
        guard([this, challenge, retriesLeft, why](const MarketResult<Hash32>& fresh) {
            if (!fresh.ok() || *fresh == challenge || currentPeriod() != m_checkedPeriod)
                return proofMissed(why.message);
            qCInfo(lcProving).noquote()
                << "the challenge changed before the proof was taken; proving the new one"
                << describeSale(data());
            submit(*fresh, retriesLeft - 1);
        }));
}

void SaleProving::proofMissed(const QString& message) {
    agent().recordProof(false);
    qCWarning(lcProving).noquote() << "proof not accepted:" << message << describeSale(data());
    m_submitting = false;
}

quint64 SaleProving::periodSeconds() const {
    return context().market.config().periodSeconds;
}

void SaleProving::submit(const Hash32& challenge, int retriesLeft) {
    if (!context().hooks.onProve)
        return error(QStringLiteral("no onProve hook"));
    m_submitting = true;
    // The proof answers this period's challenge: time must not leave the period before it lands.
    const auto period = static_cast<Timestamp>(std::max<quint64>(1, periodSeconds()));
    m_proofHold = ClockHold::before(context().clock, (context().clock.now() / period + 1) * period,
                                    ClockHoldReason::Proof);
    const Slot slot{*data().request, data().slotIndex};
    context().hooks.onProve(
        slot, challenge, this, guard([this, challenge, retriesLeft](Result<StorageProof> proof) {
            if (!proof.ok()) {
                m_submitting = false;
                m_proofHold.release();
                if (data().requestEnd > 0 && context().clock.now() >= data().requestEnd) {
                    // The request ended while the proof was made (its slot data is deleted at
                    // the end): a finished slot owes no proof, so none was missed.
                    qCInfo(lcProving).noquote()
                        << "proof not made, the request has ended:" << proof.message()
                        << describeSale(data());
                    return;
                }
                agent().recordProof(false);
                qCWarning(lcProving).noquote()
                    << "proof failed:" << proof.message() << describeSale(data());
                return;
            }
            StorageProof answer = *proof;
            // A deliberately invalid proof is not taken again.
            const bool corrupted = corruptNextProof();
            if (corrupted)
                answer = StorageProof{challenge, {}};
            context().market.submitProof(
                data().slotId, answer, this,
                guard([this, challenge,
                       retries = corrupted ? 0 : retriesLeft](const MarketResult<Done>& submitted) {
                    if (submitted.ok())
                        crashPoint("sale.proof.afterSubmit");
                    // Already submitted: this period is proven, by us (before a restart, or a
                    // retry whose first answer was lost). Not a missed proof.
                    if (!submitted.ok() &&
                        submitted.error().kind != MarketError::Kind::ProofAlreadySubmitted)
                        return proofRefused(challenge, retries, submitted.error());
                    agent().recordProof(true);
                    m_submitting = false;
                    m_proofHold.release();
                }));
        }));
}

} // namespace salesdesk
