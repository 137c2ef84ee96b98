#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/proofs/SlotDataSource.h"

#include <QList>

#include <functional>

class QObject;

namespace salesdesk::transfer {

// Where a slot sits in its request's content: content.merkleRoot is the Merkle root over the
// slots' roots in slot order (proofs::MerkleTree), and the client publishes for each slot the
// path from its root up to it (the FillProof's slotPath on the chain).
struct SlotPlacement {
    Hash32 contentRoot;     // the request's content.merkleRoot
    quint64 slotIndex = 0;  // the slot's leaf in that tree
    quint64 slots = 0;      // the request's ask.slots: the tree's leaf count
    QList<Hash32> slotPath; // sibling hashes from the slot root upward
};

// Checks that downloaded slot data is the data the request is about: the slot's root (the Merkle
// root over its 64 KiB blocks, computed by the proofs code) must lead with the published path to
// the request's content root at leaf slotIndex, by the rule the marketplace applies when the slot
// is filled (MerkleTree::rootFromPath). The errors name the computed slot root and the content
// root, so a log line says which data was wrong.
class SlotRootCheck {
public:
    using Callback = std::function<void(Result<Hash32>)>;

    // Only the path: fast, any thread. Use it with Prover::buildTree's root, which also keeps the
    // slot's tree for the proofs that follow (the file is then read once).
    static Result<void> check(const Hash32& slotRoot, const SlotPlacement& placement);

    // Reads and hashes the slot's data (SlotFileReader on all cores, or the generator's tree),
    // then check(); answers the slot root. Blocking: call it off the GUI thread.
    static Result<Hash32> computeAndCheck(const proofs::SlotDataSource& source,
                                          const SlotPlacement& placement);

    // computeAndCheck() on the HashingPool (QtConcurrent), out of the proofs' way; the callback
    // runs on the calling thread, which needs an event loop, and never once `context` is
    // destroyed (a null context: it always runs).
    static void start(const proofs::SlotDataSource& source, const SlotPlacement& placement,
                      const QObject* context, Callback callback);
};

} // namespace salesdesk::transfer
