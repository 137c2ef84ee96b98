#include "core/proofs/ProofBuilder.h"

#include "core/proofs/ChallengeSelector.h"
#include "core/proofs/SlotBlocks.h"
#include "core/proofs/SlotFileReader.h"

namespace salesdesk::proofs {

Result<StorageProof> ProofBuilder::build(const MerkleTree& tree, const Hash32& challenge,
                                         const HashBlock& hashBlock) {
    StorageProof proof;
    proof.challenge = challenge;
    for (const quint64 index : ChallengeSelector::select(challenge, tree.leafCount())) {
        Result<Hash32> hash = hashBlock(index);
        if (!hash.ok())
            return hash.error();
        proof.openings.append(BlockOpening{index, *hash, tree.path(index)});
    }
    return proof;
}

Result<StorageProof> ProofBuilder::fromFile(const MerkleTree& tree, const QString& path,
                                            quint64 slotSize, const Hash32& challenge) {
    if (tree.leafCount() != blockCount(slotSize))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the tree has %1 leaves, a slot of %2 bytes has %3 blocks")
                             .arg(tree.leafCount())
                             .arg(slotSize)
                             .arg(blockCount(slotSize)));
    return build(tree, challenge,
                 [&](quint64 index) { return SlotFileReader::hashBlock(path, slotSize, index); });
}

} // namespace salesdesk::proofs
