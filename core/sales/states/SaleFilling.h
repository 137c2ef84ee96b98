#pragma once

#include "core/domain/StorageProof.h"
#include "core/sales/ActiveSaleState.h"

namespace salesdesk {

// Fills the slot with the initial proof and the collateral the market asks.
class SaleFilling : public ActiveSaleState {
    Q_OBJECT
public:
    SaleFilling(SalesAgent& agent, StorageProof proof);
    SaleStateKind kind() const override { return SaleStateKind::Filling; }
    void run() override;

private:
    void checkHostAfterMismatch(const UInt256& offered, const QString& reason);
    void filled(const UInt256& pulled);
    void dropExpectedDeposit();

    StorageProof m_proof;
};

} // namespace salesdesk
