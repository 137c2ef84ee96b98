#include "core/proofs/MerkleTree.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::proofs;

namespace {

// The reference: Qt's SHA-256, not the code under test.
Hash32 h(const QByteArray& data) {
    return Hash32::fromBytes(QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}
Hash32 h2(const Hash32& left, const Hash32& right) {
    return h(left.toByteArray() + right.toByteArray());
}

std::vector<Hash32> leavesOf(int count) {
    std::vector<Hash32> leaves;
    for (int i = 0; i < count; ++i)
        leaves.push_back(h(QByteArray("block ") + QByteArray::number(i)));
    return leaves;
}

Hash32 flipped(Hash32 hash) {
    QByteArray raw = hash.toByteArray();
    raw[5] = static_cast<char>(raw[5] ^ 0x01);
    return Hash32::fromBytes(raw);
}

} // namespace

class TestMerkleTree : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rootsOfOneToFiveLeavesByHand();
    void emptyTreeHasZeroRoot();
    void rootOfEqualsTreeRoot();
    void everyPathLeadsToTheRoot_data();
    void everyPathLeadsToTheRoot();
    void tamperedLeafPathOrIndexIsRejected();
    void wrongPathLengthIsRejected();
    void pathLengthSkipsPromotedLevels();
};

void TestMerkleTree::rootsOfOneToFiveLeavesByHand() {
    const std::vector<Hash32> l = leavesOf(5);
    const auto a = l[0], b = l[1], c = l[2], d = l[3], e = l[4];
    // One leaf is its own root; an odd node is promoted unchanged.
    QCOMPARE(MerkleTree({a}).root(), a);
    QCOMPARE(MerkleTree({a, b}).root(), h2(a, b));
    QCOMPARE(MerkleTree({a, b, c}).root(), h2(h2(a, b), c));
    QCOMPARE(MerkleTree({a, b, c, d}).root(), h2(h2(a, b), h2(c, d)));
    // Level 1: [ab, cd, e]; level 2: [H(ab, cd), e]; root: H(H(ab, cd), e).
    QCOMPARE(MerkleTree({a, b, c, d, e}).root(), h2(h2(h2(a, b), h2(c, d)), e));
    // Not "duplicate the odd node" nor "pad with zeros".
    QVERIFY(MerkleTree({a, b, c}).root() != h2(h2(a, b), h2(c, c)));
    QVERIFY(MerkleTree({a, b, c}).root() != h2(h2(a, b), h2(c, Hash32())));
}

void TestMerkleTree::emptyTreeHasZeroRoot() {
    QVERIFY(MerkleTree().root().isZero());
    QVERIFY(MerkleTree(std::vector<Hash32>{}).root().isZero());
    QVERIFY(MerkleTree::rootOf({}).isZero());
    QCOMPARE(MerkleTree().leafCount(), 0u);
    QVERIFY(MerkleTree().path(0).isEmpty());
}

void TestMerkleTree::rootOfEqualsTreeRoot() {
    for (int n : {1, 2, 3, 7, 8, 9, 31, 100}) {
        const auto leaves = leavesOf(n);
        QCOMPARE(MerkleTree::rootOf(leaves), MerkleTree(leaves).root());
    }
}

void TestMerkleTree::everyPathLeadsToTheRoot_data() {
    QTest::addColumn<int>("leafCount");
    for (int n : {1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 16, 17, 33, 100, 257})
        QTest::addRow("%d leaves", n) << n;
}

void TestMerkleTree::everyPathLeadsToTheRoot() {
    QFETCH(int, leafCount);
    const auto leaves = leavesOf(leafCount);
    const MerkleTree tree(leaves);
    QCOMPARE(tree.leafCount(), static_cast<quint64>(leafCount));
    for (quint64 i = 0; i < tree.leafCount(); ++i) {
        const QList<Hash32> path = tree.path(i);
        QCOMPARE(path.size(), MerkleTree::pathLength(i, tree.leafCount()));
        const auto root = MerkleTree::rootFromPath(leaves[i], i, tree.leafCount(), path);
        QVERIFY(root.has_value());
        QCOMPARE(*root, tree.root());
    }
    QVERIFY(tree.path(tree.leafCount()).isEmpty());
}

void TestMerkleTree::tamperedLeafPathOrIndexIsRejected() {
    const auto leaves = leavesOf(13);
    const MerkleTree tree(leaves);
    const quint64 n = tree.leafCount();
    for (quint64 i = 0; i < n; ++i) {
        const QList<Hash32> path = tree.path(i);
        // Another leaf at this index.
        QVERIFY(MerkleTree::rootFromPath(flipped(leaves[i]), i, n, path) != tree.root());
        // Each path element changed in turn.
        for (qsizetype p = 0; p < path.size(); ++p) {
            QList<Hash32> bad = path;
            bad[p] = flipped(bad[p]);
            QVERIFY(MerkleTree::rootFromPath(leaves[i], i, n, bad) != tree.root());
        }
        // The right leaf and path claimed for another index.
        for (quint64 other = 0; other < n; ++other) {
            if (other == i)
                continue;
            QVERIFY(MerkleTree::rootFromPath(leaves[i], other, n, path) != tree.root());
        }
    }
    // Out of range.
    QVERIFY(!MerkleTree::rootFromPath(leaves[0], n, n, tree.path(0)).has_value());
}

void TestMerkleTree::wrongPathLengthIsRejected() {
    const auto leaves = leavesOf(8);
    const MerkleTree tree(leaves);
    QList<Hash32> longer = tree.path(3);
    longer.append(tree.root());
    QVERIFY(!MerkleTree::rootFromPath(leaves[3], 3, 8, longer).has_value());
    QList<Hash32> shorter = tree.path(3);
    shorter.removeLast();
    QVERIFY(!MerkleTree::rootFromPath(leaves[3], 3, 8, shorter).has_value());
}

void TestMerkleTree::pathLengthSkipsPromotedLevels() {
    // 5 leaves: leaf 4 is promoted twice and meets H(ab, cd) at the top.
    QCOMPARE(MerkleTree::pathLength(4, 5), 1);
    QCOMPARE(MerkleTree::pathLength(0, 5), 3);
    QCOMPARE(MerkleTree::pathLength(0, 1), 0);
    QCOMPARE(MerkleTree::pathLength(0, 16384), 14);
    const auto leaves = leavesOf(5);
    const MerkleTree tree(leaves);
    QCOMPARE(tree.path(4), QList<Hash32>{h2(h2(leaves[0], leaves[1]), h2(leaves[2], leaves[3]))});
}

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "tst_merkletree.moc"
