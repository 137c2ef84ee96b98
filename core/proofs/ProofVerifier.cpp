#include "core/proofs/ProofVerifier.h"

#include "core/proofs/ChallengeSelector.h"
#include "core/proofs/MerkleTree.h"
#include "core/proofs/SlotBlocks.h"

namespace salesdesk::proofs {

Result<void> checkProof(const StorageProof& proof, const Hash32& slotRoot, quint64 slotSize) {
    const quint64 blocks = blockCount(slotSize);
    if (blocks == 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a slot of 0 bytes has no blocks to prove"));
    const std::vector<quint64> expected = ChallengeSelector::select(proof.challenge, blocks);
    if (static_cast<quint64>(proof.openings.size()) != expected.size())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the proof opens %1 blocks, the challenge selects %2")
                             .arg(proof.openings.size())
                             .arg(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const BlockOpening& opening = proof.openings[static_cast<qsizetype>(i)];
        if (opening.blockIndex != expected[i])
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("opening %1 is for block %2, the challenge selects "
                                            "block %3")
                                 .arg(i)
                                 .arg(opening.blockIndex)
                                 .arg(expected[i]));
        const int needed = MerkleTree::pathLength(opening.blockIndex, blocks);
        if (opening.path.size() != needed)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("opening %1 (block %2) has a path of %3 hashes, a "
                                            "slot of %4 blocks needs %5")
                                 .arg(i)
                                 .arg(opening.blockIndex)
                                 .arg(opening.path.size())
                                 .arg(blocks)
                                 .arg(needed));
        const auto root =
            MerkleTree::rootFromPath(opening.blockHash, opening.blockIndex, blocks, opening.path);
        if (!root || *root != slotRoot)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("opening %1 (block %2) does not lead to the slot root "
                                            "%3")
                                 .arg(i)
                                 .arg(opening.blockIndex)
                                 .arg(slotRoot.toShortHex()));
    }
    return {};
}

bool verifyProof(const StorageProof& proof, const Hash32& slotRoot, quint64 slotSize) {
    return checkProof(proof, slotRoot, slotSize).ok();
}

} // namespace salesdesk::proofs
