#include "core/sales/SaleStateHelpers.h"

#include "core/sales/states/SaleFilled.h"

namespace salesdesk {

std::unique_ptr<SaleState> makeFilled(SalesAgent& agent) {
    return std::make_unique<SaleFilled>(agent);
}

} // namespace salesdesk
