#include "core/sales/states/SaleFinished.h"

namespace salesdesk {

SaleFinished::SaleFinished(SalesAgent& agent, std::optional<UInt256> returnedCollateral)
    : SaleState(agent)
    , m_returned(std::move(returnedCollateral)) {}

void SaleFinished::run() {
    SaleOutcome outcome;
    outcome.clearData = true;
    outcome.returnedCollateral = m_returned;
    finish(outcome);
}

} // namespace salesdesk
