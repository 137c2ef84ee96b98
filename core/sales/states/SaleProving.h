#pragma once

#include "core/sales/ActiveSaleState.h"

#include <optional>

namespace salesdesk {

// Answers the market's challenges once per period until the request finishes. The period's
// checks (slot state, proof required now or later in the period, challenge) come from
// ProofRounds, one market call for all proving slots. With failEveryN > 0
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
    void submit(const Hash32& challenge);
    quint64 periodSeconds() const;

    bool m_joined = false;
    bool m_submitting = false;
    std::optional<quint64> m_checkedPeriod;
};

} // namespace salesdesk
