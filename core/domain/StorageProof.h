#pragma once

#include "core/domain/FixedBytes.h"

#include <QList>

namespace salesdesk {

// One challenged block of a slot: its SHA-256 hash, computed from the bytes on disk, and the
// sibling hashes from the leaf up to the slot's Merkle root.
struct BlockOpening {
    quint64 blockIndex = 0;
    Hash32 blockHash;
    QList<Hash32> path;
    friend bool operator==(const BlockOpening&, const BlockOpening&) = default;
};

// The answer to a challenge for one slot. The simulated market verifies it against the slot's
// Merkle root; a chain backend will carry a Groth16 proof instead.
struct StorageProof {
    Hash32 challenge;
    QList<BlockOpening> openings;
    bool isEmpty() const { return openings.isEmpty(); }
    friend bool operator==(const StorageProof&, const StorageProof&) = default;
};

} // namespace salesdesk
