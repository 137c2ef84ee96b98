#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// The real main window over a real Desk (simulated market, virtual clock) with 10,000 slots
// waiting in the paused slot queue and 1,000 running sales that each change state every
// simulated second (one simulated second = 100 ms of wall time), while the visible screen cycles
// through Dashboard, Slot queue, Sales and Events at 1280x800 (--quick: 1,000 queued, 100 sales,
// 30 simulated seconds). Measures the event loop's stalls with a 2 ms precise timer, the cost
// of each model's batch (its batch timer's timeout, with the views' synchronous work) and peak
// RSS. Needs a BenchApplication (QApplication); offscreen is fine.
bool runGuiBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
