#include "core/proofs/SlotDataGenerator.h"

#include "core/domain/Slot.h"
#include "core/proofs/ChallengeSelector.h"
#include "core/proofs/ParallelChunks.h"
#include "core/proofs/Sha256.h"
#include "core/proofs/SlotBlocks.h"

#include <QtEndian>

#include <array>
#include <cstdint>
#include <cstring>

namespace salesdesk::proofs {

namespace {

// 64 MiB of hashes: the group trees of about 1 TiB of generated slots (64 KiB per GiB).
constexpr quint64 kCacheBytes = 64ull * 1024 * 1024;

// xoshiro256** (Blackman and Vigna, 2018), written from its published definition.
class Xoshiro256StarStar {
public:
    explicit Xoshiro256StarStar(const Hash32& seed) {
        for (int i = 0; i < 4; ++i)
            m_s[i] = qFromLittleEndian<quint64>(seed.bytes().data() + 8 * i);
        if ((m_s[0] | m_s[1] | m_s[2] | m_s[3]) == 0)
            m_s[0] = 1; // the all-zero state is the generator's only fixed point
    }

    quint64 next() {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

Hash32 blockSeed(const RequestId& requestId, quint64 slotIndex, quint64 blockIndex) {
    std::array<std::uint8_t, 48> input{};
    std::copy(requestId.bytes().begin(), requestId.bytes().end(), input.begin());
    qToBigEndian<quint64>(slotIndex, input.data() + 32);
    qToBigEndian<quint64>(blockIndex, input.data() + 40);
    return Sha256::hash(input.data(), input.size());
}

} // namespace

SlotDataGenerator::SlotDataGenerator(const RequestId& requestId, quint64 slotIndex,
                                     quint64 slotSize)
    : m_requestId(requestId)
    , m_slotIndex(slotIndex)
    , m_slotSize(slotSize) {}

quint64 SlotDataGenerator::blockCount() const {
    return proofs::blockCount(m_slotSize);
}

quint64 SlotDataGenerator::blockLength(quint64 index) const {
    return proofs::blockLength(m_slotSize, index);
}

void SlotDataGenerator::fillBlock(quint64 index, char* out) const {
    const quint64 length = blockLength(index);
    Xoshiro256StarStar random(blockSeed(m_requestId, m_slotIndex, index));
    const quint64 words = length / 8;
    for (quint64 w = 0; w < words; ++w)
        qToLittleEndian<quint64>(random.next(), out + 8 * w);
    if (const quint64 rest = length % 8; rest != 0) {
        std::array<char, 8> last{};
        qToLittleEndian<quint64>(random.next(), last.data());
        std::memcpy(out + 8 * words, last.data(), rest);
    }
}

QByteArray SlotDataGenerator::block(quint64 index) const {
    QByteArray bytes(static_cast<qsizetype>(blockLength(index)), Qt::Uninitialized);
    fillBlock(index, bytes.data());
    return bytes;
}

QByteArray SlotDataGenerator::blocks(quint64 first, quint64 count) const {
    const quint64 end = std::min(blockCount(), first + count);
    quint64 total = 0;
    for (quint64 i = first; i < end; ++i)
        total += blockLength(i);
    QByteArray bytes(static_cast<qsizetype>(total), Qt::Uninitialized);
    char* out = bytes.data();
    for (quint64 i = first; i < end; ++i) {
        fillBlock(i, out);
        out += blockLength(i);
    }
    return bytes;
}

Hash32 SlotDataGenerator::blockHash(quint64 index) const {
    std::vector<char> buffer(blockLength(index));
    fillBlock(index, buffer.data());
    return Sha256::hash(buffer.data(), buffer.size());
}

std::vector<Hash32> SlotDataGenerator::leafHashes() const {
    std::vector<Hash32> leaves(blockCount());
    forEachChunk(blockCount(), kBlocksPerGroup, [&](quint64 first, quint64 count) {
        std::vector<char> buffer(kBlockSize);
        Sha256 hasher;
        for (quint64 i = first; i < first + count; ++i) {
            fillBlock(i, buffer.data());
            hasher.add(buffer.data(), blockLength(i));
            leaves[i] = hasher.finish();
        }
    });
    return leaves;
}

namespace {

quint64 groupCount(quint64 blocks) {
    return blocks / SlotDataGenerator::kBlocksPerGroup +
           (blocks % SlotDataGenerator::kBlocksPerGroup != 0 ? 1 : 0);
}

// The hashes of blocks [first, first + count), made one after the other in one buffer.
std::vector<Hash32> hashBlocks(const SlotDataGenerator& generator, quint64 first, quint64 count) {
    std::vector<Hash32> hashes(count);
    std::vector<char> buffer(kBlockSize);
    Sha256 hasher;
    for (quint64 i = 0; i < count; ++i) {
        generator.fillBlock(first + i, buffer.data());
        hasher.add(buffer.data(), generator.blockLength(first + i));
        hashes[i] = hasher.finish();
    }
    return hashes;
}

} // namespace

std::vector<Hash32> SlotDataGenerator::groupRoots() const {
    const quint64 blocks = blockCount();
    std::vector<Hash32> roots(groupCount(blocks));
    forEachChunk(roots.size(), 4, [&](quint64 first, quint64 count) { // 4 MiB a work item
        for (quint64 g = first; g < first + count; ++g) {
            const quint64 start = g * kBlocksPerGroup;
            const quint64 length = std::min(kBlocksPerGroup, blocks - start);
            roots[g] = MerkleTree::rootOf(hashBlocks(*this, start, length));
        }
    });
    return roots;
}

std::shared_ptr<const MerkleTree> SlotDataGenerator::groupTree() const {
    const SlotId slot = slotIdOf(m_requestId, m_slotIndex);
    if (auto cached = treeCache().find(slot, m_slotSize))
        return cached;
    auto built = std::make_shared<const MerkleTree>(groupRoots());
    treeCache().insert(slot, m_slotSize, built);
    return built;
}

QList<Hash32> SlotDataGenerator::path(quint64 index) const {
    const quint64 blocks = blockCount();
    if (index >= blocks)
        return {};
    const quint64 group = index / kBlocksPerGroup;
    const quint64 start = group * kBlocksPerGroup;
    const MerkleTree inGroup(hashBlocks(*this, start, std::min(kBlocksPerGroup, blocks - start)));
    QList<Hash32> path = inGroup.path(index - start);
    path.append(groupTree()->path(group));
    return path;
}

RequestId SlotDataGenerator::datasetKey(const StorageRequest& request) {
    if (request.content.merkleRoot == Hash32())
        return request.id();
    StorageRequest keyed = request;
    keyed.content.merkleRoot = Hash32();
    return keyed.id();
}

bool SlotDataGenerator::hasCachedTree() const {
    return blockCount() == 0 ||
           treeCache().find(slotIdOf(m_requestId, m_slotIndex), m_slotSize) != nullptr;
}

Hash32 SlotDataGenerator::slotRoot(const RequestId& requestId, quint64 slotIndex,
                                   quint64 slotSize) {
    return SlotDataGenerator(requestId, slotIndex, slotSize).groupTree()->root();
}

std::vector<Hash32> SlotDataGenerator::slotRoots(const RequestId& requestId, quint64 slots,
                                                 quint64 slotSize) {
    std::vector<Hash32> roots(slots);
    // Slots in parallel too, not only the blocks within each: a slot smaller than one chunk of
    // blocks would otherwise keep the other cores idle.
    forEachChunk(slots, 1, [&](quint64 first, quint64 count) {
        for (quint64 i = first; i < first + count; ++i)
            roots[i] = slotRoot(requestId, i, slotSize);
    });
    return roots;
}

Hash32 SlotDataGenerator::datasetRoot(const RequestId& requestId, quint64 slots, quint64 slotSize) {
    return MerkleTree::rootOf(slotRoots(requestId, slots, slotSize));
}

TreeCache& SlotDataGenerator::treeCache() {
    static TreeCache cache(kCacheBytes);
    return cache;
}

StorageProof proveFromGenerator(const RequestId& requestId, quint64 slotIndex, quint64 slotSize,
                                const Hash32& challenge) {
    const SlotDataGenerator generator(requestId, slotIndex, slotSize);
    StorageProof proof{challenge, {}};
    if (generator.blockCount() == 0)
        return proof;
    generator.groupTree(); // once, before the paths that need it
    for (const quint64 index : ChallengeSelector::select(challenge, generator.blockCount()))
        proof.openings.append(
            BlockOpening{index, generator.blockHash(index), generator.path(index)});
    return proof;
}

} // namespace salesdesk::proofs
