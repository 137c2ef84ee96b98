#pragma once

#include "core/sales/SaleState.h"

namespace salesdesk {

// Something went wrong. If we still host the slot on chain it is freed (so no slot is left
// without an agent, ref. #1213); the data is cleared and the books cleaned up.
class SaleErrored : public SaleState {
    Q_OBJECT
public:
    SaleErrored(SalesAgent& agent, QString error, bool reprocessSlot = false);
    SaleStateKind kind() const override { return SaleStateKind::Errored; }
    void run() override;

private:
    void end(std::optional<UInt256> returned);

    QString m_error;
    bool m_reprocess = false;
};

} // namespace salesdesk
