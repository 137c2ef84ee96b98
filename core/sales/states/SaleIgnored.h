#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk {

// The sale did not happen (no availability, slot taken, reservation refused). Nothing was
// deposited, so the reservation's collateral goes back to the budget in full. `dataStored`: the
// slot's data was already downloaded (the slot was taken at fillSlot) and is deleted with the
// sale, so that no data outlives its reservation.
class SaleIgnored : public SaleState {
    Q_OBJECT
public:
    SaleIgnored(SalesAgent& agent, bool reprocessSlot, QString reason, bool dataStored = false);
    SaleStateKind kind() const override { return SaleStateKind::Ignored; }
    void run() override;

private:
    bool m_reprocess = false;
    QString m_reason;
    bool m_dataStored = false;
};

} // namespace salesdesk
