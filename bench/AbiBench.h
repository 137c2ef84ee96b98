#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// The contract ABI codec: a fillSlot call of the embedded Marketplace artifact (a fill proof with
// a 10-node slot path, 5 leaves and a 50-node path) encoded and decoded back, calls per second.
// 100,000 round trips (--quick: 1,000).
bool runAbiBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
