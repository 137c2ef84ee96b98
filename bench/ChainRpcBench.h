#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// JSON-RPC calls per second against a local anvil (started for the run): the same eth_getBalance
// calls one at a time (each waiting for the one before), all at once without batching (Qt opens
// up to six connections), and all at once coalesced into batches of 100. 5,000 calls each
// (--quick: 50).
bool runChainRpcBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
