#pragma once

#include "core/domain/FixedBytes.h"

#include <QByteArray>

namespace salesdesk {

// What is stored: the contract's `Content`.
struct StorageContent {
    // The raw binary CID (what Codex nodes put on chain), not its base58 text.
    QByteArray cid;
    // Merkle root of the dataset; storage proofs are checked against it.
    Hash32 merkleRoot;

    friend bool operator==(const StorageContent&, const StorageContent&) = default;
};

} // namespace salesdesk
