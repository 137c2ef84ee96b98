#pragma once

#include "core/sales/states/SaleProving.h"

namespace salesdesk {

// SaleProving with failure injection: every Nth proof is replaced by an invalid one (the
// market's InvalidProof answer is expected and swallowed).
class SaleProvingSimulated : public SaleProving {
    Q_OBJECT
public:
    SaleProvingSimulated(SalesAgent& agent, int failEveryN);
    SaleStateKind kind() const override { return SaleStateKind::ProvingSimulated; }

protected:
    bool corruptNextProof() override;

private:
    int m_failEveryN = 0;
    int m_proofs = 0;
};

} // namespace salesdesk
