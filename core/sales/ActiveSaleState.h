#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk {

// A state of a sale that is still running (every state but the terminal ones): a cancelled
// request ends it in SaleCancelled and a failed one in SaleFailed, whatever the state was doing.
// What a state does when the slot is filled by another host stays its own (onSlotFilled).
class ActiveSaleState : public SaleState {
    Q_OBJECT
public:
    using SaleState::SaleState;

    std::unique_ptr<SaleState> onCancelled() override;
    std::unique_ptr<SaleState> onFailed() override;
};

} // namespace salesdesk
