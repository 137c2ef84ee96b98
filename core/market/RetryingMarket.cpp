#include "core/market/RetryingMarket.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcRetrying, "salesdesk.market.retryingmarket")

namespace salesdesk {

qint64 RetryPolicy::delayBefore(int attempt) const {
    const qint64 initial = std::max<qint64>(0, initialDelaySeconds);
    const qint64 cap = std::max(initial, maxDelaySeconds);
    qint64 delay = initial;
    for (int n = 2; n < attempt && delay < cap; ++n)
        delay = delay > cap / 2 ? cap : delay * 2;
    return std::min(delay, cap);
}

RetryingMarket::RetryingMarket(Market& inner, Clock& clock, const RetryPolicy& policy,
                               QObject* parent)
    : Market(parent)
    , m_inner(inner)
    , m_clock(clock)
    , m_policy(policy) {
    m_policy.maxAttempts = std::max(1, m_policy.maxAttempts);
    connect(&inner, &Market::storageRequested, this, &Market::storageRequested);
    connect(&inner, &Market::requestFulfilled, this, &Market::requestFulfilled);
    connect(&inner, &Market::requestCancelled, this, &Market::requestCancelled);
    connect(&inner, &Market::requestFailed, this, &Market::requestFailed);
    connect(&inner, &Market::slotFilled, this, &Market::slotFilled);
    connect(&inner, &Market::slotFreed, this, &Market::slotFreed);
    connect(&inner, &Market::slotReservationsFull, this, &Market::slotReservationsFull);
    connect(&inner, &Market::proofSubmitted, this, &Market::proofSubmitted);
}

// Pending retry timers have this object as their context, so the clock drops them with it;
// answers of the inner market in flight are addressed to this object too.
RetryingMarket::~RetryingMarket() = default;

template <typename T>
void RetryingMarket::start(const char* method, const QObject* context, MarketCallback<T> done,
                           std::function<void(const QObject*, MarketCallback<T>)> call) {
    auto state = std::make_shared<Call<T>>();
    state->method = method;
    state->context = context;
    state->hasContext = context != nullptr;
    state->done = std::move(done);
    state->call = std::move(call);
    attempt(std::move(state));
}

template <typename T> void RetryingMarket::attempt(std::shared_ptr<Call<T>> call) {
    if (call->contextGone())
        return;
    call->attempt += 1;
    // The inner market answers to us (so a destroyed RetryingMarket hears nothing); the caller's
    // context is checked before every step instead.
    call->call(this, [this, call](const MarketResult<T>& result) {
        if (call->contextGone())
            return;
        const bool retry =
            !result.ok() && result.error().isTransient() && call->attempt < m_policy.maxAttempts;
        if (!retry) {
            if (!result.ok() && result.error().isTransient())
                qCWarning(lcRetrying).noquote()
                    << QStringLiteral("%1 failed %2 times, giving up: %3")
                           .arg(QLatin1String(call->method))
                           .arg(call->attempt)
                           .arg(result.error().message);
            if (call->done)
                call->done(result);
            return;
        }
        const qint64 delay = m_policy.delayBefore(call->attempt + 1);
        ++m_retries;
        qCInfo(lcRetrying).noquote()
            << QStringLiteral("%1 failed transiently (attempt %2 of %3), retrying in %4 s: %5")
                   .arg(QLatin1String(call->method))
                   .arg(call->attempt)
                   .arg(m_policy.maxAttempts)
                   .arg(delay)
                   .arg(result.error().message);
        m_clock.callAfter(delay, this, [this, call] { attempt(call); });
    });
}

// ---- Forwarding -------------------------------------------------------------------------------

#define SD_FORWARD(T, method, ...)                                                                 \
    start<T>(#method, context, std::move(done),                                                    \
             [this, __VA_ARGS__](const QObject* ctx, MarketCallback<T> cb) {                       \
                 m_inner.method(__VA_ARGS__, ctx, std::move(cb));                                  \
             })

void RetryingMarket::getRequest(const RequestId& id, const QObject* context,
                                MarketCallback<std::optional<StorageRequest>> done) {
    SD_FORWARD(std::optional<StorageRequest>, getRequest, id);
}

void RetryingMarket::requestState(const RequestId& id, const QObject* context,
                                  MarketCallback<std::optional<RequestState>> done) {
    SD_FORWARD(std::optional<RequestState>, requestState, id);
}

void RetryingMarket::slotState(const SlotId& id, const QObject* context,
                               MarketCallback<SlotState> done) {
    SD_FORWARD(SlotState, slotState, id);
}

void RetryingMarket::requestEnd(const RequestId& id, const QObject* context,
                                MarketCallback<Timestamp> done) {
    SD_FORWARD(Timestamp, requestEnd, id);
}

void RetryingMarket::requestExpiresAt(const RequestId& id, const QObject* context,
                                      MarketCallback<Timestamp> done) {
    SD_FORWARD(Timestamp, requestExpiresAt, id);
}

void RetryingMarket::getHost(const SlotId& id, const QObject* context,
                             MarketCallback<std::optional<Address>> done) {
    SD_FORWARD(std::optional<Address>, getHost, id);
}

void RetryingMarket::currentCollateral(const SlotId& id, const QObject* context,
                                       MarketCallback<UInt256> done) {
    SD_FORWARD(UInt256, currentCollateral, id);
}

void RetryingMarket::slotCollateral(const RequestId& id, quint64 slotIndex, const QObject* context,
                                    MarketCallback<UInt256> done) {
    SD_FORWARD(UInt256, slotCollateral, id, slotIndex);
}

void RetryingMarket::getActiveSlot(const SlotId& id, const QObject* context,
                                   MarketCallback<std::optional<Slot>> done) {
    SD_FORWARD(std::optional<Slot>, getActiveSlot, id);
}

void RetryingMarket::mySlots(const QObject* context, MarketCallback<QList<SlotId>> done) {
    start<QList<SlotId>>("mySlots", context, std::move(done),
                         [this](const QObject* ctx, MarketCallback<QList<SlotId>> cb) {
                             m_inner.mySlots(ctx, std::move(cb));
                         });
}

void RetryingMarket::openRequests(const QObject* context, MarketCallback<QList<OpenRequest>> done) {
    start<QList<OpenRequest>>("openRequests", context, std::move(done),
                              [this](const QObject* ctx, MarketCallback<QList<OpenRequest>> cb) {
                                  m_inner.openRequests(ctx, std::move(cb));
                              });
}

void RetryingMarket::balance(const QObject* context, MarketCallback<UInt256> done) {
    start<UInt256>("balance", context, std::move(done),
                   [this](const QObject* ctx, MarketCallback<UInt256> cb) {
                       m_inner.balance(ctx, std::move(cb));
                   });
}

void RetryingMarket::isProofRequired(const SlotId& id, const QObject* context,
                                     MarketCallback<bool> done) {
    SD_FORWARD(bool, isProofRequired, id);
}

void RetryingMarket::willProofBeRequired(const SlotId& id, const QObject* context,
                                         MarketCallback<bool> done) {
    SD_FORWARD(bool, willProofBeRequired, id);
}

void RetryingMarket::getChallenge(const SlotId& id, const QObject* context,
                                  MarketCallback<Hash32> done) {
    SD_FORWARD(Hash32, getChallenge, id);
}

void RetryingMarket::getPointer(const SlotId& id, const QObject* context,
                                MarketCallback<quint8> done) {
    SD_FORWARD(quint8, getPointer, id);
}

void RetryingMarket::proofDuties(const QList<SlotId>& slots, const QObject* context,
                                 MarketCallback<QList<ProofDuty>> done) {
    SD_FORWARD(QList<ProofDuty>, proofDuties, slots);
}

void RetryingMarket::hostSettlement(const SlotId& id, const QObject* context,
                                    MarketCallback<HostSlotSettlement> done) {
    SD_FORWARD(HostSlotSettlement, hostSettlement, id);
}

void RetryingMarket::holdsReservation(const SlotId& id, const QObject* context,
                                      MarketCallback<bool> done) {
    SD_FORWARD(bool, holdsReservation, id);
}

void RetryingMarket::missingProofs(const SlotId& id, const QObject* context,
                                   MarketCallback<quint64> done) {
    SD_FORWARD(quint64, missingProofs, id);
}

void RetryingMarket::canReserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                                    MarketCallback<bool> done) {
    SD_FORWARD(bool, canReserveSlot, id, slotIndex);
}

void RetryingMarket::reserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                                 MarketCallback<Done> done) {
    SD_FORWARD(Done, reserveSlot, id, slotIndex);
}

void RetryingMarket::fillSlot(const RequestId& id, quint64 slotIndex, const StorageProof& proof,
                              const UInt256& collateral, const QObject* context,
                              MarketCallback<UInt256> done) {
    SD_FORWARD(UInt256, fillSlot, id, slotIndex, proof, collateral);
}

void RetryingMarket::freeSlot(const SlotId& id, const QObject* context,
                              MarketCallback<SlotPayout> done) {
    SD_FORWARD(SlotPayout, freeSlot, id);
}

void RetryingMarket::submitProof(const SlotId& id, const StorageProof& proof,
                                 const QObject* context, MarketCallback<Done> done) {
    SD_FORWARD(Done, submitProof, id, proof);
}

#undef SD_FORWARD

} // namespace salesdesk
