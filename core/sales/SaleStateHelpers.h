#pragma once

#include "core/sales/SaleState.h"

#include <memory>

namespace salesdesk {

class SalesAgent;

// The event transitions most states share (C = cancelled, F = failed,
// S = slot filled by someone).
std::unique_ptr<SaleState> makeCancelled(SalesAgent& agent);
std::unique_ptr<SaleState> makeFailed(SalesAgent& agent);
std::unique_ptr<SaleState> makeFilled(SalesAgent& agent);

} // namespace salesdesk
