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

// Each call starts its first attempt; an attempt makes the same call on the inner market with
// copies of the arguments.
#define SD_MARKET_TRAILING(...) __VA_OPT__(, ) __VA_ARGS__
#define SD_RETRY_CALL(T, name, params, args)                                                       \
    void RetryingMarket::name(SD_MARKET_BEFORE_CONTEXT(params) const QObject* context,             \
                              MarketCallback<T> done) {                                            \
        start<T>(#name, context, std::move(done),                                                  \
                 [this SD_MARKET_TRAILING args](const QObject* ctx, MarketCallback<T> cb) {        \
                     m_inner.name(SD_MARKET_BEFORE_CONTEXT(args) ctx, std::move(cb));              \
                 });                                                                               \
    }

SD_MARKET_CALLS(SD_RETRY_CALL)

#undef SD_RETRY_CALL
#undef SD_MARKET_TRAILING

} // namespace salesdesk
