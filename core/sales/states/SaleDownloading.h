#pragma once

#include "core/sales/ActiveSaleState.h"

namespace salesdesk {

// Stores the slot's data through onStore, releasing reservation bytes per batch.
class SaleDownloading : public ActiveSaleState {
    Q_OBJECT
public:
    explicit SaleDownloading(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Downloading; }
    void run() override;
    std::unique_ptr<SaleState> onSlotFilled() override;

private:
    void store(Timestamp expiry, bool repairing);
};

} // namespace salesdesk
