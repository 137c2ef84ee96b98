#include "core/proofs/MerkleTree.h"
#include "core/proofs/SlotBlocks.h"
#include "core/proofs/SlotFileReader.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::proofs;

namespace {

Hash32 sha(const QByteArray& data) {
    return Hash32::fromBytes(QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

QByteArray someBytes(qsizetype size, quint32 seed) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestSlotFileReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void leafHashesAreEveryBlocksHash();
    void bytesPastTheSlotAreIgnored();
    void missingFileIsNotFound();
    void shortFileIsAnIoError();
    void readBlockReadsOneBlockAndStopsAtTheEnd();
    void emptySlotHasAnEmptyTree();

private:
    QTemporaryDir m_dir;
};

void TestSlotFileReader::leafHashesAreEveryBlocksHash() {
    // 130 full blocks and a short one: three 64-block reads, the last one partial.
    const quint64 slotSize = 130 * kBlockSize + 999;
    const QByteArray data = someBytes(static_cast<qsizetype>(slotSize), 1);
    const QString path = m_dir.filePath(QStringLiteral("a.blocks"));
    QVERIFY(writeFile(path, data));
    auto leaves = SlotFileReader::leafHashes(path, slotSize);
    SD_VERIFY_OK(leaves);
    QCOMPARE(leaves->size(), 131u);
    for (quint64 i = 0; i < 131; ++i)
        QCOMPARE((*leaves)[i], sha(data.sliced(static_cast<qsizetype>(i * kBlockSize),
                                               static_cast<qsizetype>(blockLength(slotSize, i)))));
    auto tree = SlotFileReader::buildTree(path, slotSize);
    SD_VERIFY_OK(tree);
    QCOMPARE(tree->root(), MerkleTree::rootOf(*leaves));
}

void TestSlotFileReader::bytesPastTheSlotAreIgnored() {
    const quint64 slotSize = 3 * kBlockSize + 10;
    const QByteArray data = someBytes(static_cast<qsizetype>(slotSize), 2);
    const QString exact = m_dir.filePath(QStringLiteral("exact.blocks"));
    const QString longer = m_dir.filePath(QStringLiteral("longer.blocks"));
    QVERIFY(writeFile(exact, data));
    QVERIFY(writeFile(longer, data + QByteArray(5000, 'x')));
    auto a = SlotFileReader::buildTree(exact, slotSize);
    auto b = SlotFileReader::buildTree(longer, slotSize);
    SD_VERIFY_OK(a);
    SD_VERIFY_OK(b);
    QCOMPARE(a->root(), b->root());
    auto c = SlotFileReader::buildTree(longer, slotSize + 5000);
    SD_VERIFY_OK(c);
    QVERIFY(c->root() != a->root());
}

void TestSlotFileReader::missingFileIsNotFound() {
    const QString path = m_dir.filePath(QStringLiteral("missing.blocks"));
    SD_VERIFY_ERROR(SlotFileReader::buildTree(path, kBlockSize), ErrorCode::NotFound);
    SD_VERIFY_ERROR(SlotFileReader::readBlock(path, kBlockSize, 0), ErrorCode::NotFound);
    QVERIFY(SlotFileReader::buildTree(path, kBlockSize).message().contains(path));
}

void TestSlotFileReader::shortFileIsAnIoError() {
    const QString path = m_dir.filePath(QStringLiteral("short.blocks"));
    QVERIFY(writeFile(path, someBytes(static_cast<qsizetype>(2 * kBlockSize), 3)));
    const auto tree = SlotFileReader::buildTree(path, 4 * kBlockSize);
    SD_VERIFY_ERROR(tree, ErrorCode::Io);
    QVERIFY(tree.message().contains(u"lost"));
    // Block 1 is still there, block 3 is not.
    SD_VERIFY_OK(SlotFileReader::readBlock(path, 4 * kBlockSize, 1));
    SD_VERIFY_ERROR(SlotFileReader::readBlock(path, 4 * kBlockSize, 3), ErrorCode::Io);
}

void TestSlotFileReader::readBlockReadsOneBlockAndStopsAtTheEnd() {
    const quint64 slotSize = 2 * kBlockSize + 50;
    const QByteArray data = someBytes(static_cast<qsizetype>(slotSize), 4);
    const QString path = m_dir.filePath(QStringLiteral("blocks.blocks"));
    QVERIFY(writeFile(path, data));
    auto block = SlotFileReader::readBlock(path, slotSize, 1);
    SD_VERIFY_OK(block);
    QCOMPARE(*block, data.sliced(kBlockSize, kBlockSize));
    auto last = SlotFileReader::readBlock(path, slotSize, 2);
    SD_VERIFY_OK(last);
    QCOMPARE(*last, data.sliced(2 * kBlockSize));
    auto hash = SlotFileReader::hashBlock(path, slotSize, 2);
    SD_VERIFY_OK(hash);
    QCOMPARE(*hash, sha(*last));
    SD_VERIFY_ERROR(SlotFileReader::readBlock(path, slotSize, 3), ErrorCode::OutOfBounds);
}

void TestSlotFileReader::emptySlotHasAnEmptyTree() {
    const QString path = m_dir.filePath(QStringLiteral("empty.blocks"));
    QVERIFY(writeFile(path, QByteArray()));
    auto tree = SlotFileReader::buildTree(path, 0);
    SD_VERIFY_OK(tree);
    QVERIFY(tree->isEmpty());
    QVERIFY(tree->root().isZero());
}

QTEST_GUILESS_MAIN(TestSlotFileReader)
#include "tst_slotfilereader.moc"
