#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// chain-gas: the gas our Marketplace charges a host, read from the receipts of the transactions
// our client sends on a local anvil (the chain tests' MarketplaceSession): reserveSlot, fillSlot,
// submitProof, markProofAsMissing and freeSlot, for slots of six 64 KiB blocks and (not in quick
// mode) of 1 GiB, against the goals of at most 200,000 gas for fillSlot and 80,000 for
// submitProof.
bool runChainGasBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
