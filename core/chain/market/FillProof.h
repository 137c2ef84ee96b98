#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageProof.h"

#include <QList>

#include <vector>

namespace salesdesk {

// What fillSlot carries on chain (contracts/StorageProof.sol, FillProof): the host's slot root,
// its path up to the request's content.merkleRoot in the tree over every slot's root, and the
// storage proof for the slot's current challenge against that slot root.
struct FillProof {
    Hash32 slotRoot;
    QList<Hash32> slotPath;
    StorageProof proof;
    friend bool operator==(const FillProof&, const FillProof&) = default;
};

// The fill proof of slot `slotIndex`, given the roots of all the request's slots (slot 0 first:
// the leaves of the tree whose root is content.merkleRoot) and the storage proof. An index past
// the roots is an InvalidArgument error.
Result<FillProof> makeFillProof(const std::vector<Hash32>& slotRoots, quint64 slotIndex,
                                StorageProof proof);

} // namespace salesdesk
