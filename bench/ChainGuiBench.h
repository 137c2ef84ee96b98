#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// The real application on a local test chain, as `salesdesk --market local-chain` runs it: a
// Desk opened by Desk::openLocalChain (anvil with our contracts, the demo clients and their data
// server, the host downloading, checking and writing every slot) on an AcceleratedClock, and the
// real main window shown at 1280x800, cycling through Dashboard, Sales, Events and Wallet. The
// clients post `--slots` slots (default 1,000; --quick: 20) in requests of 10; once every slot
// the host took proves, the event loop's stalls are measured for three proof periods (a proof is
// due about one period of four) with a 2 ms precise timer. `--speed` sets the clock's speed
// (default 5: a proof period of 60 s in 12 s, about 21 proofs a second; --quick: 10). The host
// sells 40 slots at once. The goal: no stall over
// 33 ms while 1,000 slots prove. Needs a BenchApplication (QApplication); offscreen is fine.
bool runChainGuiBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
