#include "core/proofs/TreeCache.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::proofs;

namespace {

SlotId slotNumber(int n) {
    QByteArray raw(32, '\0');
    raw[31] = static_cast<char>(n);
    return SlotId::fromBytes(raw);
}

std::shared_ptr<const MerkleTree> treeOf(int leaves) {
    std::vector<Hash32> hashes;
    for (int i = 0; i < leaves; ++i)
        hashes.push_back(Hash32::fromBytes(
            QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)));
    return std::make_shared<const MerkleTree>(std::move(hashes));
}

} // namespace

class TestTreeCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsOnlyTheSameSlotAndSize();
    void insertReplacesAndRemoveForgets();
    void leastRecentlyUsedGoFirstOverTheLimit();
};

void TestTreeCache::findsOnlyTheSameSlotAndSize() {
    TreeCache cache;
    const auto tree = treeOf(4);
    cache.insert(slotNumber(1), 4 * 65536, tree);
    QCOMPARE(cache.find(slotNumber(1), 4 * 65536), tree);
    QCOMPARE(cache.find(slotNumber(1), 3 * 65536), nullptr);
    QCOMPARE(cache.find(slotNumber(2), 4 * 65536), nullptr);
}

void TestTreeCache::insertReplacesAndRemoveForgets() {
    TreeCache cache;
    cache.insert(slotNumber(1), 100, treeOf(2));
    const auto newer = treeOf(3);
    cache.insert(slotNumber(1), 200, newer);
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.find(slotNumber(1), 100), nullptr);
    QCOMPARE(cache.find(slotNumber(1), 200), newer);
    QCOMPARE(cache.bytes(), newer->memoryBytes());
    cache.remove(slotNumber(1));
    QCOMPARE(cache.size(), 0);
    QCOMPARE(cache.bytes(), 0u);
}

void TestTreeCache::leastRecentlyUsedGoFirstOverTheLimit() {
    const quint64 one = treeOf(100)->memoryBytes();
    TreeCache cache(3 * one);
    for (int i = 1; i <= 3; ++i)
        cache.insert(slotNumber(i), 100, treeOf(100));
    QVERIFY(cache.find(slotNumber(1), 100) != nullptr); // slot 1 is now the most recent
    cache.insert(slotNumber(4), 100, treeOf(100));      // over the limit: slot 2 goes
    QCOMPARE(cache.size(), 3);
    QCOMPARE(cache.find(slotNumber(2), 100), nullptr);
    QVERIFY(cache.find(slotNumber(1), 100) != nullptr);
    QVERIFY(cache.find(slotNumber(3), 100) != nullptr);
    QVERIFY(cache.find(slotNumber(4), 100) != nullptr);
    QVERIFY(cache.bytes() <= 3 * one);
}

QTEST_GUILESS_MAIN(TestTreeCache)
#include "tst_treecache.moc"
