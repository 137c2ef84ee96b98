#include "core/sales/states/SaleProvingSimulated.h"

namespace salesdesk {

SaleProvingSimulated::SaleProvingSimulated(SalesAgent& agent, int failEveryN)
    : SaleProving(agent)
    , m_failEveryN(failEveryN) {}

bool SaleProvingSimulated::corruptNextProof() {
    ++m_proofs;
    return m_failEveryN > 0 && m_proofs % m_failEveryN == 0;
}

} // namespace salesdesk
