#pragma once

#include "core/market/Market.h"
#include "core/market/MarketMethods.h"

#include <QPointer>

#include <memory>

namespace salesdesk {

// How RetryingMarket retries: attempt n (n >= 2) starts min(initialDelay · 2^(n-2), maxDelay)
// seconds after attempt n-1 failed transiently; after maxAttempts attempts the last transient
// error is passed on.
struct RetryPolicy {
    qint64 initialDelaySeconds = 1;
    qint64 maxDelaySeconds = 60;
    int maxAttempts = 8;

    // The wait before attempt `attempt` (2, 3, …).
    qint64 delayBefore(int attempt) const;
};

// A Market decorator: a call whose answer is a Transient error is made again after a bounded
// exponential backoff on the Clock (1 s, 2 s, 4 s … up to 60 s by default, at most maxAttempts
// calls); any other answer, success or error, is passed on at once. Signals of the inner market
// are forwarded. The caller's context is watched across attempts: once it is destroyed nothing
// more is called or answered, and a RetryingMarket destroyed mid-retry drops its pending work.
//
// The inner market must outlive this one.
class RetryingMarket final : public Market {
    Q_OBJECT
public:
    RetryingMarket(Market& inner, Clock& clock, const RetryPolicy& policy = {},
                   QObject* parent = nullptr);
    ~RetryingMarket() override;

    const RetryPolicy& policy() const { return m_policy; }
    Market& inner() const { return m_inner; }
    // Retries scheduled so far (for tests and diagnostics).
    quint64 retries() const { return m_retries; }

    Address signer() const override { return m_inner.signer(); }
    MarketConfig config() const override { return m_inner.config(); }

    // Every asynchronous call of Market (core/market/MarketMethods.h).
    SD_MARKET_DECLARE_OVERRIDES()

private:
    // One call with its attempts. `call` makes one attempt on the inner market.
    template <typename T> struct Call {
        const char* method = "";
        QPointer<const QObject> context;
        bool hasContext = false;
        MarketCallback<T> done;
        std::function<void(const QObject*, MarketCallback<T>)> call;
        int attempt = 0;
        bool contextGone() const { return hasContext && context.isNull(); }
    };

    template <typename T>
    void start(const char* method, const QObject* context, MarketCallback<T> done,
               std::function<void(const QObject*, MarketCallback<T>)> call);
    template <typename T> void attempt(std::shared_ptr<Call<T>> call);

    Market& m_inner;
    Clock& m_clock;
    RetryPolicy m_policy;
    quint64 m_retries = 0;
};

} // namespace salesdesk
