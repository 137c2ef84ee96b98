#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageProof.h"

#include <QtGlobal>

namespace salesdesk::proofs {

// Checks a StorageProof against the slot's Merkle root: the proof has one opening per block the
// challenge selects (ChallengeSelector), in that order, and each opening's path leads from its
// block hash at its index to `slotRoot` in the tree of blockCount(slotSize) leaves (MerkleTree).
// The error says which opening fails and why, for logs and market messages.
Result<void> checkProof(const StorageProof& proof, const Hash32& slotRoot, quint64 slotSize);

// checkProof(...).ok().
bool verifyProof(const StorageProof& proof, const Hash32& slotRoot, quint64 slotSize);

} // namespace salesdesk::proofs
