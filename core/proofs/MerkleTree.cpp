#include "core/proofs/MerkleTree.h"

#include "core/proofs/Sha256.h"

namespace salesdesk::proofs {

namespace {

std::vector<Hash32> parentLevel(const std::vector<Hash32>& level) {
    std::vector<Hash32> parents;
    parents.reserve((level.size() + 1) / 2);
    for (std::size_t i = 0; i + 1 < level.size(); i += 2)
        parents.push_back(Sha256::hashPair(level[i], level[i + 1]));
    if (level.size() % 2 == 1)
        parents.push_back(level.back()); // the odd node is promoted unchanged
    return parents;
}

} // namespace

MerkleTree::MerkleTree(std::vector<Hash32> leaves) {
    if (leaves.empty())
        return;
    m_levels.push_back(std::move(leaves));
    while (m_levels.back().size() > 1)
        m_levels.push_back(parentLevel(m_levels.back()));
}

const std::vector<Hash32>& MerkleTree::leaves() const {
    static const std::vector<Hash32> none;
    return m_levels.empty() ? none : m_levels.front();
}

QList<Hash32> MerkleTree::path(quint64 index) const {
    QList<Hash32> siblings;
    if (index >= leafCount())
        return siblings;
    for (std::size_t level = 0; level + 1 < m_levels.size(); ++level) {
        const std::vector<Hash32>& nodes = m_levels[level];
        const quint64 sibling = index ^ 1;
        if (sibling < nodes.size())
            siblings.append(nodes[sibling]);
        index /= 2;
    }
    return siblings;
}

quint64 MerkleTree::memoryBytes() const {
    quint64 bytes = 0;
    for (const auto& level : m_levels)
        bytes += level.capacity() * sizeof(Hash32);
    return bytes;
}

Hash32 MerkleTree::rootOf(std::vector<Hash32> leaves) {
    if (leaves.empty())
        return {};
    while (leaves.size() > 1)
        leaves = parentLevel(leaves);
    return leaves.front();
}

std::optional<Hash32> MerkleTree::rootFromPath(const Hash32& leaf, quint64 index, quint64 leafCount,
                                               const QList<Hash32>& path) {
    if (index >= leafCount || path.size() != pathLength(index, leafCount))
        return std::nullopt;
    Hash32 node = leaf;
    qsizetype used = 0;
    for (quint64 width = leafCount; width > 1; width = (width + 1) / 2, index /= 2) {
        const quint64 sibling = index ^ 1;
        if (sibling >= width)
            continue; // promoted: no sibling at this level
        const Hash32& other = path[used++];
        node = (index % 2 == 0) ? Sha256::hashPair(node, other) : Sha256::hashPair(other, node);
    }
    return node;
}

int MerkleTree::pathLength(quint64 index, quint64 leafCount) {
    if (index >= leafCount)
        return 0;
    int length = 0;
    for (quint64 width = leafCount; width > 1; width = (width + 1) / 2, index /= 2)
        if ((index ^ 1) < width)
            ++length;
    return length;
}

} // namespace salesdesk::proofs
