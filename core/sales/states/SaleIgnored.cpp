#include "sales/states/SaleIgnored.h"

namespace salesdesk {

SaleIgnored::SaleIgnored(SalesAgent& agent, bool reprocessSlot, QString reason)
    : SaleState(agent)
    , m_reprocess(reprocessSlot)
    , m_reason(std::move(reason)) {}

void SaleIgnored::run() {
    SaleOutcome outcome;
    outcome.reprocessSlot = m_reprocess;
    outcome.clearData = false;
    outcome.error = m_reason;
    finish(outcome);
}

} // namespace salesdesk
