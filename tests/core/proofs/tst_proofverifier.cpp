#include "core/proofs/ChallengeSelector.h"
#include "core/proofs/ProofVerifier.h"
#include "core/proofs/SlotBlocks.h"
#include "core/proofs/SlotDataGenerator.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::proofs;

namespace {

Hash32 sha(const QByteArray& data) {
    return Hash32::fromBytes(QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

const RequestId kRequest = RequestId::fromBytes(sha("request").toByteArray());
constexpr quint64 kSlotIndex = 2;
constexpr quint64 kSlotSize = 20 * kBlockSize + 1234; // 21 blocks, the last one short

Hash32 flipped(Hash32 hash) {
    QByteArray raw = hash.toByteArray();
    raw[0] = static_cast<char>(raw[0] ^ 0x80);
    return Hash32::fromBytes(raw);
}

} // namespace

class TestProofVerifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validProofsVerify_data();
    void validProofsVerify();
    void tamperedBlockHashIsRejected();
    void tamperedPathIsRejected();
    void openingOfAnUnchallengedBlockIsRejected();
    void reorderedMissingOrExtraOpeningsAreRejected();
    void proofForAnotherChallengeIsRejected();
    void wrongRootOrSizeIsRejected();
    void emptySlotOrEmptyProofIsRejected();

private:
    Hash32 m_root = SlotDataGenerator::slotRoot(kRequest, kSlotIndex, kSlotSize);
    Hash32 m_challenge = sha("challenge");
};

void TestProofVerifier::validProofsVerify_data() {
    QTest::addColumn<quint64>("slotSize");
    QTest::newRow("1 byte") << quint64(1);
    QTest::newRow("one full block") << kBlockSize;
    QTest::newRow("two blocks") << 2 * kBlockSize;
    QTest::newRow("three blocks, last short") << 2 * kBlockSize + 100;
    QTest::newRow("21 blocks") << kSlotSize;
}

void TestProofVerifier::validProofsVerify() {
    QFETCH(quint64, slotSize);
    const Hash32 root = SlotDataGenerator::slotRoot(kRequest, kSlotIndex, slotSize);
    for (int c = 0; c < 10; ++c) {
        const Hash32 challenge = sha(QByteArray::number(c));
        const StorageProof proof = proveFromGenerator(kRequest, kSlotIndex, slotSize, challenge);
        QCOMPARE(proof.challenge, challenge);
        QCOMPARE(static_cast<quint64>(proof.openings.size()),
                 ChallengeSelector::blocksPerChallenge(blockCount(slotSize)));
        SD_VERIFY_OK(checkProof(proof, root, slotSize));
        QVERIFY(verifyProof(proof, root, slotSize));
    }
}

void TestProofVerifier::tamperedBlockHashIsRejected() {
    const StorageProof good = proveFromGenerator(kRequest, kSlotIndex, kSlotSize, m_challenge);
    for (qsizetype i = 0; i < good.openings.size(); ++i) {
        StorageProof bad = good;
        bad.openings[i].blockHash = flipped(bad.openings[i].blockHash);
        QVERIFY(!verifyProof(bad, m_root, kSlotSize));
        QVERIFY(checkProof(bad, m_root, kSlotSize).message().contains(u"does not lead"));
    }
}

void TestProofVerifier::tamperedPathIsRejected() {
    const StorageProof good = proveFromGenerator(kRequest, kSlotIndex, kSlotSize, m_challenge);
    for (qsizetype i = 0; i < good.openings.size(); ++i) {
        for (qsizetype p = 0; p < good.openings[i].path.size(); ++p) {
            StorageProof bad = good;
            bad.openings[i].path[p] = flipped(bad.openings[i].path[p]);
            QVERIFY(!verifyProof(bad, m_root, kSlotSize));
        }
        StorageProof shorter = good;
        shorter.openings[i].path.removeLast();
        QVERIFY(!verifyProof(shorter, m_root, kSlotSize));
        QVERIFY(checkProof(shorter, m_root, kSlotSize).message().contains(u"path of"));
    }
}

void TestProofVerifier::openingOfAnUnchallengedBlockIsRejected() {
    // A host that kept only block `other` answers with a correct opening of that block.
    StorageProof proof = proveFromGenerator(kRequest, kSlotIndex, kSlotSize, m_challenge);
    const auto selected = ChallengeSelector::select(m_challenge, blockCount(kSlotSize));
    quint64 other = 0;
    while (std::find(selected.begin(), selected.end(), other) != selected.end())
        ++other;
    const SlotDataGenerator generator(kRequest, kSlotIndex, kSlotSize);
    proof.openings[1] = BlockOpening{other, generator.blockHash(other), generator.path(other)};
    QVERIFY(!verifyProof(proof, m_root, kSlotSize));
    QVERIFY(
        checkProof(proof, m_root, kSlotSize).message().contains(u"the challenge selects block"));
}

void TestProofVerifier::reorderedMissingOrExtraOpeningsAreRejected() {
    const StorageProof good = proveFromGenerator(kRequest, kSlotIndex, kSlotSize, m_challenge);
    QVERIFY(verifyProof(good, m_root, kSlotSize));
    StorageProof swapped = good;
    swapped.openings.swapItemsAt(0, 2);
    QVERIFY(!verifyProof(swapped, m_root, kSlotSize));
    StorageProof missing = good;
    missing.openings.removeLast();
    QVERIFY(!verifyProof(missing, m_root, kSlotSize));
    QVERIFY(checkProof(missing, m_root, kSlotSize).message().contains(u"opens 2 blocks"));
    StorageProof extra = good;
    extra.openings.append(good.openings.front());
    QVERIFY(!verifyProof(extra, m_root, kSlotSize));
}

void TestProofVerifier::proofForAnotherChallengeIsRejected() {
    const StorageProof old = proveFromGenerator(kRequest, kSlotIndex, kSlotSize, m_challenge);
    StorageProof replayed = old;
    replayed.challenge = sha("next period");
    QVERIFY(!verifyProof(replayed, m_root, kSlotSize));
}

void TestProofVerifier::wrongRootOrSizeIsRejected() {
    const StorageProof proof = proveFromGenerator(kRequest, kSlotIndex, kSlotSize, m_challenge);
    QVERIFY(!verifyProof(proof, flipped(m_root), kSlotSize));
    // Another slot of the same request.
    QVERIFY(!verifyProof(proof, SlotDataGenerator::slotRoot(kRequest, kSlotIndex + 1, kSlotSize),
                         kSlotSize));
    // Another size: another block count, so other challenged blocks and path shapes.
    QVERIFY(!verifyProof(proof, m_root, kSlotSize + 10 * kBlockSize));
}

void TestProofVerifier::emptySlotOrEmptyProofIsRejected() {
    const StorageProof empty = proveFromGenerator(kRequest, kSlotIndex, 0, m_challenge);
    QVERIFY(empty.isEmpty());
    QVERIFY(!verifyProof(empty, Hash32(), 0));
    QVERIFY(!verifyProof(StorageProof{m_challenge, {}}, m_root, kSlotSize));
}

QTEST_GUILESS_MAIN(TestProofVerifier)
#include "tst_proofverifier.moc"
