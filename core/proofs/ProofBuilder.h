#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageProof.h"
#include "core/proofs/MerkleTree.h"

#include <QString>

#include <functional>

namespace salesdesk::proofs {

// Assembles the answer to a challenge: for each block the challenge selects, the block's hash as
// hashBlock() computes it now and the block's path in the slot's tree. The paths come from the
// tree (cached since the slot was stored), the hashes from the data (re-read every time), so
// data that changed since the tree was built gives a proof that does not verify.
class ProofBuilder {
public:
    using HashBlock = std::function<Result<Hash32>(quint64 blockIndex)>;

    // The first error of hashBlock() is the result.
    static Result<StorageProof> build(const MerkleTree& tree, const Hash32& challenge,
                                      const HashBlock& hashBlock);
    // Reads the challenged blocks from the first `slotSize` bytes of the file at `path`.
    // InvalidArgument when the tree is not one of a slot of that size; NotFound or Io when a
    // challenged block cannot be read (missing or short file).
    static Result<StorageProof> fromFile(const MerkleTree& tree, const QString& path,
                                         quint64 slotSize, const Hash32& challenge);
};

} // namespace salesdesk::proofs
