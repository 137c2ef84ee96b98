#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/StorageProof.h"
#include "core/domain/StorageRequest.h"
#include "core/proofs/MerkleTree.h"
#include "core/proofs/TreeCache.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace salesdesk::proofs {

// The simulated dataset: the bytes a simulated client "uploads" and a simulated host "downloads"
// for slot `slotIndex` of request `requestId`, without either of them keeping them. Any block can
// be made on its own, fast: block i is the output of xoshiro256** seeded with
// SHA-256(requestId || uint64_be(slotIndex) || uint64_be(i)), written as little-endian 64-bit
// words and cut to the block's length (the last block may be short). Deterministic on every
// platform.
//
// Roots and trees are computed from these bytes with the same rules as for data on disk
// (SlotBlocks, MerkleTree), so a host that stores the generated data proves against slotRoot().
//
// Generated data can be made again at will, so its tree is not kept whole: only the levels from
// groups of kBlocksPerGroup blocks (1 MiB) up are kept (groupTree()), in a process-wide cache
// (TreeCache, 64 MiB of hashes: the trees of about 1 TiB of generated slots, least recently used
// go first). Node j of the kept tree's bottom level is node j of level log2(kBlocksPerGroup) of
// the slot's tree: the root of group j on its own, because the tree's rule (an odd last node is
// promoted) gives every level below the group the same shape in both. A path is then the
// challenged group made and hashed again (a few ms) plus the kept tree's path from the
// group: after slotRoot(), a proof costs a few groups, never the whole slot again.
class SlotDataGenerator {
public:
    SlotDataGenerator(const RequestId& requestId, quint64 slotIndex, quint64 slotSize);

    const RequestId& requestId() const { return m_requestId; }
    quint64 slotIndex() const { return m_slotIndex; }
    quint64 slotSize() const { return m_slotSize; }
    quint64 blockCount() const;
    quint64 blockLength(quint64 index) const;

    // Writes the blockLength(index) bytes of block `index` to `out`.
    void fillBlock(quint64 index, char* out) const;
    QByteArray block(quint64 index) const;
    // Blocks [first, first + count) back to back (cut at the end of the slot): for writers.
    QByteArray blocks(quint64 first, quint64 count) const;
    Hash32 blockHash(quint64 index) const;

    // Blocks per group: the kept tree's leaves are the roots of groups of this many blocks.
    static constexpr quint64 kBlocksPerGroup = 16;

    // Every block's hash, generated and hashed on all cores.
    std::vector<Hash32> leafHashes() const;
    // The roots of the groups of kBlocksPerGroup blocks (the last may be shorter), on all cores.
    std::vector<Hash32> groupRoots() const;
    // The tree over groupRoots(), from the cache or computed (and cached). Its root is the
    // slot's root.
    std::shared_ptr<const MerkleTree> groupTree() const;
    // Whether groupTree() would come from the cache (or the slot is empty): no whole-slot hashing.
    bool hasCachedTree() const;
    // Block `index`'s sibling hashes up to the slot's root, as MerkleTree::path() of the slot's
    // whole tree gives them: its group made and hashed again, then groupTree()'s path. Empty when
    // index >= blockCount().
    QList<Hash32> path(quint64 index) const;

    // The Merkle root of the slot's generated data. Costs generating and hashing the slot (about
    // 0.5 s per GiB on two cores) unless the tree is cached.
    static Hash32 slotRoot(const RequestId& requestId, quint64 slotIndex, quint64 slotSize);
    // slotRoot() of slots 0 … slots-1.
    static std::vector<Hash32> slotRoots(const RequestId& requestId, quint64 slots,
                                         quint64 slotSize);
    // The dataset's content.merkleRoot: the Merkle root (same rule) over the slot roots.
    static Hash32 datasetRoot(const RequestId& requestId, quint64 slots, quint64 slotSize);

    // Which data a request's slots hold: the id the request has with a zero content.merkleRoot.
    // A simulated client hashes that data into content.merkleRoot before the request exists
    // (its id hashes the root), and hosts and market find the same bytes from the request, so
    // the client's hashing also fills the tree cache for the host's proofs.
    static RequestId datasetKey(const StorageRequest& request);

    // The process-wide cache of generated trees.
    static TreeCache& treeCache();

private:
    RequestId m_requestId;
    quint64 m_slotIndex = 0;
    quint64 m_slotSize = 0;
};

// The proof for `challenge` computed from the generator instead of the disk (for runs that do not
// store data): each challenged block's group is made and hashed again, the rest of its path comes
// from groupTree() (computed once, then cached). Valid against slotRoot(); a slot of 0 bytes
// gives an empty proof. Synchronous: costs generating and hashing the whole slot unless its group
// tree is cached, then three groups (Prover runs it off-thread either way).
StorageProof proveFromGenerator(const RequestId& requestId, quint64 slotIndex, quint64 slotSize,
                                const Hash32& challenge);

} // namespace salesdesk::proofs
