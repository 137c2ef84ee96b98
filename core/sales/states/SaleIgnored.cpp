#include "core/sales/states/SaleIgnored.h"

namespace salesdesk {

SaleIgnored::SaleIgnored(SalesAgent& agent, bool reprocessSlot, QString reason, bool dataStored)
    : SaleState(agent)
    , m_reprocess(reprocessSlot)
    , m_reason(std::move(reason))
    , m_dataStored(dataStored) {}

void SaleIgnored::run() {
    SaleOutcome outcome;
    outcome.reprocessSlot = m_reprocess;
    outcome.clearData = m_dataStored;
    outcome.error = m_reason;
    finish(outcome);
}

} // namespace salesdesk
