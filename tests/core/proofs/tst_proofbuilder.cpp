#include "core/domain/Slot.h"
#include "core/proofs/ChallengeSelector.h"
#include "core/proofs/ProofBuilder.h"
#include "core/proofs/ProofVerifier.h"
#include "core/proofs/SlotBlocks.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/proofs/SlotFileReader.h"
#include "core/storage/SlotDataFiles.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::proofs;

namespace {

Hash32 sha(const QByteArray& data) {
    return Hash32::fromBytes(QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

const RequestId kRequest = RequestId::fromBytes(sha("stored request").toByteArray());
constexpr quint64 kSlotIndex = 1;
constexpr quint64 kSlotSize = 40 * kBlockSize + 300;

// The simulated download: generated blocks appended through SlotDataFiles, 8 blocks at a time.
SlotId storeGeneratedSlot(const SlotDataFiles& files, quint64 slotSize) {
    const SlotId slot = slotIdOf(kRequest, kSlotIndex);
    const SlotDataGenerator generator(kRequest, kSlotIndex, slotSize);
    quint64 offset = 0;
    for (quint64 first = 0; first < generator.blockCount(); first += 8) {
        const QByteArray data = generator.blocks(first, 8);
        if (!files.append(slot, offset, data).ok())
            return {};
        offset += static_cast<quint64>(data.size());
    }
    return slot;
}

// A challenge that selects `block`.
Hash32 challengeFor(quint64 block, quint64 blocks, bool selected = true) {
    for (int n = 0;; ++n) {
        const Hash32 challenge = sha(QByteArray("c") + QByteArray::number(n));
        const auto chosen = ChallengeSelector::select(challenge, blocks);
        if ((std::find(chosen.begin(), chosen.end(), block) != chosen.end()) == selected)
            return challenge;
    }
}

bool flipByte(const QString& path, qint64 offset) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char c = 0;
    if (!file.getChar(&c) || !file.seek(offset))
        return false;
    return file.putChar(static_cast<char>(c ^ 0x40));
}

} // namespace

class TestProofBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storedSlotProvesValid();
    void flippedByteInAChallengedBlockGivesAnInvalidProof();
    void damageOutsideTheChallengedBlocksIsNotSeen();
    void truncatedFileGivesNoProof();
    void missingFileGivesNoProof();
    void treeOfAnotherSizeIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SlotDataFiles> m_files;
    SlotId m_slot;
    QString m_path;
    Hash32 m_root = SlotDataGenerator::slotRoot(kRequest, kSlotIndex, kSlotSize);
};

void TestProofBuilder::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_files = std::make_unique<SlotDataFiles>(m_dir->path());
    m_slot = storeGeneratedSlot(*m_files, kSlotSize);
    QVERIFY(!m_slot.isZero());
    m_path = m_files->path(m_slot);
    QCOMPARE(QFileInfo(m_path).size(), static_cast<qint64>(kSlotSize));
}

void TestProofBuilder::storedSlotProvesValid() {
    auto tree = SlotFileReader::buildTree(m_path, kSlotSize);
    SD_VERIFY_OK(tree);
    QCOMPARE(tree->root(), m_root);
    for (int n = 0; n < 20; ++n) {
        const Hash32 challenge = sha(QByteArray::number(n));
        auto proof = ProofBuilder::fromFile(*tree, m_path, kSlotSize, challenge);
        SD_VERIFY_OK(proof);
        SD_VERIFY_OK(checkProof(*proof, m_root, kSlotSize));
        // The same answer the generator gives without the disk.
        QCOMPARE(*proof, proveFromGenerator(kRequest, kSlotIndex, kSlotSize, challenge));
    }
}

void TestProofBuilder::flippedByteInAChallengedBlockGivesAnInvalidProof() {
    const quint64 damaged = 17;
    const Hash32 challenge = challengeFor(damaged, blockCount(kSlotSize));
    auto tree = SlotFileReader::buildTree(m_path, kSlotSize); // built when the slot was stored
    SD_VERIFY_OK(tree);
    auto before = ProofBuilder::fromFile(*tree, m_path, kSlotSize, challenge);
    SD_VERIFY_OK(before);
    QVERIFY(verifyProof(*before, m_root, kSlotSize));

    QVERIFY(flipByte(m_path, static_cast<qint64>(damaged * kBlockSize + 12345)));
    auto after = ProofBuilder::fromFile(*tree, m_path, kSlotSize, challenge);
    SD_VERIFY_OK(after);
    QVERIFY(!verifyProof(*after, m_root, kSlotSize));
    // A tree built after the damage does not help either.
    auto rebuilt = SlotFileReader::buildTree(m_path, kSlotSize);
    SD_VERIFY_OK(rebuilt);
    QVERIFY(rebuilt->root() != m_root);
    auto fromRebuilt = ProofBuilder::fromFile(*rebuilt, m_path, kSlotSize, challenge);
    SD_VERIFY_OK(fromRebuilt);
    QVERIFY(!verifyProof(*fromRebuilt, m_root, kSlotSize));
}

void TestProofBuilder::damageOutsideTheChallengedBlocksIsNotSeen() {
    // Proofs sample: the blocks read are exactly the challenged ones, every time.
    const quint64 damaged = 5;
    const Hash32 challenge = challengeFor(damaged, blockCount(kSlotSize), false);
    auto tree = SlotFileReader::buildTree(m_path, kSlotSize);
    SD_VERIFY_OK(tree);
    QVERIFY(flipByte(m_path, static_cast<qint64>(damaged * kBlockSize)));
    auto proof = ProofBuilder::fromFile(*tree, m_path, kSlotSize, challenge);
    SD_VERIFY_OK(proof);
    QVERIFY(verifyProof(*proof, m_root, kSlotSize));
}

void TestProofBuilder::truncatedFileGivesNoProof() {
    const quint64 lost = 39; // the file keeps blocks 0 … 38
    const Hash32 challenge = challengeFor(lost, blockCount(kSlotSize));
    auto tree = SlotFileReader::buildTree(m_path, kSlotSize);
    SD_VERIFY_OK(tree);
    SD_VERIFY_OK(m_files->truncate(m_slot, lost * kBlockSize));
    const auto proof = ProofBuilder::fromFile(*tree, m_path, kSlotSize, challenge);
    SD_VERIFY_ERROR(proof, ErrorCode::Io);
    QVERIFY(proof.message().contains(m_path));
    // Nor can a tree be built any more.
    SD_VERIFY_ERROR(SlotFileReader::buildTree(m_path, kSlotSize), ErrorCode::Io);
}

void TestProofBuilder::missingFileGivesNoProof() {
    auto tree = SlotFileReader::buildTree(m_path, kSlotSize);
    SD_VERIFY_OK(tree);
    SD_VERIFY_OK(m_files->remove(m_slot));
    SD_VERIFY_ERROR(ProofBuilder::fromFile(*tree, m_path, kSlotSize, sha("x")),
                    ErrorCode::NotFound);
}

void TestProofBuilder::treeOfAnotherSizeIsRefused() {
    auto tree = SlotFileReader::buildTree(m_path, kSlotSize - kBlockSize);
    SD_VERIFY_OK(tree);
    SD_VERIFY_ERROR(ProofBuilder::fromFile(*tree, m_path, kSlotSize, sha("x")),
                    ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestProofBuilder)
#include "tst_proofbuilder.moc"
