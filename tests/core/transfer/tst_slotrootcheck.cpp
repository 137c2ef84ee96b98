#include "core/proofs/HashingPool.h"
#include "core/proofs/MerkleTree.h"
#include "core/proofs/SlotBlocks.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/proofs/SlotFileReader.h"
#include "core/transfer/SlotRootCheck.h"
#include "tests/support/PoolBlocker.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <optional>

using namespace salesdesk;
using namespace salesdesk::proofs;
using namespace salesdesk::transfer;

namespace {

// Three blocks and a short one per slot, three slots: the content tree promotes slot 2 once.
constexpr quint64 kSlotSize = 3 * kBlockSize + 100;
constexpr quint64 kSlots = 3;

RequestId someRequest() {
    return RequestId::fromBytes(QByteArray(32, '\x5a'));
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestSlotRootCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rightPathPasses();
    void generatedDataPasses();
    void everySlotProvesIntoTheContentRoot();
    void wrongSlotIndexFailsNamingTheRoots();
    void slotIndexPastTheRequestFails();
    void pathOfTheWrongLengthFails();
    void tamperedByteFailsNamingTheRoots();
    void wrongPathFailsNamingTheRoots();
    void missingFileIsNotFound();
    void startAnswersOnTheCallingThread();
    void startWithAGoneContextStaysSilent();
    void startHashesOnTheHashingPoolNotTheProofsPool();

private:
    SlotPlacement placementOf(quint64 slotIndex) const;

    QTemporaryDir m_dir;
    std::vector<Hash32> m_slotRoots;
    MerkleTree m_content;
    QString m_path; // slot 1's data
};

void TestSlotRootCheck::init() {
    m_slotRoots = SlotDataGenerator::slotRoots(someRequest(), kSlots, kSlotSize);
    m_content = MerkleTree(m_slotRoots);
    const SlotDataGenerator slot(someRequest(), 1, kSlotSize);
    m_path = m_dir.filePath(QStringLiteral("slot1.blocks"));
    QVERIFY(writeFile(m_path, slot.blocks(0, slot.blockCount())));
}

SlotPlacement TestSlotRootCheck::placementOf(quint64 slotIndex) const {
    return SlotPlacement{m_content.root(), slotIndex, kSlots, m_content.path(slotIndex)};
}

void TestSlotRootCheck::rightPathPasses() {
    // The downloaded file's root, with slot 1's published path, leads to the content root.
    const auto source = SlotDataSource::onDisk(SlotId(), m_path, kSlotSize);
    const Result<Hash32> root = SlotRootCheck::computeAndCheck(source, placementOf(1));
    SD_VERIFY_OK(root);
    QCOMPARE(*root, m_slotRoots[1]);
}

void TestSlotRootCheck::generatedDataPasses() {
    // The generator's data (runs that store nothing) is checked by the same rule.
    const auto source = SlotDataSource::generated(someRequest(), 2, kSlotSize);
    const Result<Hash32> root = SlotRootCheck::computeAndCheck(source, placementOf(2));
    SD_VERIFY_OK(root);
    QCOMPARE(*root, m_slotRoots[2]);
}

void TestSlotRootCheck::everySlotProvesIntoTheContentRoot() {
    // check() alone, every slot of the request: the promoted last slot has a shorter path.
    for (quint64 index = 0; index < kSlots; ++index)
        SD_VERIFY_OK(SlotRootCheck::check(m_slotRoots[index], placementOf(index)));
    QCOMPARE(placementOf(2).slotPath.size(), 1);
    QCOMPARE(placementOf(1).slotPath.size(), 2);
}

void TestSlotRootCheck::wrongSlotIndexFailsNamingTheRoots() {
    // Slot 1's data and path offered as slot 0: the path leads elsewhere.
    SlotPlacement placement = placementOf(1);
    placement.slotIndex = 0;
    const auto source = SlotDataSource::onDisk(SlotId(), m_path, kSlotSize);
    const Result<Hash32> root = SlotRootCheck::computeAndCheck(source, placement);
    SD_VERIFY_ERROR(root, ErrorCode::InvalidArgument);
    QVERIFY2(root.message().contains(m_slotRoots[1].toHex()), qPrintable(root.message()));
    QVERIFY2(root.message().contains(m_content.root().toHex()), qPrintable(root.message()));
}

void TestSlotRootCheck::slotIndexPastTheRequestFails() {
    SlotPlacement placement = placementOf(2);
    placement.slotIndex = 3;
    const Result<void> checked = SlotRootCheck::check(m_slotRoots[2], placement);
    SD_VERIFY_ERROR(checked, ErrorCode::InvalidArgument);
    QVERIFY2(checked.message().contains(QStringLiteral("slot index 3 is out of range")),
             qPrintable(checked.message()));
}

void TestSlotRootCheck::pathOfTheWrongLengthFails() {
    // Slot 1's two-hash path for slot 2, which needs one: refused before any hashing.
    SlotPlacement placement = placementOf(1);
    placement.slotIndex = 2;
    const Result<void> checked = SlotRootCheck::check(m_slotRoots[1], placement);
    SD_VERIFY_ERROR(checked, ErrorCode::InvalidArgument);
    QVERIFY2(checked.message().contains(QStringLiteral("has 2 hashes")),
             qPrintable(checked.message()));
    QVERIFY2(checked.message().contains(m_content.root().toHex()), qPrintable(checked.message()));
}

void TestSlotRootCheck::tamperedByteFailsNamingTheRoots() {
    // One byte of the last (short) block changed: another slot root, which the message names.
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(static_cast<qint64>(kSlotSize - 1)));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(static_cast<qint64>(kSlotSize - 1)));
    QVERIFY(file.putChar(static_cast<char>(byte ^ 0x01)));
    file.close();
    const auto tamperedRoot = SlotFileReader::buildTree(m_path, kSlotSize);
    SD_VERIFY_OK(tamperedRoot);
    QVERIFY(tamperedRoot->root() != m_slotRoots[1]);

    const auto source = SlotDataSource::onDisk(SlotId(), m_path, kSlotSize);
    const Result<Hash32> root = SlotRootCheck::computeAndCheck(source, placementOf(1));
    SD_VERIFY_ERROR(root, ErrorCode::InvalidArgument);
    QVERIFY2(root.message().contains(tamperedRoot->root().toHex()), qPrintable(root.message()));
    QVERIFY2(root.message().contains(m_content.root().toHex()), qPrintable(root.message()));
}

void TestSlotRootCheck::wrongPathFailsNamingTheRoots() {
    // The right data with one sibling hash of the path changed.
    SlotPlacement placement = placementOf(1);
    placement.slotPath[1] = m_slotRoots[1];
    const Result<void> checked = SlotRootCheck::check(m_slotRoots[1], placement);
    SD_VERIFY_ERROR(checked, ErrorCode::InvalidArgument);
    QVERIFY2(checked.message().contains(m_slotRoots[1].toHex()), qPrintable(checked.message()));
    QVERIFY2(checked.message().contains(m_content.root().toHex()), qPrintable(checked.message()));
}

void TestSlotRootCheck::missingFileIsNotFound() {
    const auto source =
        SlotDataSource::onDisk(SlotId(), m_dir.filePath(QStringLiteral("none")), kSlotSize);
    SD_VERIFY_ERROR(SlotRootCheck::computeAndCheck(source, placementOf(1)), ErrorCode::NotFound);
}

void TestSlotRootCheck::startAnswersOnTheCallingThread() {
    // The hashing runs on the pool; the answer comes back to this thread, once.
    std::optional<Result<Hash32>> answer;
    int answers = 0;
    QThread* answeredOn = nullptr;
    QObject context;
    SlotRootCheck::start(SlotDataSource::onDisk(SlotId(), m_path, kSlotSize), placementOf(1),
                         &context, [&](Result<Hash32> result) {
                             answer = std::move(result);
                             answeredOn = QThread::currentThread();
                             ++answers;
                         });
    QVERIFY(!answer); // never inside start()
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
    SD_VERIFY_OK(*answer);
    QCOMPARE(**answer, m_slotRoots[1]);
    QCOMPARE(answeredOn, QThread::currentThread());
    QCOMPARE(answers, 1);
}

void TestSlotRootCheck::startWithAGoneContextStaysSilent() {
    // A check whose context is destroyed before it is done never answers, even once its result
    // has reached this thread.
    bool answered = false;
    auto context = std::make_unique<QObject>();
    SlotRootCheck::start(SlotDataSource::onDisk(SlotId(), m_path, kSlotSize), placementOf(1),
                         context.get(), [&](const Result<Hash32>&) { answered = true; });
    context.reset();
    QVERIFY(HashingPool::instance().waitForDone(10'000));
    QCoreApplication::sendPostedEvents(); // the finished job's call-out to its watcher
    QCoreApplication::processEvents();
    QVERIFY(!answered);
}

void TestSlotRootCheck::startHashesOnTheHashingPoolNotTheProofsPool() {
    // The global pool is the proofs': a check answers with every thread of it taken, and waits
    // while the HashingPool's are.
    test::PoolBlocker proofs(*QThreadPool::globalInstance());
    std::optional<Result<Hash32>> answer;
    QObject context;
    SlotRootCheck::start(SlotDataSource::onDisk(SlotId(), m_path, kSlotSize), placementOf(1),
                         &context, [&](Result<Hash32> result) { answer = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
    SD_VERIFY_OK(*answer);
    QCOMPARE(**answer, m_slotRoots[1]);
    proofs.release();

    test::PoolBlocker bulk(HashingPool::instance());
    answer.reset();
    SlotRootCheck::start(SlotDataSource::onDisk(SlotId(), m_path, kSlotSize), placementOf(1),
                         &context, [&](Result<Hash32> result) { answer = std::move(result); });
    QCoreApplication::processEvents();
    QVERIFY(!answer.has_value()); // queued behind the bulk pool's busy threads
    bulk.release();
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
    SD_VERIFY_OK(*answer);
}

QTEST_GUILESS_MAIN(TestSlotRootCheck)
#include "tst_slotrootcheck.moc"
