#include "core/simulation/MarketLedger.h"

namespace salesdesk {

MarketLedger::MarketLedger(const MarketConfig& config, const Address& marketplace)
    : m_books(config, marketplace) {}

} // namespace salesdesk
