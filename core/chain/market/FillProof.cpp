#include "core/chain/market/FillProof.h"

#include "core/proofs/MerkleTree.h"

namespace salesdesk {

Result<FillProof> makeFillProof(const std::vector<Hash32>& slotRoots, quint64 slotIndex,
                                StorageProof proof) {
    if (slotIndex >= slotRoots.size())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("fill proof: slot index %1 is past the request's %2 slots")
                             .arg(slotIndex)
                             .arg(slotRoots.size()));
    const proofs::MerkleTree tree(slotRoots);
    FillProof fill;
    fill.slotRoot = slotRoots[slotIndex];
    fill.slotPath = tree.path(slotIndex);
    fill.proof = std::move(proof);
    return fill;
}

} // namespace salesdesk
