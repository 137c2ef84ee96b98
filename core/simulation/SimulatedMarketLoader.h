#pragma once

#include "core/domain/Result.h"
#include "core/simulation/SimulatedMarketStore.h"

#include <QString>

#include <memory>

namespace salesdesk {

class Clock;
class MarketLedger;
class SimulatedMarket;
struct SimulatedMarketOptions;

// How a SimulatedMarket comes to be (SimulatedMarket::open and openReadOnly): in memory, from a
// new file (the market the options describe, its identity saved at once), from a file that
// already holds one (the stored config, seed and signer win over the options, a difference is
// logged, and the validator catches up on the periods that passed), or read-only for inspection
// (nothing written, the validator not armed).
class SimulatedMarketLoader {
public:
    static Result<std::unique_ptr<SimulatedMarket>> open(Clock& clock,
                                                         const SimulatedMarketOptions& options);
    static Result<std::unique_ptr<SimulatedMarket>> openReadOnly(Clock& clock,
                                                                 const QString& filePath);
    // Puts a stored snapshot's books into `ledger` (also how a failed save is undone).
    static Result<void> restoreLedger(MarketLedger& ledger,
                                      const SimulatedMarketStore::Snapshot& snapshot);

private:
    // The market a file holds, with its books and meta values restored.
    static Result<std::unique_ptr<SimulatedMarket>>
    restored(Clock& clock, const SimulatedMarketStore::Snapshot& snapshot);
};

} // namespace salesdesk
