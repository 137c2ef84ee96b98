#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk {

// Waits for a stable challenge (next period, pointer out of the wrap-around zone) and proves it.
class SaleInitialProving : public SaleState {
    Q_OBJECT
public:
    explicit SaleInitialProving(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::InitialProving; }
    void run() override;
    std::unique_ptr<SaleState> onCancelled() override;
    std::unique_ptr<SaleState> onFailed() override;

private:
    void waitForStableChallenge();
    void prove();
};

} // namespace salesdesk
