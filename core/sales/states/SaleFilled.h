#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/sales/ActiveSaleState.h"

#include <optional>

namespace salesdesk {

// Checks that we are the slot's host, runs onSale and onExpiryUpdate, then proves. A sale recovered
// after a restart takes the host and the request's end from the slot's summary instead of asking.
class SaleFilled : public ActiveSaleState {
    Q_OBJECT
public:
    explicit SaleFilled(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Filled; }
    void run() override;

private:
    void onHost(const std::optional<Address>& host);
    void onRequestEnd(Timestamp end);
};

} // namespace salesdesk
