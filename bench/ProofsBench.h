#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// Storage proofs on one slot of generated data written to a temporary file (1 GiB; --quick:
// 16 MiB): our tree building (leaf hashes + Merkle root, all cores) next to `sha256sum` over the
// same file in the same run, both from the page cache; then the time to answer one challenge
// through the asynchronous Prover with the slot's tree kept, and to verify the answer.
bool runProofsBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
