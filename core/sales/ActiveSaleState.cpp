#include "core/sales/ActiveSaleState.h"

#include "core/sales/states/SaleCancelled.h"
#include "core/sales/states/SaleFailed.h"

namespace salesdesk {

std::unique_ptr<SaleState> ActiveSaleState::onCancelled() {
    return std::make_unique<SaleCancelled>(agent());
}

std::unique_ptr<SaleState> ActiveSaleState::onFailed() {
    return std::make_unique<SaleFailed>(agent());
}

} // namespace salesdesk
