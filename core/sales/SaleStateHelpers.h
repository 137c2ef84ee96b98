#pragma once

#include "core/sales/SaleState.h"

#include <memory>

namespace salesdesk {

class SalesAgent;

// The transition SalePreparing and SaleDownloading make when the slot is filled: to SaleFilled,
// which checks whose fill it was. The transitions on a cancelled or failed request, which every
// running state shares, are ActiveSaleState's.
std::unique_ptr<SaleState> makeFilled(SalesAgent& agent);

} // namespace salesdesk
