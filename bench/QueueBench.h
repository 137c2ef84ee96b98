#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// The slot queue's data structure (SlotQueueContainer, what SlotQueue uses): push 1,000,000 items
// with varied fields (--quick: 20,000), then take them all in priority order; ns per push and per
// pop, next to std::priority_queue holding the same entries under the same order (goal: ours
// within 2× of it). No event loop in the timed part.
bool runQueueBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
