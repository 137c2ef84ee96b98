#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// The sales engine selling on a local chain: a local anvil (started for the run on a free
// loopback port, automine) with our contracts; a client account posts requests; a HostEngine on a
// ChainMarket (its own chain database, transaction manager and JSON-RPC client, as a desk wires
// them) reserves, fills, proves and collects every slot. The engine runs on a VirtualClock and the
// chain's time follows it (a block is mined at each of the clock's deadlines), so the periods of
// a whole sale pass in seconds of wall time; the chain's blocks come at once (automine), not
// every second. Measures:
// - slot lifecycles per minute of wall time, from the posts to the last payout (the restart
//   below not counted);
// - JSON-RPC calls (and HTTP requests) of the host per proving slot per period, over three
//   periods in which every slot proves, by method;
// - the recovery of every slot after a restart (engine and chain side destroyed and opened again
//   over the same files): wall time until the engine's start finished and until every slot is
//   proving again;
// - the longest stall of the event loop (a 5 ms QTimer probe, as the gui benchmark does) and the
//   probe's 99th-percentile gap while the slots prove, each without and with the time the harness
//   itself blocks the loop mining a block (a synchronous call to anvil: a desk's node mines on its
//   own), and the longest stall over the whole run.
// --quick: 2 requests of 2 slots (10 periods); else 4 requests of 10 slots (35 periods).
// --slots N: N slots in requests of 10, the engine selling 40 at once, a proof due in about one
// period of four (proofProbability 4); the stall and the probe's 99th-percentile gap are measured
// over three periods in which every slot proves; the run stops after the restart, whose JSON-RPC
// calls and HTTP requests it also counts.
bool runChainSellBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
