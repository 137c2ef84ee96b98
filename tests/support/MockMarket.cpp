#include "tests/support/MockMarket.h"

#include <QMetaObject>

#include <utility>

namespace salesdesk::test {

namespace {

template <typename T> MarketResult<T> orError(const std::optional<MarketError>& error, T value) {
    if (error)
        return *error;
    return MarketResult<T>(std::move(value));
}

} // namespace

MockMarket::MockMarket(QObject* parent)
    : Market(parent) {}

template <typename T>
void MockMarket::answer(const char* method, const QObject* context, MarketCallback<T> done,
                        MarketResult<T> result) {
    calls.append(QString::fromLatin1(method));
    std::function<void()> deliver = [done = std::move(done), result = std::move(result)] {
        done(result);
    };
    if (holdAnswers) {
        m_held.append(Held{QPointer<const QObject>(context), std::move(deliver)});
        return;
    }
    post(context, std::move(deliver));
}

void MockMarket::post(const QObject* context, std::function<void()> deliver) {
    // A queued call on the context: it never runs inside the caller, and Qt drops it with the
    // context.
    QObject* receiver = context ? const_cast<QObject*>(context) : this;
    QMetaObject::invokeMethod(receiver, std::move(deliver), Qt::QueuedConnection);
}

int MockMarket::releaseHeldAnswers() {
    const QList<Held> held = std::exchange(m_held, {});
    int posted = 0;
    for (const Held& h : held) {
        if (h.context.isNull())
            continue;
        post(h.context.data(), h.deliver);
        ++posted;
    }
    return posted;
}

// ---- Events -----------------------------------------------------------------------------------

void MockMarket::emitStorageRequested(const RequestId& id, const StorageAsk& ask,
                                      Timestamp expiresAt) {
    Q_EMIT storageRequested(id, ask, expiresAt);
}

void MockMarket::emitRequestFulfilled(const RequestId& id) {
    Q_EMIT requestFulfilled(id);
}

void MockMarket::emitRequestCancelled(const RequestId& id) {
    Q_EMIT requestCancelled(id);
}

void MockMarket::emitRequestFailed(const RequestId& id) {
    Q_EMIT requestFailed(id);
}

void MockMarket::emitSlotFilled(const RequestId& id, quint64 slotIndex) {
    Q_EMIT slotFilled(id, slotIndex);
}

void MockMarket::emitSlotFreed(const RequestId& id, quint64 slotIndex) {
    Q_EMIT slotFreed(id, slotIndex);
}

void MockMarket::emitSlotReservationsFull(const RequestId& id, quint64 slotIndex) {
    Q_EMIT slotReservationsFull(id, slotIndex);
}

// ---- Reads ------------------------------------------------------------------------------------

void MockMarket::getRequest(const RequestId& id, const QObject* context,
                            MarketCallback<std::optional<StorageRequest>> done) {
    std::optional<StorageRequest> found;
    if (requests.contains(id))
        found = requests.value(id);
    answer("getRequest", context, std::move(done), orError(getRequestError, found));
}

void MockMarket::requestState(const RequestId& id, const QObject* context,
                              MarketCallback<std::optional<RequestState>> done) {
    std::optional<RequestState> found;
    if (requestStates.contains(id))
        found = requestStates.value(id);
    answer("requestState", context, std::move(done), orError(requestStateError, found));
}

void MockMarket::slotState(const SlotId& id, const QObject* context,
                           MarketCallback<SlotState> done) {
    answer("slotState", context, std::move(done),
           orError(slotStateError, slotStates.value(id, defaultSlotState)));
}

void MockMarket::requestEnd(const RequestId&, const QObject* context,
                            MarketCallback<Timestamp> done) {
    answer("requestEnd", context, std::move(done), requestEndAnswer);
}

void MockMarket::requestExpiresAt(const RequestId&, const QObject* context,
                                  MarketCallback<Timestamp> done) {
    answer("requestExpiresAt", context, std::move(done), expiresAtAnswer);
}

void MockMarket::getHost(const SlotId& id, const QObject* context,
                         MarketCallback<std::optional<Address>> done) {
    std::optional<Address> found;
    if (hosts.contains(id))
        found = hosts.value(id);
    answer("getHost", context, std::move(done), orError(hostError, found));
}

void MockMarket::currentCollateral(const SlotId&, const QObject* context,
                                   MarketCallback<UInt256> done) {
    answer("currentCollateral", context, std::move(done), currentCollateralAnswer);
}

void MockMarket::slotCollateral(const RequestId&, quint64, const QObject* context,
                                MarketCallback<UInt256> done) {
    answer("slotCollateral", context, std::move(done), slotCollateralAnswer);
}

void MockMarket::getActiveSlot(const SlotId& id, const QObject* context,
                               MarketCallback<std::optional<Slot>> done) {
    std::optional<Slot> found;
    if (activeSlots.contains(id))
        found = activeSlots.value(id);
    answer("getActiveSlot", context, std::move(done), orError(activeSlotError, found));
}

void MockMarket::slotSummaries(const QList<SlotId>& slots, const QObject* context,
                               MarketCallback<QList<SlotSummary>> done) {
    // The programmed single-slot answers, for every slot; any error fails the whole call.
    std::optional<MarketError> failure = slotSummariesError;
    if (!failure)
        failure = activeSlotError;
    if (!failure)
        failure = slotStateError;
    if (!failure)
        failure = hostError;
    if (!failure && !requestEndAnswer.ok())
        failure = requestEndAnswer.error();
    if (!failure && !expiresAtAnswer.ok())
        failure = expiresAtAnswer.error();
    QList<SlotSummary> summaries;
    for (const SlotId& id : slots) {
        SlotSummary summary;
        summary.slotId = id;
        if (activeSlots.contains(id) && !failure) {
            summary.slot = activeSlots.value(id);
            summary.state = slotStates.value(id, defaultSlotState);
            if (hosts.contains(id))
                summary.host = hosts.value(id);
            summary.requestEnd = *requestEndAnswer;
            summary.requestExpiresAt = *expiresAtAnswer;
        }
        summaries.append(summary);
    }
    answer("slotSummaries", context, std::move(done),
           failure ? MarketResult<QList<SlotSummary>>(*failure)
                   : MarketResult<QList<SlotSummary>>(summaries));
}

void MockMarket::mySlots(const QObject* context, MarketCallback<QList<SlotId>> done) {
    answer("mySlots", context, std::move(done), mySlotsAnswer);
}

void MockMarket::openRequests(const QObject* context, MarketCallback<QList<OpenRequest>> done) {
    answer("openRequests", context, std::move(done), openRequestsAnswer);
}

void MockMarket::balance(const QObject* context, MarketCallback<UInt256> done) {
    answer("balance", context, std::move(done), balanceAnswer);
}

void MockMarket::hostSettlement(const SlotId& id, const QObject* context,
                                MarketCallback<HostSlotSettlement> done) {
    answer("hostSettlement", context, std::move(done),
           orError(hostSettlementError, settlements.value(id)));
}

void MockMarket::holdsReservation(const SlotId& id, const QObject* context,
                                  MarketCallback<bool> done) {
    answer("holdsReservation", context, std::move(done),
           orError(holdsReservationError, heldReservations.contains(id)));
}

// ---- Proofs -----------------------------------------------------------------------------------

void MockMarket::isProofRequired(const SlotId&, const QObject* context, MarketCallback<bool> done) {
    answer("isProofRequired", context, std::move(done), proofRequiredAnswer);
}

void MockMarket::willProofBeRequired(const SlotId&, const QObject* context,
                                     MarketCallback<bool> done) {
    answer("willProofBeRequired", context, std::move(done), willProofBeRequiredAnswer);
}

void MockMarket::getChallenge(const SlotId&, const QObject* context, MarketCallback<Hash32> done) {
    answer("getChallenge", context, std::move(done), challengeAnswer);
}

void MockMarket::getPointer(const SlotId&, const QObject* context, MarketCallback<quint8> done) {
    answer("getPointer", context, std::move(done), pointerAnswer);
}

void MockMarket::proofDuties(const QList<SlotId>& slots, const QObject* context,
                             MarketCallback<QList<ProofDuty>> done) {
    // The programmed single-slot answers, for every slot; any error fails the whole call.
    std::optional<MarketError> failure = slotStateError;
    if (!failure && !proofRequiredAnswer.ok())
        failure = proofRequiredAnswer.error();
    if (!failure && !willProofBeRequiredAnswer.ok())
        failure = willProofBeRequiredAnswer.error();
    dutiesAsked.append(slots);
    QList<ProofDuty> duties;
    for (const SlotId& id : slots) {
        ProofDuty duty;
        duty.slotId = id;
        duty.state = slotStates.value(id, defaultSlotState);
        duty.required = proofRequiredAnswer.ok() && *proofRequiredAnswer;
        duty.willBeRequired = willProofBeRequiredAnswer.ok() && *willProofBeRequiredAnswer;
        if (duty.required || duty.willBeRequired) {
            if (!challengeAnswer.ok() && !failure)
                failure = challengeAnswer.error();
            else if (challengeAnswer.ok())
                duty.challenge = *challengeAnswer;
        }
        duties.append(duty);
    }
    answer("proofDuties", context, std::move(done),
           failure ? MarketResult<QList<ProofDuty>>(*failure)
                   : MarketResult<QList<ProofDuty>>(duties));
}

void MockMarket::missingProofs(const SlotId&, const QObject* context,
                               MarketCallback<quint64> done) {
    answer("missingProofs", context, std::move(done), missingProofsAnswer);
}

// ---- Transactions -----------------------------------------------------------------------------

void MockMarket::canReserveSlot(const RequestId&, quint64, const QObject* context,
                                MarketCallback<bool> done) {
    answer("canReserveSlot", context, std::move(done), canReserveSlotAnswer);
}

void MockMarket::reserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                             MarketCallback<Done> done) {
    reserved.append(Reserve{id, slotIndex});
    answer("reserveSlot", context, std::move(done), orError(reserveSlotError, Done{}));
}

void MockMarket::fillSlot(const RequestId& id, quint64 slotIndex, const StorageProof& proof,
                          const UInt256& collateral, const QObject* context,
                          MarketCallback<UInt256> done) {
    filled.append(Fill{id, slotIndex, proof, collateral});
    answer("fillSlot", context, std::move(done),
           fillSlotAnswer ? *fillSlotAnswer : MarketResult<UInt256>(collateral));
}

void MockMarket::freeSlot(const SlotId& id, const QObject* context,
                          MarketCallback<SlotPayout> done) {
    freed.append(id);
    answer("freeSlot", context, std::move(done), freeSlotAnswer);
}

void MockMarket::submitProof(const SlotId& id, const StorageProof& proof, const QObject* context,
                             MarketCallback<Done> done) {
    submitted.append(Submission{id, proof});
    if (!submitProofError)
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT proofSubmitted(id); }, Qt::QueuedConnection);
    answer("submitProof", context, std::move(done), orError(submitProofError, Done{}));
}

} // namespace salesdesk::test
