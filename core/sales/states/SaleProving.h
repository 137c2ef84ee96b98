#pragma once

#include "sales/SaleState.h"

namespace salesdesk {

// Answers the market's challenges once per period until the request finishes. With failEveryN > 0
// (SaleProvingSimulated) every Nth proof is deliberately invalid.
class SaleProving : public SaleState {
    Q_OBJECT
public:
    explicit SaleProving(SalesAgent& agent);
    SaleStateKind kind() const override { return SaleStateKind::Proving; }
    void run() override;
    std::unique_ptr<SaleState> onCancelled() override;
    std::unique_ptr<SaleState> onFailed() override;

protected:
    virtual bool corruptNextProof() { return false; }

private:
    void provePeriod();
    void waitForNextPeriod();
    void submit(const Hash32& challenge);
};

} // namespace salesdesk
