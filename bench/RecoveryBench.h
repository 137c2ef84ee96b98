#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// Crash recovery: a host proving 5,000 slots (--quick: 48) dies with no cleanup; a new engine
// opens over the same data directory and the same market. Measures the time until start()
// reports and until every recovered agent has run again (left SaleUnknown for its on-chain
// state's next state).
bool runRecoveryBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
