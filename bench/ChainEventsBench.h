#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// Catching up from an event cursor: a local anvil (started for the run) holds 10,000 blocks with
// 5,000 marketplace-like logs (two topics, 96 bytes of data; bursts of 20 in one block every 40
// blocks) of a LogEmitter contract; a fresh EventCursor (2,000-block ranges) reads them into a
// new host database, its handler writing each log into a table, and the time from start() to
// caught up is measured. --quick: 200 blocks, 100 logs.
bool runChainEventsBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
