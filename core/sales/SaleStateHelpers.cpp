#include "sales/SaleStateHelpers.h"

#include "sales/states/SaleCancelled.h"
#include "sales/states/SaleFailed.h"
#include "sales/states/SaleFilled.h"

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
