#include "core/sales/SaleStateHelpers.h"

#include "core/sales/states/SaleCancelled.h"
#include "core/sales/states/SaleFailed.h"
#include "core/sales/states/SaleFilled.h"

namespace salesdesk {

std::unique_ptr<SaleState> makeCancelled(SalesAgent& agent) {
    return std::make_unique<SaleCancelled>(agent);
}

std::unique_ptr<SaleState> makeFailed(SalesAgent& agent) {
    return std::make_unique<SaleFailed>(agent);
}

std::unique_ptr<SaleState> makeFilled(SalesAgent& agent) {
    return std::make_unique<SaleFilled>(agent);
}

} // namespace salesdesk
