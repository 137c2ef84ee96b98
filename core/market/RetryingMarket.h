#pragma once

#include "core/market/Market.h"

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

    void getRequest(const RequestId& id, const QObject* context,
                    MarketCallback<std::optional<StorageRequest>> done) override;
    void requestState(const RequestId& id, const QObject* context,
                      MarketCallback<std::optional<RequestState>> done) override;
    void slotState(const SlotId& id, const QObject* context,
                   MarketCallback<SlotState> done) override;
    void requestEnd(const RequestId& id, const QObject* context,
                    MarketCallback<Timestamp> done) override;
    void requestExpiresAt(const RequestId& id, const QObject* context,
                          MarketCallback<Timestamp> done) override;
    void getHost(const SlotId& id, const QObject* context,
                 MarketCallback<std::optional<Address>> done) override;
    void currentCollateral(const SlotId& id, const QObject* context,
                           MarketCallback<UInt256> done) override;
    void slotCollateral(const RequestId& id, quint64 slotIndex, const QObject* context,
                        MarketCallback<UInt256> done) override;
    void getActiveSlot(const SlotId& id, const QObject* context,
                       MarketCallback<std::optional<Slot>> done) override;
    void mySlots(const QObject* context, MarketCallback<QList<SlotId>> done) override;
    void openRequests(const QObject* context, MarketCallback<QList<OpenRequest>> done) override;
    void balance(const QObject* context, MarketCallback<UInt256> done) override;
    void hostSettlement(const SlotId& id, const QObject* context,
                        MarketCallback<HostSlotSettlement> done) override;
    void holdsReservation(const SlotId& id, const QObject* context,
                          MarketCallback<bool> done) override;

    void isProofRequired(const SlotId& id, const QObject* context,
                         MarketCallback<bool> done) override;
    void willProofBeRequired(const SlotId& id, const QObject* context,
                             MarketCallback<bool> done) override;
    void getChallenge(const SlotId& id, const QObject* context,
                      MarketCallback<Hash32> done) override;
    void getPointer(const SlotId& id, const QObject* context, MarketCallback<quint8> done) override;
    void missingProofs(const SlotId& id, const QObject* context,
                       MarketCallback<quint64> done) override;
    void proofDuties(const QList<SlotId>& slots, const QObject* context,
                     MarketCallback<QList<ProofDuty>> done) override;

    void canReserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                        MarketCallback<bool> done) override;
    void reserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                     MarketCallback<Done> done) override;
    void fillSlot(const RequestId& id, quint64 slotIndex, const StorageProof& proof,
                  const UInt256& collateral, const QObject* context,
                  MarketCallback<UInt256> done) override;
    void freeSlot(const SlotId& id, const QObject* context,
                  MarketCallback<SlotPayout> done) override;
    void submitProof(const SlotId& id, const StorageProof& proof, const QObject* context,
                     MarketCallback<Done> done) override;

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
