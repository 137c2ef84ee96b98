#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// The whole host on virtual time: the Desk (HostEngine + SimulatedMarket) sells to a steady
// stream of 1,000 requests of 4 slots into 20 availabilities over 30 simulated days (--quick: 20
// requests, 2 days). Measures wall time, finished sale lifecycles per second and peak RSS.
// options.storeData writes and proves real slot data instead of the generator's.
bool runScaleBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
