#include "core/simulation/SlotFunctions.h"

#include "core/domain/Slot.h"
#include "core/proofs/ProofVerifier.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/simulation/LedgerErrors.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcSlotFunctions, "salesdesk.simulation.slotfunctions")

namespace salesdesk {

namespace {

using ledger::amount;
using ledger::rejected;
using ledger::unknownRequest;

// (end - start) * pricePerSlotPerSecond: the contract's _slotPayout. end >= start wherever the
// contract calls it; a reversed pair pays nothing rather than wrapping.
UInt256 slotPayout(const SimRequest& request, Timestamp start, Timestamp end) {
    if (end <= start)
        return 0;
    return request.request.pricePerSlotPerSecond() * static_cast<quint64>(end - start);
}

} // namespace

// ---- Host functions ---------------------------------------------------------------------------

MarketResult<Done> SlotFunctions::reserveSlot(const Address& sender, const RequestId& id,
                                              quint64 slotIndex, Timestamp now) {
    const SlotId slotId = slotIdOf(id, slotIndex);
    if (!m_books.canReserveSlot(sender, id, slotIndex, now)) {
        const QList<Address> current = m_books.reservations(slotId);
        return MarketError{MarketError::Kind::ReservationNotAllowed,
                           QStringLiteral("slot %1 cannot be reserved: it is %2, has %3 of %4 "
                                          "reservations%5 (SlotReservations_ReservationNotAllowed)")
                               .arg(slotId.toHex(), toString(m_books.slotState(slotId, now)))
                               .arg(current.size())
                               .arg(m_books.config().maxReservations)
                               .arg(current.contains(sender)
                                        ? QStringLiteral(" and one is already the caller's")
                                        : QString())};
    }
    const qsizetype reservations = m_books.addReservation(slotId, sender);
    qCInfo(lcSlotFunctions).noquote() << QStringLiteral("slot reserved requestId=%1 slotIndex=%2 "
                                                        "slotId=%3 host=%4 reservations=%5")
                                             .arg(id.toHex())
                                             .arg(slotIndex)
                                             .arg(slotId.toHex(), sender.toHex())
                                             .arg(reservations);
    if (reservations == m_books.config().maxReservations) {
        MarketEvent event;
        event.kind = MarketEvent::Kind::SlotReservationsFull;
        event.requestId = id;
        event.slotIndex = slotIndex;
        event.slotId = slotId;
        m_books.emitEvent(std::move(event));
    }
    return Done{};
}

MarketResult<UInt256> SlotFunctions::fillSlot(const Address& sender, const RequestId& id,
                                              quint64 slotIndex, const StorageProof& proof,
                                              const UInt256& allowance, Timestamp now) {
    SimRequest* r = m_books.mutableRequest(id);
    if (!r)
        return unknownRequest(id);
    if (slotIndex >= r->request.ask.slots)
        return rejected(QStringLiteral("slot index %1 is out of range: request %2 has %3 slots "
                                       "(Marketplace_InvalidSlot)")
                            .arg(slotIndex)
                            .arg(id.toHex())
                            .arg(r->request.ask.slots));
    const SlotId slotId = slotIdOf(id, slotIndex);
    if (!m_books.reservations(slotId).contains(sender))
        return rejected(QStringLiteral("slot %1 must be reserved by %2 before it is filled "
                                       "(Marketplace_ReservationRequired)")
                            .arg(slotId.toHex(), sender.toHex()));
    const SimSlot* record = m_books.slot(slotId);
    const SlotState state = m_books.slotStateOf(*r, record, now);
    if (state != SlotState::Free && state != SlotState::Repair)
        return MarketError{MarketError::Kind::SlotStateMismatch,
                           QStringLiteral("slot %1 is %2, not Free or Repair "
                                          "(Marketplace_SlotNotFree)")
                               .arg(slotId.toHex(), toString(state))};
    const quint64 period = m_books.schedule().periodOf(now);
    if (record && record->provenPeriods.contains(period))
        return rejected(QStringLiteral("a proof for slot %1 was already accepted in period %2 "
                                       "(Proofs_ProofAlreadySubmitted)")
                            .arg(slotId.toHex())
                            .arg(period));
    auto proofCheck = m_books.checkProof(*r, slotIndex, proof, now);
    if (!proofCheck.ok())
        return proofCheck.error();
    const UInt256 full = r->request.collateralPerSlot();
    const UInt256 collateral = state == SlotState::Repair
                                   ? full - full * m_books.config().repairRewardPercentage / 100
                                   : full;
    if (allowance < collateral)
        return rejected(QStringLiteral("the host approved %1 tokens, the collateral of slot %2 is "
                                       "%3 (ERC20InsufficientAllowance)")
                            .arg(amount(allowance), slotId.toHex(), amount(collateral)));
    const UInt256 reserved = slotPayout(*r, now, r->endsAt);
    if (r->fundsToReturnToClient < reserved)
        return rejected(QStringLiteral("request %1 holds %2 tokens for its client, %3 are needed "
                                       "for slot %4")
                            .arg(id.toHex(), amount(r->fundsToReturnToClient), amount(reserved),
                                 slotId.toHex()));
    auto pulled = m_books.mutableTokens().transfer(sender, m_books.marketplace(), collateral);
    if (!pulled.ok())
        return rejected(QStringLiteral("cannot pull the collateral of slot %1: %2")
                            .arg(slotId.toHex(), pulled.message()));

    SimSlot& s = m_books.slotRecord(slotId);
    s.id = slotId;
    s.requestId = id;
    s.slotIndex = slotIndex;
    s.state = SlotState::Filled;
    s.host = sender;
    s.filledAt = now;
    s.currentCollateral = full;
    s.missedProofs = 0;
    s.missedPeriods.clear();
    s.startPeriod = period;
    s.settlements[sender].collateralDeposited += collateral;
    recordProof(s, period);
    m_books.list(s);
    m_books.touch(s);
    r->slotsFilled += 1;
    r->fundsToReturnToClient -= reserved;
    m_books.touch(*r);
    qCInfo(lcSlotFunctions).noquote()
        << QStringLiteral("slot filled requestId=%1 slotIndex=%2 slotId=%3 "
                          "host=%4 collateral=%5 slotsFilled=%6/%7")
               .arg(id.toHex())
               .arg(slotIndex)
               .arg(slotId.toHex(), sender.toHex(), amount(collateral))
               .arg(r->slotsFilled)
               .arg(r->request.ask.slots);

    MarketEvent proven;
    proven.kind = MarketEvent::Kind::ProofSubmitted;
    proven.requestId = id;
    proven.slotIndex = slotIndex;
    proven.slotId = slotId;
    m_books.emitEvent(proven);
    MarketEvent filled = proven;
    filled.kind = MarketEvent::Kind::SlotFilled;
    m_books.emitEvent(filled);
    if (r->slotsFilled == r->request.ask.slots && r->state == RequestState::New) {
        r->state = RequestState::Started;
        r->startedAt = now;
        qCInfo(lcSlotFunctions).noquote()
            << QStringLiteral("request started requestId=%1").arg(id.toHex());
        MarketEvent fulfilled;
        fulfilled.kind = MarketEvent::Kind::RequestFulfilled;
        fulfilled.requestId = id;
        m_books.emitEvent(fulfilled);
    }
    return collateral;
}

MarketResult<SlotPayout> SlotFunctions::freeSlot(const Address& sender, const SlotId& id,
                                                 Timestamp now) {
    SimSlot* found = m_books.mutableSlot(id);
    if (!found || found->state == SlotState::Free)
        return MarketError{
            MarketError::Kind::SlotStateMismatch,
            QStringLiteral("slot %1 is free (Marketplace_SlotIsFree)").arg(id.toHex())};
    SimSlot& s = *found;
    if (s.host != sender)
        return rejected(
            QStringLiteral("%1 is not the host of slot %2 (Marketplace_InvalidSlotHost)")
                .arg(sender.toHex(), id.toHex()));
    SimRequest* r = m_books.mutableRequest(s.requestId);
    if (!r)
        return unknownRequest(s.requestId);
    const SlotState state = m_books.slotStateOf(*r, &s, now);
    switch (state) {
    case SlotState::Paid:
        return rejected(
            QStringLiteral("slot %1 was already paid (Marketplace_AlreadyPaid)").arg(id.toHex()));
    case SlotState::Finished:
        return payoutSlot(s, *r, r->endsAt, true);
    case SlotState::Cancelled:
        return payoutSlot(s, *r, r->expiresAt, false);
    case SlotState::Failed:
        m_books.unlist(s);
        m_books.touch(s);
        qCInfo(lcSlotFunctions).noquote()
            << QStringLiteral("failed slot left requestId=%1 slotIndex=%2 slotId=%3 host=%4 "
                              "collateralLost=%5")
                   .arg(s.requestId.toHex())
                   .arg(s.slotIndex)
                   .arg(id.toHex(), sender.toHex(), amount(s.currentCollateral));
        return SlotPayout{};
    case SlotState::Filled:
        forciblyFree(s, *r, now);
        return SlotPayout{};
    case SlotState::Free:
    case SlotState::Repair:
        break;
    }
    return MarketError{
        MarketError::Kind::SlotStateMismatch,
        QStringLiteral("slot %1 is %2 (Marketplace_SlotIsFree)").arg(id.toHex(), toString(state))};
}

MarketResult<SlotPayout> SlotFunctions::payoutSlot(SimSlot& s, SimRequest& r, Timestamp end,
                                                   bool finish) {
    const UInt256 reward = slotPayout(r, s.filledAt, end);
    const UInt256 collateral = s.currentCollateral;
    auto total = uint256::checkedAdd(reward, collateral);
    if (!total.ok())
        return rejected(total.message());
    auto paid = m_books.mutableTokens().transfer(m_books.marketplace(), s.host, *total);
    if (!paid.ok())
        return rejected(QStringLiteral("the marketplace cannot pay slot %1: %2")
                            .arg(s.id.toHex(), paid.message()));
    if (finish && r.state != RequestState::Finished) {
        r.state = RequestState::Finished;
        m_books.touch(r);
    }
    HostSlotSettlement& settlement = s.settlements[s.host];
    settlement.reward += reward;
    settlement.collateralReturned += collateral;
    s.state = SlotState::Paid;
    m_books.unlist(s);
    m_books.touch(s);
    qCInfo(lcSlotFunctions).noquote()
        << QStringLiteral("slot paid requestId=%1 slotIndex=%2 slotId=%3 "
                          "host=%4 reward=%5 collateral=%6 (%7)")
               .arg(r.id.toHex())
               .arg(s.slotIndex)
               .arg(s.id.toHex(), s.host.toHex(), amount(reward), amount(collateral),
                    finish ? QStringLiteral("finished") : QStringLiteral("cancelled"));
    return SlotPayout{reward, collateral};
}

void SlotFunctions::forciblyFree(SimSlot& s, SimRequest& r, Timestamp now) {
    r.fundsToReturnToClient += slotPayout(r, s.filledAt, r.endsAt);
    const Address formerHost = s.host;
    const UInt256 lost = s.currentCollateral;
    m_books.unlist(s);
    m_books.dropReservations(s.id);
    s.state = SlotState::Repair;
    s.filledAt = 0;
    s.currentCollateral = 0;
    s.host = Address();
    s.missedProofs = 0;
    s.missedPeriods.clear();
    s.provenPeriods.clear();
    r.slotsFilled -= 1;
    m_books.touch(s);
    m_books.touch(r);
    qCInfo(lcSlotFunctions).noquote()
        << QStringLiteral("slot forcibly freed requestId=%1 slotIndex=%2 "
                          "slotId=%3 host=%4 collateralLost=%5")
               .arg(r.id.toHex())
               .arg(s.slotIndex)
               .arg(s.id.toHex(), formerHost.toHex(), amount(lost));
    MarketEvent freed;
    freed.kind = MarketEvent::Kind::SlotFreed;
    freed.requestId = r.id;
    freed.slotIndex = s.slotIndex;
    freed.slotId = s.id;
    m_books.emitEvent(freed);
    const quint64 lostSlots = r.request.ask.slots - r.slotsFilled;
    if (lostSlots > r.request.ask.maxSlotLoss && r.state == RequestState::Started) {
        r.state = RequestState::Failed;
        r.endsAt = now - 1;
        qCInfo(lcSlotFunctions).noquote()
            << QStringLiteral("request failed requestId=%1 slotsLost=%2 "
                              "maxSlotLoss=%3")
                   .arg(r.id.toHex())
                   .arg(lostSlots)
                   .arg(r.request.ask.maxSlotLoss);
        MarketEvent failed;
        failed.kind = MarketEvent::Kind::RequestFailed;
        failed.requestId = r.id;
        m_books.emitEvent(failed);
    }
}

MarketResult<Done> SlotFunctions::submitProof(const Address& sender, const SlotId& id,
                                              const StorageProof& proof, Timestamp now) {
    SimSlot* found = m_books.mutableSlot(id);
    if (!found)
        return MarketError{MarketError::Kind::UnknownRequest,
                           QStringLiteral("slot %1 belongs to no known request "
                                          "(Marketplace_UnknownRequest)")
                               .arg(id.toHex())};
    SimSlot& s = *found;
    if (s.host != sender)
        return rejected(QStringLiteral("%1 is not the host of slot %2 "
                                       "(Marketplace_ProofNotSubmittedByHost)")
                            .arg(sender.toHex(), id.toHex()));
    const SimRequest* r = m_books.request(s.requestId);
    if (!r)
        return unknownRequest(s.requestId);
    const quint64 period = m_books.schedule().periodOf(now);
    if (s.provenPeriods.contains(period))
        return MarketError{MarketError::Kind::ProofAlreadySubmitted,
                           QStringLiteral("a proof for slot %1 was already accepted in period %2 "
                                          "(Proofs_ProofAlreadySubmitted)")
                               .arg(id.toHex())
                               .arg(period)};
    auto proofCheck = m_books.checkProof(*r, s.slotIndex, proof, now);
    if (!proofCheck.ok())
        return proofCheck.error();
    recordProof(s, period);
    m_books.touchProofs(s);
    qCDebug(lcSlotFunctions).noquote() << QStringLiteral("proof accepted requestId=%1 slotIndex=%2 "
                                                         "slotId=%3 period=%4")
                                              .arg(s.requestId.toHex())
                                              .arg(s.slotIndex)
                                              .arg(id.toHex())
                                              .arg(period);
    MarketEvent event;
    event.kind = MarketEvent::Kind::ProofSubmitted;
    event.requestId = s.requestId;
    event.slotIndex = s.slotIndex;
    event.slotId = id;
    m_books.emitEvent(std::move(event));
    return Done{};
}

// ---- Validator and simulation -----------------------------------------------------------------

MarketResult<Done> SlotFunctions::markProofAsMissing(const Address& validator, const SlotId& id,
                                                     quint64 period, Timestamp now) {
    auto allowed = m_books.canMarkProofAsMissing(id, period, now);
    if (!allowed.ok())
        return allowed.error();
    SimSlot& s = m_books.slotRecord(id);
    SimRequest* r = m_books.mutableRequest(s.requestId);
    if (!r)
        return unknownRequest(s.requestId);
    const UInt256 slashed = r->request.collateralPerSlot() * m_books.config().slashPercentage / 100;
    const UInt256 reward = slashed * m_books.config().validatorRewardPercentage / 100;
    auto paid = m_books.mutableTokens().transfer(m_books.marketplace(), validator, reward);
    if (!paid.ok())
        return rejected(
            QStringLiteral("the marketplace cannot reward the validator: %1").arg(paid.message()));
    s.currentCollateral = s.currentCollateral > slashed ? s.currentCollateral - slashed : 0;
    s.missedProofs += 1;
    s.missedPeriods.removeIf([period](quint64 p) { return p + 1 < period; });
    s.missedPeriods.append(period);
    m_books.touch(s);
    qCInfo(lcSlotFunctions).noquote()
        << QStringLiteral("proof missing requestId=%1 slotIndex=%2 slotId=%3 "
                          "host=%4 period=%5 missed=%6 slashed=%7 "
                          "collateralLeft=%8")
               .arg(s.requestId.toHex())
               .arg(s.slotIndex)
               .arg(id.toHex(), s.host.toHex())
               .arg(period)
               .arg(s.missedProofs)
               .arg(amount(slashed), amount(s.currentCollateral));
    if (s.missedProofs >= m_books.config().maxNumberOfSlashes)
        forciblyFree(s, *r, now);
    return Done{};
}

MarketResult<Done> SlotFunctions::forceFreeSlot(const SlotId& id, Timestamp now) {
    const SlotState state = m_books.slotState(id, now);
    if (state != SlotState::Filled)
        return MarketError{MarketError::Kind::SlotStateMismatch,
                           QStringLiteral("slot %1 is %2; only a Filled slot can be freed")
                               .arg(id.toHex(), toString(state))};
    SimSlot& s = m_books.slotRecord(id);
    SimRequest* r = m_books.mutableRequest(s.requestId);
    if (!r)
        return unknownRequest(s.requestId);
    forciblyFree(s, *r, now);
    return Done{};
}

void SlotFunctions::recordProof(SimSlot& s, quint64 period) {
    // Only the current and the previous period matter (one proof per period; the validator
    // looks one period back), so older entries are dropped here.
    s.provenPeriods.removeIf([period](quint64 p) { return p + 1 < period; });
    if (!s.provenPeriods.contains(period))
        s.provenPeriods.append(period);
}

} // namespace salesdesk
