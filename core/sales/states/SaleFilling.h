#pragma once

#include "core/clock/ClockHold.h"
#include "core/domain/StorageProof.h"
#include "core/sales/ActiveSaleState.h"

namespace salesdesk {

// Fills the slot with the initial proof and the collateral the market asks.
class SaleFilling : public ActiveSaleState {
    Q_OBJECT
public:
    // How many times a sale proves again after fillSlot refused its proof, before it errs.
    // Only a proof whose challenge has changed since is proven again; one refused for the slot's
    // current challenge was wrong. Each try proves at once when at least half the period is left
    // (else at the next period's start), and the request's expiry ends the sale sooner when it
    // comes first. On a busy chain the challenge moves on often: each block moves the slot's
    // pointer a step, and it wraps every 256 blocks.
    static constexpr int kMaxReprovenFills = 8;
    // How long a sale waits to fill again after the market could not be reached, and how many
    // times it does so before it errs (the market's own retries come first: a node away for a
    // few minutes does not lose the sale; a market that stays away ends it, as any failed call).
    static constexpr qint64 kTransientRetrySeconds = 30;
    static constexpr int kTransientRetries = 2;

    // `hold` keeps the demo's clock in the challenge's period until the fill lands.
    SaleFilling(SalesAgent& agent, StorageProof proof, ClockHold hold = {});
    SaleStateKind kind() const override { return SaleStateKind::Filling; }
    void run() override;

private:
    void checkHostAfterMismatch(const UInt256& offered, const QString& reason);
    void checkChallengeAfterRefusal(const QString& reason);
    void filled(const UInt256& pulled);
    void dropExpectedDeposit();

    StorageProof m_proof;
    int m_transientRetries = 0;
    ClockHold m_hold;
};

} // namespace salesdesk
