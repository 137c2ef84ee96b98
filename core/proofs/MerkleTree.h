#pragma once

#include "core/domain/FixedBytes.h"

#include <QList>

#include <optional>
#include <vector>

namespace salesdesk::proofs {

// A binary SHA-256 Merkle tree, all levels kept so paths are cheap.
//
// Rule: a level of n nodes gives the next level ceil(n / 2) nodes: node j is
// SHA-256(node 2j || node 2j+1), and when n is odd the last node is promoted to the next level
// unchanged (it is not hashed with itself or with zeros). The root is the single node of the top
// level: one leaf is its own root; no leaves give the all-zero hash.
//
// A path lists the sibling hashes from the leaf up, with nothing for the levels where the node is
// promoted, so its length depends on the index and the leaf count (pathLength()). The verifier
// knows both, so the shape of the tree is fixed and a path cannot be replayed at another index.
// Leaves and inner nodes are not domain-separated: with the shape fixed by the leaf count, an
// inner node can never be presented as a leaf.
class MerkleTree {
public:
    MerkleTree() = default; // no leaves; root() is zero
    explicit MerkleTree(std::vector<Hash32> leaves);

    quint64 leafCount() const { return m_levels.empty() ? 0 : m_levels.front().size(); }
    bool isEmpty() const { return leafCount() == 0; }
    Hash32 root() const { return m_levels.empty() ? Hash32() : m_levels.back().front(); }
    const std::vector<Hash32>& leaves() const;
    // Sibling hashes from leaf `index` up to the root. Empty when index >= leafCount().
    QList<Hash32> path(quint64 index) const;
    // Bytes of hashes held (about 2 × 32 bytes per leaf).
    quint64 memoryBytes() const;

    // The root without keeping the levels.
    static Hash32 rootOf(std::vector<Hash32> leaves);
    // The root that `path` leads to from `leaf` at `index` in a tree of `leafCount` leaves, or
    // nothing when the index is out of range or the path has the wrong length for that place.
    static std::optional<Hash32> rootFromPath(const Hash32& leaf, quint64 index, quint64 leafCount,
                                              const QList<Hash32>& path);
    // How many hashes the path of `index` has in a tree of `leafCount` leaves.
    static int pathLength(quint64 index, quint64 leafCount);

    friend bool operator==(const MerkleTree&, const MerkleTree&) = default;

private:
    std::vector<std::vector<Hash32>> m_levels; // [0] the leaves … back() the root alone
};

} // namespace salesdesk::proofs
