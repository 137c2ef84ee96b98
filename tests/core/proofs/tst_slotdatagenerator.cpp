#include "core/domain/Slot.h"
#include "core/proofs/MerkleTree.h"
#include "core/proofs/ProofVerifier.h"
#include "core/proofs/SlotBlocks.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/proofs/SlotFileReader.h"
#include "core/storage/SlotDataFiles.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace salesdesk;
using namespace salesdesk::proofs;

namespace {

Hash32 sha(const QByteArray& data) {
    return Hash32::fromBytes(QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}
Hash32 sha2(const Hash32& left, const Hash32& right) {
    return sha(left.toByteArray() + right.toByteArray());
}

const RequestId kRequest = RequestId::fromBytes(sha("request").toByteArray());

// The documented format, written again from its description: xoshiro256** seeded with
// SHA-256(requestId || be64(slotIndex) || be64(blockIndex)) read as four little-endian words.
QByteArray referenceBlock(const RequestId& request, quint64 slotIndex, quint64 blockIndex,
                          quint64 length) {
    QByteArray input = request.toByteArray();
    char be[8];
    qToBigEndian<quint64>(slotIndex, be);
    input.append(be, 8);
    qToBigEndian<quint64>(blockIndex, be);
    input.append(be, 8);
    const QByteArray seed = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    quint64 s[4];
    for (int i = 0; i < 4; ++i)
        s[i] = qFromLittleEndian<quint64>(seed.constData() + 8 * i);
    const auto rotl = [](quint64 x, int k) {
        return (x << k) | (x >> (64 - k));
    };
    QByteArray out;
    while (static_cast<quint64>(out.size()) < length) {
        const quint64 result = rotl(s[1] * 5, 7) * 9;
        const quint64 t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = rotl(s[3], 45);
        char word[8];
        qToLittleEndian<quint64>(result, word);
        out.append(word, 8);
    }
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

} // namespace

class TestSlotDataGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void blocksFollowTheDocumentedFormat();
    void isDeterministicAndDependsOnEveryInput();
    void blocksAreConsecutiveBlocksAndTheLastIsShort();
    void leafHashesAreTheBlocksHashes();
    void slotRootEqualsTheRootOfTheStoredFile();
    void datasetRootIsTheRootOverSlotRoots();
    void treesAreCachedAndProofsVerify();
    void pathsAreThoseOfTheWholeTree();
    void datasetKeyIsTheRequestWithoutItsRoot();
};

void TestSlotDataGenerator::blocksFollowTheDocumentedFormat() {
    const quint64 slotSize = 3 * kBlockSize + 13; // last block: 13 bytes, not a whole word
    const SlotDataGenerator generator(kRequest, 4, slotSize);
    for (quint64 index = 0; index < 4; ++index)
        QCOMPARE(generator.block(index),
                 referenceBlock(kRequest, 4, index, blockLength(slotSize, index)));
}

void TestSlotDataGenerator::isDeterministicAndDependsOnEveryInput() {
    const quint64 slotSize = 8 * kBlockSize;
    const QByteArray block = SlotDataGenerator(kRequest, 1, slotSize).block(5);
    QCOMPARE(SlotDataGenerator(kRequest, 1, slotSize).block(5), block);
    QVERIFY(SlotDataGenerator(kRequest, 1, slotSize).block(6) != block);
    QVERIFY(SlotDataGenerator(kRequest, 2, slotSize).block(5) != block);
    const RequestId other = RequestId::fromBytes(sha("other").toByteArray());
    QVERIFY(SlotDataGenerator(other, 1, slotSize).block(5) != block);
    // The slot size only decides where the slot ends, not the bytes.
    QCOMPARE(SlotDataGenerator(kRequest, 1, 100 * kBlockSize).block(5), block);
    // Not trivially compressible: bytes are spread out.
    QVERIFY(block.count('\0') < 1000);
}

void TestSlotDataGenerator::blocksAreConsecutiveBlocksAndTheLastIsShort() {
    const quint64 slotSize = 5 * kBlockSize + 777;
    const SlotDataGenerator generator(kRequest, 0, slotSize);
    QCOMPARE(generator.blockCount(), 6u);
    QCOMPARE(generator.block(5).size(), 777);
    QCOMPARE(generator.block(4).size(), static_cast<qsizetype>(kBlockSize));
    QByteArray joined;
    for (quint64 i = 0; i < 6; ++i)
        joined += generator.block(i);
    QCOMPARE(static_cast<quint64>(joined.size()), slotSize);
    QCOMPARE(generator.blocks(0, 6), joined);
    QCOMPARE(generator.blocks(2, 100), joined.sliced(2 * kBlockSize)); // cut at the end
    QVERIFY(generator.blocks(6, 1).isEmpty());
}

void TestSlotDataGenerator::leafHashesAreTheBlocksHashes() {
    const SlotDataGenerator generator(kRequest, 3, 130 * kBlockSize + 5); // > 2 chunks of 64
    const std::vector<Hash32> leaves = generator.leafHashes();
    QCOMPARE(leaves.size(), 131u);
    for (quint64 i = 0; i < leaves.size(); ++i) {
        QCOMPARE(leaves[i], sha(generator.block(i)));
        QCOMPARE(generator.blockHash(i), leaves[i]);
    }
}

void TestSlotDataGenerator::slotRootEqualsTheRootOfTheStoredFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SlotDataFiles files(dir.path());
    const quint64 slotSize = 70 * kBlockSize + 4096;
    const SlotId slot = slotIdOf(kRequest, 1);
    const SlotDataGenerator generator(kRequest, 1, slotSize);
    quint64 offset = 0;
    for (quint64 first = 0; first < generator.blockCount(); first += 16) {
        const QByteArray data = generator.blocks(first, 16);
        SD_VERIFY_OK(files.append(slot, offset, data));
        offset += static_cast<quint64>(data.size());
    }
    QCOMPARE(offset, slotSize);

    auto tree = SlotFileReader::buildTree(files.path(slot), slotSize);
    SD_VERIFY_OK(tree);
    const Hash32 root = SlotDataGenerator::slotRoot(kRequest, 1, slotSize);
    QCOMPARE(tree->root(), root);
    // And by a computation that uses none of the code under test but the tree rule.
    std::vector<Hash32> leaves;
    const QByteArray all = test::readFile(files.path(slot));
    for (qsizetype at = 0; at < all.size(); at += kBlockSize)
        leaves.push_back(sha(all.sliced(at, std::min<qsizetype>(kBlockSize, all.size() - at))));
    QCOMPARE(MerkleTree::rootOf(leaves), root);
    QVERIFY(root != SlotDataGenerator::slotRoot(kRequest, 2, slotSize));
}

void TestSlotDataGenerator::datasetRootIsTheRootOverSlotRoots() {
    const quint64 slotSize = 3 * kBlockSize;
    const Hash32 r0 = SlotDataGenerator::slotRoot(kRequest, 0, slotSize);
    const Hash32 r1 = SlotDataGenerator::slotRoot(kRequest, 1, slotSize);
    const Hash32 r2 = SlotDataGenerator::slotRoot(kRequest, 2, slotSize);
    QCOMPARE(SlotDataGenerator::slotRoots(kRequest, 3, slotSize),
             (std::vector<Hash32>{r0, r1, r2}));
    QCOMPARE(SlotDataGenerator::datasetRoot(kRequest, 3, slotSize), sha2(sha2(r0, r1), r2));
    QCOMPARE(SlotDataGenerator::datasetRoot(kRequest, 1, slotSize), r0);
    QVERIFY(SlotDataGenerator::datasetRoot(kRequest, 3, slotSize + 1) !=
            SlotDataGenerator::datasetRoot(kRequest, 3, slotSize));
}

void TestSlotDataGenerator::treesAreCachedAndProofsVerify() {
    const quint64 slotSize = 9 * kBlockSize;
    const RequestId request = RequestId::fromBytes(sha("cached").toByteArray());
    SlotDataGenerator::treeCache().remove(slotIdOf(request, 0));
    QCOMPARE(SlotDataGenerator::treeCache().find(slotIdOf(request, 0), slotSize), nullptr);
    const Hash32 root = SlotDataGenerator::slotRoot(request, 0, slotSize);
    const auto cached = SlotDataGenerator::treeCache().find(slotIdOf(request, 0), slotSize);
    QVERIFY(cached != nullptr);
    QCOMPARE(cached->root(), root);
    QVERIFY(SlotDataGenerator(request, 0, slotSize).hasCachedTree());
    QVERIFY(!SlotDataGenerator(request, 1, slotSize).hasCachedTree());
    const StorageProof proof = proveFromGenerator(request, 0, slotSize, sha("c"));
    QVERIFY(verifyProof(proof, root, slotSize));
    // The block hashes in the proof are those of the generated blocks.
    for (const BlockOpening& opening : proof.openings)
        QCOMPARE(opening.blockHash,
                 SlotDataGenerator(request, 0, slotSize).blockHash(opening.blockIndex));
}

// Only the levels from groups of blocks up are kept; a path made from them and a group hashed again
// is the path of the slot's whole tree, for every block, also in a short last group.
void TestSlotDataGenerator::pathsAreThoseOfTheWholeTree() {
    constexpr quint64 group = SlotDataGenerator::kBlocksPerGroup;
    for (const quint64 slotSize :
         {quint64{1}, kBlockSize, 63 * kBlockSize + 5, group * kBlockSize, (group + 1) * kBlockSize,
          3 * group * kBlockSize + 100, (4 * group + 3) * kBlockSize}) {
        const SlotDataGenerator generator(kRequest, 4, slotSize);
        const MerkleTree whole(generator.leafHashes());
        QCOMPARE(generator.groupTree()->root(), whole.root());
        QCOMPARE(generator.groupTree()->leafCount(), (generator.blockCount() + group - 1) / group);
        for (quint64 i = 0; i < generator.blockCount(); ++i)
            QCOMPARE(generator.path(i), whole.path(i));
        QVERIFY(generator.path(generator.blockCount()).isEmpty());
    }
}

void TestSlotDataGenerator::datasetKeyIsTheRequestWithoutItsRoot() {
    StorageRequest request;
    request.ask.slots = 2;
    request.ask.slotSize = 1024;
    request.content.cid = QByteArrayLiteral("cid");
    const RequestId withoutRoot = request.id();
    QCOMPARE(SlotDataGenerator::datasetKey(request), withoutRoot);
    // The root a client computes from that data does not change which data it is.
    request.content.merkleRoot = SlotDataGenerator::datasetRoot(withoutRoot, 2, 1024);
    QVERIFY(request.id() != withoutRoot);
    QCOMPARE(SlotDataGenerator::datasetKey(request), withoutRoot);
    // Anything else in the request does.
    request.nonce = Nonce::fromBytes(QByteArray(32, '\x01'));
    QVERIFY(SlotDataGenerator::datasetKey(request) != withoutRoot);
}

QTEST_GUILESS_MAIN(TestSlotDataGenerator)
#include "tst_slotdatagenerator.moc"
