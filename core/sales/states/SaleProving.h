#pragma once

#include "core/clock/ClockHold.h"
#include "core/sales/ActiveSaleState.h"

#include <optional>

namespace salesdesk {

// Answers the market's challenges once per period until the request finishes. The period's
// checks (slot state, proof required now or later in the period, challenge) come from
// ProofRounds, one market call for all proving slots. A proof refused as invalid is proven again
// (at most twice a period) when the slot's challenge changed meanwhile. With failEveryN > 0
// (SaleProvingSimulated) every Nth proof is deliberately invalid.
class SaleProving : public ActiveSaleState {
    Q_OBJECT
public:
    explicit SaleProving(SalesAgent& agent);
    ~SaleProving() override;
    SaleStateKind kind() const override { return SaleStateKind::Proving; }
    void run() override;

protected:
    virtual bool corruptNextProof() { return false; }

private:
    void onDuty(const MarketResult<ProofDuty>& duty);
    // A refused proof is taken again this many times per period when the challenge changed.
    static constexpr int kChallengeRetries = 2;

    void submit(const Hash32& challenge, int retriesLeft);
    void proofRefused(const Hash32& challenge, int retriesLeft, const MarketError& why);
    void proofMissed(const QString& message);
    quint64 periodSeconds() const;
    quint64 currentPeriod() const;

    bool m_joined = false;
    bool m_submitting = false;
    // While a proof is computed and submitted: the demo's clock waits before the period ends.
    ClockHold m_proofHold;
    std::optional<quint64> m_checkedPeriod;
};

} // namespace salesdesk
