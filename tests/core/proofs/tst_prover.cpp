#include "core/clock/VirtualClock.h"
#include "core/domain/Slot.h"
#include "core/proofs/ChallengeSelector.h"
#include "core/proofs/HashingPool.h"
#include "core/proofs/ProofVerifier.h"
#include "core/proofs/Prover.h"
#include "core/proofs/SlotBlocks.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/storage/SlotDataFiles.h"
#include "tests/support/PoolBlocker.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace salesdesk;
using namespace salesdesk::proofs;

namespace {

Hash32 sha(const QByteArray& data) {
    return Hash32::fromBytes(QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

const RequestId kRequest = RequestId::fromBytes(sha("prover request").toByteArray());
constexpr quint64 kSlotIndex = 0;
constexpr quint64 kSlotSize = 40 * kBlockSize + 4000;

Hash32 challengeFor(quint64 block) {
    for (int n = 0;; ++n) {
        const Hash32 challenge = sha(QByteArray("c") + QByteArray::number(n));
        const auto chosen = ChallengeSelector::select(challenge, blockCount(kSlotSize));
        if (std::find(chosen.begin(), chosen.end(), block) != chosen.end())
            return challenge;
    }
}

// What a callback saw.
template <typename T> struct Delivery {
    std::optional<Result<T>> result;
    QThread* thread = nullptr;
    bool done() const { return result.has_value(); }
    auto callback() {
        return [this](Result<T> r) {
            result.emplace(std::move(r));
            thread = QThread::currentThread();
        };
    }
};

} // namespace

class TestProver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void buildTreeReportsTheRootOnTheCallersThread();
    void proofFromDiskVerifiesAndBuildsTheTreeWhenNoneIsKept();
    void proofFromTheGeneratorVerifies();
    void damagedDataGivesAnInvalidProofAndAWarning();
    void missingFileGivesAnError();
    void noCallbackAfterTheContextDied();
    void virtualClockIsHeldWhileWorkIsOutstanding();
    void advancingTheClockWaitsForOutstandingProofs();
    void destroyingTheProverReleasesItsHolds();
    void forgetDropsTheTreeEvenWhileItIsBeingBuilt();
    void aProofCompletesWhileBulkHashingTakesEveryThreadOfItsPool();

private:
    SlotDataSource disk() const { return SlotDataSource::onDisk(m_slot, m_path, kSlotSize); }

    std::unique_ptr<QTemporaryDir> m_dir;
    SlotId m_slot = slotIdOf(kRequest, kSlotIndex);
    QString m_path;
    Hash32 m_root = SlotDataGenerator::slotRoot(kRequest, kSlotIndex, kSlotSize);
};

void TestProver::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SlotDataFiles files(m_dir->path());
    const SlotDataGenerator generator(kRequest, kSlotIndex, kSlotSize);
    SD_VERIFY_OK(files.append(m_slot, 0, generator.blocks(0, generator.blockCount())));
    m_path = files.path(m_slot);
}

void TestProver::buildTreeReportsTheRootOnTheCallersThread() {
    Prover prover;
    QObject context;
    Delivery<Hash32> got;
    prover.buildTree(disk(), &context, got.callback());
    QVERIFY(!got.done()); // asynchronous: nothing before the event loop runs
    QCOMPARE(prover.outstanding(), 1);
    QTRY_VERIFY(got.done());
    SD_VERIFY_OK(*got.result);
    QCOMPARE(got.result->value(), m_root);
    QCOMPARE(got.thread, QThread::currentThread());
    QCOMPARE(prover.outstanding(), 0);
    QCOMPARE(prover.keptRoot(m_slot, kSlotSize), std::optional<Hash32>(m_root));
    QCOMPARE(prover.keptRoot(m_slot, kSlotSize + 1), std::nullopt);
}

void TestProver::proofFromDiskVerifiesAndBuildsTheTreeWhenNoneIsKept() {
    Prover prover;
    QObject context;
    QCOMPARE(prover.keptRoot(m_slot, kSlotSize), std::nullopt);
    for (int n = 0; n < 5; ++n) {
        Delivery<StorageProof> got;
        const Hash32 challenge = sha(QByteArray::number(n));
        prover.prove(disk(), challenge, &context, got.callback());
        QTRY_VERIFY(got.done());
        SD_VERIFY_OK(*got.result);
        QCOMPARE(got.thread, QThread::currentThread());
        QCOMPARE(got.result->value().challenge, challenge);
        QVERIFY(verifyProof(got.result->value(), m_root, kSlotSize));
        QCOMPARE(prover.keptRoot(m_slot, kSlotSize), std::optional<Hash32>(m_root));
    }
    QCOMPARE(prover.keptTrees().size(), 1);
}

void TestProver::proofFromTheGeneratorVerifies() {
    Prover prover;
    QObject context;
    const auto source = SlotDataSource::generated(kRequest, 3, kSlotSize);
    QCOMPARE(source.slotId, slotIdOf(kRequest, 3));
    Delivery<StorageProof> proof;
    Delivery<Hash32> root;
    prover.prove(source, sha("g"), &context, proof.callback());
    prover.buildTree(source, &context, root.callback());
    QTRY_VERIFY(proof.done() && root.done());
    SD_VERIFY_OK(*root.result);
    QCOMPARE(root.result->value(), SlotDataGenerator::slotRoot(kRequest, 3, kSlotSize));
    SD_VERIFY_OK(*proof.result);
    QVERIFY(verifyProof(proof.result->value(), root.result->value(), kSlotSize));
    QCOMPARE(proof.thread, QThread::currentThread());
    QCOMPARE(prover.keptTrees().size(), 0); // generated trees live in the generator's cache
}

void TestProver::damagedDataGivesAnInvalidProofAndAWarning() {
    Prover prover;
    QObject context;
    Delivery<Hash32> built;
    prover.buildTree(disk(), &context, built.callback());
    QTRY_VERIFY(built.done());
    SD_VERIFY_OK(*built.result);

    const quint64 damaged = 33;
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(static_cast<qint64>(damaged * kBlockSize + 7)));
    QVERIFY(file.putChar('\x5a') && file.putChar('\xa5'));
    file.close();

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("block 33 of slotId=.* damaged")));
    Delivery<StorageProof> got;
    prover.prove(disk(), challengeFor(damaged), &context, got.callback());
    QTRY_VERIFY(got.done());
    SD_VERIFY_OK(*got.result);
    QVERIFY(!verifyProof(got.result->value(), m_root, kSlotSize));
}

void TestProver::missingFileGivesAnError() {
    Prover prover;
    QObject context;
    QVERIFY(QFile::remove(m_path));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not exist")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not exist")));
    Delivery<StorageProof> proof;
    Delivery<Hash32> root;
    prover.prove(disk(), sha("x"), &context, proof.callback());
    prover.buildTree(disk(), &context, root.callback());
    QTRY_VERIFY(proof.done() && root.done());
    SD_VERIFY_ERROR(*proof.result, ErrorCode::NotFound);
    SD_VERIFY_ERROR(*root.result, ErrorCode::NotFound);
    QCOMPARE(prover.keptTrees().size(), 0);
}

void TestProver::noCallbackAfterTheContextDied() {
    VirtualClock clock(1000);
    Prover prover(&clock);
    auto context = std::make_unique<QObject>();
    bool called = false;
    prover.prove(disk(), sha("x"), context.get(), [&](Result<StorageProof>) { called = true; });
    prover.buildTree(disk(), context.get(), [&](Result<Hash32>) { called = true; });
    QCOMPARE(clock.outstandingHolds(), 2);
    context.reset();
    QTRY_COMPARE(prover.outstanding(), 0);
    QVERIFY(!called);
    QCOMPARE(clock.outstandingHolds(), 0); // released all the same
    // The work itself was not lost: the tree is kept for the next proof.
    QCOMPARE(prover.keptRoot(m_slot, kSlotSize), std::optional<Hash32>(m_root));
}

void TestProver::virtualClockIsHeldWhileWorkIsOutstanding() {
    VirtualClock clock(1000);
    Prover prover(&clock);
    QObject context;
    int holdsSeenInCallback = -1;
    Delivery<StorageProof> first;
    prover.prove(disk(), sha("a"), &context, [&](Result<StorageProof> r) {
        holdsSeenInCallback = clock.outstandingHolds();
        first.callback()(std::move(r));
    });
    QCOMPARE(clock.outstandingHolds(), 1);
    Delivery<Hash32> second;
    prover.buildTree(SlotDataSource::generated(kRequest, 1, kSlotSize), &context,
                     second.callback());
    QCOMPARE(clock.outstandingHolds(), 2);
    QTRY_VERIFY(first.done() && second.done());
    QVERIFY(holdsSeenInCallback >= 1); // still held while the callback runs
    QCOMPARE(clock.outstandingHolds(), 0);
    // Without a VirtualClock nothing is held.
    Prover unclocked;
    Delivery<Hash32> third;
    unclocked.buildTree(disk(), &context, third.callback());
    QCOMPARE(clock.outstandingHolds(), 0);
    QTRY_VERIFY(third.done());
}

void TestProver::advancingTheClockWaitsForOutstandingProofs() {
    VirtualClock clock(1000);
    Prover prover(&clock);
    QObject context;
    QStringList order;
    Timestamp provedAt = 0;
    clock.callAfter(10, &context, [&] { order << QStringLiteral("timer"); });
    prover.prove(disk(), sha("t"), &context, [&](Result<StorageProof> r) {
        order << (r.ok() && verifyProof(*r, m_root, kSlotSize) ? QStringLiteral("proof")
                                                               : QStringLiteral("bad proof"));
        provedAt = clock.now();
    });
    clock.advanceBy(60); // runs the event loop until the proof is in, then moves time
    QCOMPARE(order, (QStringList{QStringLiteral("proof"), QStringLiteral("timer")}));
    QCOMPARE(provedAt, 1000);
    QCOMPARE(clock.now(), 1060);
}

void TestProver::destroyingTheProverReleasesItsHolds() {
    VirtualClock clock(1000);
    auto prover = std::make_unique<Prover>(&clock);
    bool called = false;
    prover->prove(disk(), sha("d"), nullptr, [&](Result<StorageProof>) { called = true; });
    QCOMPARE(clock.outstandingHolds(), 1);
    prover.reset();
    QCOMPARE(clock.outstandingHolds(), 0);
    QThreadPool::globalInstance()->waitForDone(); // the job itself runs to its end
    QCoreApplication::sendPostedEvents();
    QVERIFY(!called);
}

void TestProver::forgetDropsTheTreeEvenWhileItIsBeingBuilt() {
    Prover prover;
    QObject context;
    Delivery<Hash32> got;
    prover.buildTree(disk(), &context, got.callback());
    prover.forget(m_slot); // the slot is deleted while its tree is still being read
    QTRY_VERIFY(got.done());
    SD_VERIFY_OK(*got.result);
    QCOMPARE(prover.keptRoot(m_slot, kSlotSize), std::nullopt);
    // A later build is kept again, and forget() then drops it.
    Delivery<Hash32> again;
    prover.buildTree(disk(), &context, again.callback());
    QTRY_VERIFY(again.done());
    QCOMPARE(prover.keptRoot(m_slot, kSlotSize), std::optional<Hash32>(m_root));
    prover.forget(m_slot);
    QCOMPARE(prover.keptRoot(m_slot, kSlotSize), std::nullopt);
}

void TestProver::aProofCompletesWhileBulkHashingTakesEveryThreadOfItsPool() {
    // Whole-slot hashing (a 4 GiB slot's tree takes minutes on two cores) runs on the
    // HashingPool: with every thread of it taken, a due proof is still computed at once, and a
    // tree asked for before it waits its turn.
    Prover prover;
    QObject context;
    test::PoolBlocker bulk(HashingPool::instance());
    QVERIFY(bulk.threads() >= 1);
    Delivery<Hash32> tree;
    prover.buildTree(disk(), &context, tree.callback());
    for (const SlotDataSource& source :
         {disk(), SlotDataSource::generated(kRequest, kSlotIndex, kSlotSize)}) {
        Delivery<StorageProof> proof;
        const Hash32 challenge = challengeFor(7);
        prover.prove(source, challenge, &context, proof.callback());
        QTRY_VERIFY(proof.done());
        SD_VERIFY_OK(*proof.result);
        QCOMPARE(proof.result->value().challenge, challenge);
        QVERIFY(verifyProof(proof.result->value(), m_root, kSlotSize));
    }
    QVERIFY(!tree.done()); // still queued behind the bulk pool's busy threads
    QCOMPARE(prover.outstanding(), 1);
    bulk.release();
    QTRY_VERIFY(tree.done());
    SD_VERIFY_OK(*tree.result);
    QCOMPARE(tree.result->value(), m_root);
}

QTEST_GUILESS_MAIN(TestProver)
#include "tst_prover.moc"
