#include "core/clock/VirtualClock.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace salesdesk;
using salesdesk::test::readFile;

namespace {

constexpr quint64 kTooLarge = static_cast<quint64>(std::numeric_limits<qint64>::max()) + 1;

SlotId slotNumber(int n) {
    QByteArray raw(32, '\0');
    raw[0] = static_cast<char>(0xab);
    raw[31] = static_cast<char>(n);
    return SlotId::fromBytes(raw);
}

QByteArray someBytes(qsizetype size, quint32 seed) {
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& b : bytes)
        b = static_cast<char>(generator.bounded(256));
    return bytes;
}

QuotaUsage usage(quint64 max, quint64 reserved, quint64 used) {
    return QuotaUsage{max, reserved, used};
}

} // namespace

class TestRepo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Quota (the reference's repo quota tests and ours)
    void defaultQuotaIs20GiB();
    void failsStoringPastQuota();
    void reservesBytes();
    void doesNotReserveOverMaxQuota();
    void releasesBytes();
    void doesNotReleaseMoreThanReserved();
    void hasAvailableIncludesExactlyWhatIsLeft();
    void refusesSizesAboveInt64Max();
    void setMaxBytesRefusesLessThanTaken();
    void quotaPersistsAcrossReopening();
    void rolledBackReserveLeavesQuotaAndStaysQuiet();
    void quotaChangedFollowsTheCommit();
    void writtenReservationBytesNeedATransactionAndTheirRecord();
    void schema11KeepsTheReservedTotalOfAnOlderFile();

    // Slot data
    void slotDataPathIsHexDotBlocks();
    void appendCountsUsedBytesAndWritesBlocks();
    void dataOverQuotaIsRefusedWithNothingWritten();
    void deleteSlotDataReturnsBytesAndRemovesFile();
    void deleteInRolledBackTransactionKeepsData();
    void setExpiryCanMoveEarlier();
    void sweepExpiredDeletesOnlyExpiredSlots();
    void sweeperDeletesExactlyAtExpiry();
    void openTidiesWhatACrashLeft();
    void appendOverwritesUncommittedLeftovers();

private:
    QString slotsDir() const { return m_dir->filePath(QStringLiteral("slots")); }
    bool reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repo> m_repo;
};

void TestRepo::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(reopen());
}

void TestRepo::cleanup() {
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

bool TestRepo::reopen() {
    m_repo.reset();
    m_db.reset();
    auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.db")),
                             Database::kHostApplicationId);
    if (!db.ok()) {
        qWarning("open failed: %s", qPrintable(db.message()));
        return false;
    }
    m_db = std::move(db).value();
    m_repo = std::make_unique<Repo>(*m_db, slotsDir());
    auto opened = m_repo->open();
    if (!opened.ok())
        qWarning("Repo::open failed: %s", qPrintable(opened.message()));
    return opened.ok();
}

void TestRepo::defaultQuotaIs20GiB() {
    QCOMPARE(Repo::kDefaultQuotaBytes, quint64{21474836480});
    QCOMPARE(*m_repo->quota(), usage(21474836480, 0, 0));
    QVERIFY(QDir(slotsDir()).exists());
}

void TestRepo::failsStoringPastQuota() {
    SD_VERIFY_OK(m_repo->setMaxBytes(200));
    SD_VERIFY_ERROR(m_repo->appendSlotData(slotNumber(1), someBytes(300, 1), 1000),
                    ErrorCode::QuotaExceeded);
    QCOMPARE(*m_repo->quota(), usage(200, 0, 0));
}

void TestRepo::reservesBytes() {
    SD_VERIFY_OK(m_repo->setMaxBytes(300));
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(1), someBytes(100, 1), 1000));
    SD_VERIFY_OK(m_repo->reserve(100));
    const QuotaUsage quota = *m_repo->quota();
    QCOMPARE(quota.usedBytes, quint64{100});
    QCOMPARE(quota.reservedBytes, quint64{100});
    QCOMPARE(quota.totalUsed(), quint64{200});
    QCOMPARE(quota.available(), quint64{100});
}

void TestRepo::doesNotReserveOverMaxQuota() {
    SD_VERIFY_OK(m_repo->setMaxBytes(100));
    auto refused = m_repo->reserve(150);
    SD_VERIFY_ERROR(refused, ErrorCode::QuotaExceeded);
    QCOMPARE(refused.message(), QStringLiteral("Not enough storage quota: 150 bytes requested, 100 "
                                               "available (used 0, reserved 0, limit 100)"));
    QCOMPARE(*m_repo->quota(), usage(100, 0, 0));

    // With some used and some reserved, the message shows each.
    SD_VERIFY_OK(m_repo->setMaxBytes(200));
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(1), someBytes(100, 1), 1000));
    SD_VERIFY_OK(m_repo->reserve(60));
    auto again = m_repo->reserve(41);
    SD_VERIFY_ERROR(again, ErrorCode::QuotaExceeded);
    QCOMPARE(again.message(), QStringLiteral("Not enough storage quota: 41 bytes requested, 40 "
                                             "available (used 100, reserved 60, limit 200)"));
    QCOMPARE(*m_repo->quota(), usage(200, 60, 100));
}

void TestRepo::releasesBytes() {
    SD_VERIFY_OK(m_repo->reserve(100));
    QCOMPARE(m_repo->quota()->reservedBytes, quint64{100});
    SD_VERIFY_OK(m_repo->release(100));
    QCOMPARE(*m_repo->quota(), usage(Repo::kDefaultQuotaBytes, 0, 0));
}

void TestRepo::doesNotReleaseMoreThanReserved() {
    SD_VERIFY_OK(m_repo->reserve(100));
    auto refused = m_repo->release(101);
    SD_VERIFY_ERROR(refused, ErrorCode::OutOfBounds);
    QVERIFY2(refused.message().contains(QStringLiteral("101")), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QStringLiteral(" 100 ")), qPrintable(refused.message()));
    QCOMPARE(*m_repo->quota(), usage(Repo::kDefaultQuotaBytes, 100, 0));
}

void TestRepo::hasAvailableIncludesExactlyWhatIsLeft() {
    SD_VERIFY_OK(m_repo->setMaxBytes(1000));
    SD_VERIFY_OK(m_repo->reserve(300));
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(1), someBytes(200, 1), 1000));
    QCOMPARE(*m_repo->hasAvailable(500), true);
    QCOMPARE(*m_repo->hasAvailable(501), false);
    // What hasAvailable promises, reserve keeps.
    SD_VERIFY_OK(m_repo->reserve(500));
    QCOMPARE(*m_repo->hasAvailable(0), true);
    QCOMPARE(*m_repo->hasAvailable(1), false);
    SD_VERIFY_ERROR(m_repo->reserve(1), ErrorCode::QuotaExceeded);
}

void TestRepo::refusesSizesAboveInt64Max() {
    SD_VERIFY_OK(m_repo->reserve(10));
    const QuotaUsage before = *m_repo->quota();
    SD_VERIFY_ERROR(m_repo->reserve(kTooLarge), ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(m_repo->release(kTooLarge), ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(m_repo->setMaxBytes(kTooLarge), ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(m_repo->hasAvailable(kTooLarge), ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(m_repo->reserve(std::numeric_limits<quint64>::max()),
                    ErrorCode::InvalidArgument);
    QCOMPARE(*m_repo->quota(), before);

    // INT64_MAX itself is a valid size: the check must not overflow in SQL.
    SD_VERIFY_ERROR(m_repo->reserve(kTooLarge - 1), ErrorCode::QuotaExceeded);
    SD_VERIFY_OK(m_repo->setMaxBytes(kTooLarge - 1));
    SD_VERIFY_OK(m_repo->reserve(kTooLarge - 11));
    QCOMPARE(*m_repo->quota(), usage(kTooLarge - 1, kTooLarge - 1, 0));
    QCOMPARE(*m_repo->hasAvailable(1), false);
}

void TestRepo::setMaxBytesRefusesLessThanTaken() {
    SD_VERIFY_OK(m_repo->reserve(300));
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(1), someBytes(200, 1), 1000));
    auto refused = m_repo->setMaxBytes(499);
    SD_VERIFY_ERROR(refused, ErrorCode::QuotaExceeded);
    QVERIFY2(refused.message().contains(QStringLiteral("499")), qPrintable(refused.message()));
    QCOMPARE(m_repo->quota()->maxBytes, Repo::kDefaultQuotaBytes);
    SD_VERIFY_OK(m_repo->setMaxBytes(500));
    QCOMPARE(*m_repo->quota(), usage(500, 300, 200));
}

void TestRepo::quotaPersistsAcrossReopening() {
    const QByteArray data = someBytes(45, 9);
    SD_VERIFY_OK(m_repo->setMaxBytes(10000));
    SD_VERIFY_OK(m_repo->reserve(123));
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(3), data, 5000));
    QVERIFY(reopen());
    QCOMPARE(*m_repo->quota(), usage(10000, 123, 45));
    QCOMPARE(*m_repo->storedBytes(slotNumber(3)), quint64{45});
    QCOMPARE(*m_repo->readBlock(slotNumber(3), 0), data);
}

void TestRepo::rolledBackReserveLeavesQuotaAndStaysQuiet() {
    QSignalSpy changed(m_repo.get(), &Repo::quotaChanged);
    {
        auto tx = m_db->begin();
        SD_VERIFY_OK(tx);
        SD_VERIFY_OK(m_repo->reserve(100));
        QCOMPARE(m_repo->quota()->reservedBytes, quint64{100}); // it did happen, inside
    }
    QCOMPARE(*m_repo->quota(), usage(Repo::kDefaultQuotaBytes, 0, 0));
    QCOMPARE(changed.count(), 0);

    // The next change reports the committed state, not the rolled-back one.
    SD_VERIFY_OK(m_repo->reserve(7));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QuotaUsage>(), usage(Repo::kDefaultQuotaBytes, 7, 0));
}

void TestRepo::quotaChangedFollowsTheCommit() {
    QSignalSpy changed(m_repo.get(), &Repo::quotaChanged);
    auto tx = m_db->begin();
    SD_VERIFY_OK(tx);
    SD_VERIFY_OK(m_repo->reserve(100));
    SD_VERIFY_OK(m_repo->release(40));
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(1), someBytes(10, 1), 1000));
    QCOMPARE(changed.count(), 0);
    SD_VERIFY_OK(tx->commit());
    // Every change reads the committed row; repeats of the same value are not emitted.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QuotaUsage>(), usage(Repo::kDefaultQuotaBytes, 60, 10));
}

// The reserved bytes written for reservations move without a statement of the quota's, so only
// inside a transaction (whose reservation row records them), and never more than there are.
void TestRepo::writtenReservationBytesNeedATransactionAndTheirRecord() {
    SD_VERIFY_OK(m_repo->reserve(100));
    SD_VERIFY_ERROR(m_repo->releaseWrittenReservationBytes(10), ErrorCode::Database);
    SD_VERIFY_ERROR(m_repo->reserveWrittenReservationBytes(10), ErrorCode::Database);
    QCOMPARE(*m_repo->quota(), usage(Repo::kDefaultQuotaBytes, 100, 0));
    {
        auto tx = m_db->begin();
        SD_VERIFY_OK(tx);
        SD_VERIFY_ERROR(m_repo->releaseWrittenReservationBytes(101), ErrorCode::OutOfBounds);
        SD_VERIFY_ERROR(m_repo->reserveWrittenReservationBytes(1), ErrorCode::OutOfBounds);
        SD_VERIFY_OK(m_repo->releaseWrittenReservationBytes(30));
        QCOMPARE(*m_repo->quota(), usage(Repo::kDefaultQuotaBytes, 70, 0));
        // No reservation row records them here: the rollback must forget them.
    }
    QCOMPARE(*m_repo->quota(), usage(Repo::kDefaultQuotaBytes, 100, 0));
}

// Migration 11 turns the row's reserved total into the bytes promised (the total plus the bytes
// written for reservations, Σ slot_size - size), so the derived reserved total of a file written
// before it is what the file said.
void TestRepo::schema11KeepsTheReservedTotalOfAnOlderFile() {
    m_repo.reset();
    m_db.reset();
    const QString path = m_dir->filePath(QStringLiteral("old.db"));
    std::vector<Migration> upTo10;
    for (const Migration& migration : schemaMigrations())
        if (migration.version <= 10)
            upTo10.push_back(migration);
    {
        auto old = Database::open(path, Database::kHostApplicationId, upTo10);
        SD_VERIFY_OK(old);
        Database& db = **old;
        QCOMPARE(db.schemaVersion(), 10);
        // An availability of 1000 bytes, 400 of them held by a reservation of which 250 were
        // written (size 150): reserved 600 + 150, used 250.
        const QString blob = QStringLiteral("zeroblob(32)");
        SD_VERIFY_OK(db.execute(
            QStringLiteral("INSERT INTO availabilities VALUES (x'%1', 1000, 600, 10, %2, %2, %2,"
                           " %2, %2, 1, 0)")
                .arg(QString(64, QLatin1Char('a')), blob)));
        SD_VERIFY_OK(db.execute(
            QStringLiteral("INSERT INTO reservations VALUES (x'%1', x'%2', x'%3', 0, 400, 150, %4,"
                           " 100)")
                .arg(QString(64, QLatin1Char('b')), QString(64, QLatin1Char('a')),
                     QString(64, QLatin1Char('c')), blob)));
        SD_VERIFY_OK(
            db.execute(QStringLiteral("UPDATE quota SET reserved_bytes = 750, used_bytes = 250")));
    }
    auto opened = Database::open(path, Database::kHostApplicationId);
    SD_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    QCOMPARE(m_db->schemaVersion(), schemaMigrations().back().version);
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT promised_bytes FROM quota"))->toLongLong(),
             qint64{1000});
    m_repo = std::make_unique<Repo>(*m_db, slotsDir());
    QCOMPARE(*m_repo->quota(), usage(Repo::kDefaultQuotaBytes, 750, 250));
    // The written bytes come back into the reserved total when the reservation gives them back.
    auto tx = m_db->begin();
    SD_VERIFY_OK(tx);
    SD_VERIFY_OK(m_db->execute(QStringLiteral("UPDATE reservations SET slot_size = size")));
    SD_VERIFY_OK(m_db->execute(QStringLiteral("UPDATE availabilities SET free_size = 850")));
    SD_VERIFY_OK(m_repo->reserveWrittenReservationBytes(250));
    SD_VERIFY_OK(tx->commit());
    QCOMPARE(*m_repo->quota(), usage(Repo::kDefaultQuotaBytes, 1000, 250));
    // What the copy says, the file says.
    m_repo = std::make_unique<Repo>(*m_db, slotsDir());
    QCOMPARE(*m_repo->quota(), usage(Repo::kDefaultQuotaBytes, 1000, 250));
}

void TestRepo::slotDataPathIsHexDotBlocks() {
    const SlotId slot = slotNumber(0x2f);
    const QString expected = slotsDir() + QStringLiteral("/ab") + QString(60, QLatin1Char('0')) +
                             QStringLiteral("2f.blocks");
    QCOMPARE(m_repo->slotDataPath(slot), expected);
    SD_VERIFY_OK(m_repo->appendSlotData(slot, "x", 1000));
    QVERIFY(QFile::exists(expected));
}

void TestRepo::appendCountsUsedBytesAndWritesBlocks() {
    const SlotId slot = slotNumber(1);
    const qsizetype block = static_cast<qsizetype>(Repo::kBlockSize);
    QCOMPARE(block, qsizetype{65536});
    const QByteArray data = someBytes(2 * block + 1000, 42);
    // Pieces that do not line up with blocks.
    SD_VERIFY_OK(m_repo->appendSlotData(slot, QByteArrayView(data).first(70000), 1000));
    SD_VERIFY_OK(m_repo->appendSlotData(slot, QByteArrayView(data).sliced(70000, 1), 1000));
    SD_VERIFY_OK(m_repo->appendSlotData(slot, QByteArrayView(data).sliced(70001), 1000));

    const auto total = static_cast<quint64>(data.size());
    QCOMPARE(*m_repo->storedBytes(slot), total);
    QCOMPARE(m_repo->quota()->usedBytes, total);
    QCOMPARE(readFile(m_repo->slotDataPath(slot)), data);

    QCOMPARE(*m_repo->readBlock(slot, 0), data.first(block));
    QCOMPARE(*m_repo->readBlock(slot, 1), data.sliced(block, block));
    const auto last = m_repo->readBlock(slot, 2);
    SD_VERIFY_OK(last);
    QCOMPARE(last->size(), qsizetype{1000});
    QCOMPARE(*last, data.sliced(2 * block));
    SD_VERIFY_ERROR(m_repo->readBlock(slot, 3), ErrorCode::OutOfBounds);
    SD_VERIFY_ERROR(m_repo->readBlock(slot, std::numeric_limits<quint64>::max()),
                    ErrorCode::OutOfBounds);
    SD_VERIFY_ERROR(m_repo->readBlock(slotNumber(2), 0), ErrorCode::NotFound);
    QCOMPARE(*m_repo->storedBytes(slotNumber(2)), quint64{0});

    // Exactly one full block has no short last block.
    const QByteArray exact = someBytes(block, 7);
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(2), exact, 1000));
    QCOMPARE(*m_repo->readBlock(slotNumber(2), 0), exact);
    SD_VERIFY_ERROR(m_repo->readBlock(slotNumber(2), 1), ErrorCode::OutOfBounds);
    QCOMPARE(m_repo->quota()->usedBytes, total + exact.size());
}

void TestRepo::dataOverQuotaIsRefusedWithNothingWritten() {
    SD_VERIFY_OK(m_repo->setMaxBytes(1000));
    const SlotId fresh = slotNumber(1);
    SD_VERIFY_ERROR(m_repo->appendSlotData(fresh, someBytes(1001, 1), 1000),
                    ErrorCode::QuotaExceeded);
    QVERIFY(!QFile::exists(m_repo->slotDataPath(fresh)));
    QCOMPARE(*m_repo->storedBytes(fresh), quint64{0});

    const SlotId existing = slotNumber(2);
    const QByteArray first = someBytes(600, 2);
    SD_VERIFY_OK(m_repo->appendSlotData(existing, first, 1000));
    SD_VERIFY_ERROR(m_repo->appendSlotData(existing, someBytes(401, 3), 1000),
                    ErrorCode::QuotaExceeded);
    QCOMPARE(readFile(m_repo->slotDataPath(existing)), first);
    QCOMPARE(*m_repo->storedBytes(existing), quint64{600});
    QCOMPARE(*m_repo->quota(), usage(1000, 0, 600));
    // Exactly what is left still fits.
    SD_VERIFY_OK(m_repo->appendSlotData(existing, someBytes(400, 4), 1000));
    QCOMPARE(*m_repo->quota(), usage(1000, 0, 1000));
}

void TestRepo::deleteSlotDataReturnsBytesAndRemovesFile() {
    const SlotId slot = slotNumber(1);
    SD_VERIFY_OK(m_repo->appendSlotData(slot, someBytes(5000, 1), 1000));
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(2), someBytes(30, 2), 1000));
    QVERIFY(QFile::exists(m_repo->slotDataPath(slot)));
    QSignalSpy deleted(m_repo.get(), &Repo::slotDataDeleted);

    auto returned = m_repo->deleteSlotData(slot);
    SD_VERIFY_OK(returned);
    QCOMPARE(*returned, quint64{5000});
    QVERIFY(!QFile::exists(m_repo->slotDataPath(slot)));
    QCOMPARE(*m_repo->storedBytes(slot), quint64{0});
    QCOMPARE(m_repo->quota()->usedBytes, quint64{30});
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.at(0).at(0).value<SlotId>(), slot);
    QCOMPARE(deleted.at(0).at(1).value<quint64>(), quint64{5000});
    QVERIFY(QFile::exists(m_repo->slotDataPath(slotNumber(2))));

    // Nothing left to delete: 0, no signal.
    QCOMPARE(*m_repo->deleteSlotData(slot), quint64{0});
    QCOMPARE(deleted.count(), 1);
}

void TestRepo::deleteInRolledBackTransactionKeepsData() {
    const SlotId slot = slotNumber(1);
    const QByteArray data = someBytes(5000, 1);
    SD_VERIFY_OK(m_repo->appendSlotData(slot, data, 1000));
    QSignalSpy deleted(m_repo.get(), &Repo::slotDataDeleted);
    {
        auto tx = m_db->begin();
        SD_VERIFY_OK(tx);
        QCOMPARE(*m_repo->deleteSlotData(slot), quint64{5000});
        QCOMPARE(m_repo->quota()->usedBytes, quint64{0});
        // The file waits for the commit.
        QVERIFY(QFile::exists(m_repo->slotDataPath(slot)));
    }
    QCOMPARE(deleted.count(), 0);
    QCOMPARE(*m_repo->storedBytes(slot), quint64{5000});
    QCOMPARE(m_repo->quota()->usedBytes, quint64{5000});
    QCOMPARE(*m_repo->readBlock(slot, 0), data);

    // Deleted and written again in one transaction: the new file stays.
    const QByteArray again = someBytes(10, 2);
    {
        auto tx = m_db->begin();
        SD_VERIFY_OK(tx);
        QCOMPARE(*m_repo->deleteSlotData(slot), quint64{5000});
        SD_VERIFY_OK(m_repo->appendSlotData(slot, again, 1000));
        SD_VERIFY_OK(tx->commit());
    }
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(readFile(m_repo->slotDataPath(slot)), again);
    QCOMPARE(*m_repo->readBlock(slot, 0), again);
    QCOMPARE(m_repo->quota()->usedBytes, quint64{10});
}

void TestRepo::setExpiryCanMoveEarlier() {
    const SlotId slot = slotNumber(1);
    SD_VERIFY_OK(m_repo->appendSlotData(slot, someBytes(10, 1), 1000));
    QCOMPARE(*m_repo->sweepExpired(600), 0);
    SD_VERIFY_OK(m_repo->setExpiry(slot, 500)); // the reference would keep 1000 (#1251)
    QCOMPARE(*m_repo->sweepExpired(600), 1);
    QCOMPARE(*m_repo->storedBytes(slot), quint64{0});

    // And later again.
    SD_VERIFY_OK(m_repo->appendSlotData(slot, someBytes(10, 1), 1000));
    SD_VERIFY_OK(m_repo->setExpiry(slot, 2000));
    QCOMPARE(*m_repo->sweepExpired(1500), 0);
    SD_VERIFY_ERROR(m_repo->setExpiry(slotNumber(9), 100), ErrorCode::NotFound);
}

void TestRepo::sweepExpiredDeletesOnlyExpiredSlots() {
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(1), someBytes(100, 1), 100));
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(2), someBytes(200, 2), 200));
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(3), someBytes(300, 3), 300));
    QSignalSpy deleted(m_repo.get(), &Repo::slotDataDeleted);

    QCOMPARE(*m_repo->sweepExpired(199), 1);
    QCOMPARE(*m_repo->sweepExpired(200), 1); // expiry is inclusive
    QCOMPARE(deleted.count(), 2);
    QCOMPARE(*m_repo->storedBytes(slotNumber(1)), quint64{0});
    QCOMPARE(*m_repo->storedBytes(slotNumber(2)), quint64{0});
    QCOMPARE(*m_repo->storedBytes(slotNumber(3)), quint64{300});
    QVERIFY(!QFile::exists(m_repo->slotDataPath(slotNumber(1))));
    QVERIFY(!QFile::exists(m_repo->slotDataPath(slotNumber(2))));
    QVERIFY(QFile::exists(m_repo->slotDataPath(slotNumber(3))));
    QCOMPARE(m_repo->quota()->usedBytes, quint64{300});
    QCOMPARE(*m_repo->sweepExpired(200), 0);
}

void TestRepo::sweeperDeletesExactlyAtExpiry() {
    VirtualClock clock(1000);
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(1), someBytes(10, 1), 1500));
    m_repo->startSweeper(clock);
    QCOMPARE(clock.pendingTimers(), qsizetype{1});
    QCOMPARE(clock.nextDeadline(), std::optional<Timestamp>(1500));

    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(2), someBytes(20, 2), 2000));
    QCOMPARE(clock.pendingTimers(), qsizetype{1}); // still one timer, still at the earliest expiry
    QCOMPARE(clock.nextDeadline(), std::optional<Timestamp>(1500));

    clock.advanceTo(1499);
    QCOMPARE(*m_repo->storedBytes(slotNumber(1)), quint64{10});
    clock.advanceTo(1500);
    QCOMPARE(*m_repo->storedBytes(slotNumber(1)), quint64{0});
    QCOMPARE(*m_repo->storedBytes(slotNumber(2)), quint64{20});
    QCOMPARE(clock.nextDeadline(), std::optional<Timestamp>(2000));

    // An earlier expiry, by a new slot or a moved one, moves the timer forward.
    SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(3), someBytes(30, 3), 1700));
    QCOMPARE(clock.pendingTimers(), qsizetype{1});
    QCOMPARE(clock.nextDeadline(), std::optional<Timestamp>(1700));
    SD_VERIFY_OK(m_repo->setExpiry(slotNumber(2), 1600));
    QCOMPARE(clock.pendingTimers(), qsizetype{1});
    QCOMPARE(clock.nextDeadline(), std::optional<Timestamp>(1600));

    clock.advanceTo(1599);
    QCOMPARE(*m_repo->storedBytes(slotNumber(2)), quint64{20});
    clock.advanceTo(1600);
    QCOMPARE(*m_repo->storedBytes(slotNumber(2)), quint64{0});
    QCOMPARE(*m_repo->storedBytes(slotNumber(3)), quint64{30});
    clock.advanceTo(1700);
    QCOMPARE(*m_repo->storedBytes(slotNumber(3)), quint64{0});
    QCOMPARE(m_repo->quota()->usedBytes, quint64{0});
    QCOMPARE(clock.pendingTimers(), qsizetype{0}); // nothing left to wait for

    // An append in a transaction that rolls back does not schedule anything.
    {
        auto tx = m_db->begin();
        SD_VERIFY_OK(tx);
        SD_VERIFY_OK(m_repo->appendSlotData(slotNumber(4), someBytes(5, 4), 1800));
    }
    QCOMPARE(clock.pendingTimers(), qsizetype{0});
}

void TestRepo::openTidiesWhatACrashLeft() {
    const SlotId kept = slotNumber(1);
    const QByteArray data = someBytes(100, 1);
    SD_VERIFY_OK(m_repo->appendSlotData(kept, data, 1000));
    const QString keptPath = m_repo->slotDataPath(kept);
    const QString orphanPath = m_repo->slotDataPath(slotNumber(2));
    const QString foreignPath = slotsDir() + QStringLiteral("/README.txt");
    m_repo.reset();
    m_db.reset();
    {
        // An uncommitted append to `kept`, a committed delete whose file stayed, and a file that
        // is none of ours.
        QFile longer(keptPath);
        QVERIFY(longer.open(QIODevice::Append));
        QCOMPARE(longer.write(someBytes(50, 2)), qint64{50});
        QFile orphan(orphanPath);
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        QCOMPARE(orphan.write(someBytes(70, 3)), qint64{70});
        QFile foreign(foreignPath);
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        QCOMPARE(foreign.write("hello"), qint64{5});
    }
    QVERIFY(reopen());
    QCOMPARE(readFile(keptPath), data);
    QVERIFY(!QFile::exists(orphanPath));
    QVERIFY(QFile::exists(foreignPath));
    QCOMPARE(m_repo->quota()->usedBytes, quint64{100});
}

void TestRepo::appendOverwritesUncommittedLeftovers() {
    const SlotId slot = slotNumber(1);
    const QByteArray first = someBytes(100, 1);
    const QByteArray second = someBytes(10, 2);
    SD_VERIFY_OK(m_repo->appendSlotData(slot, first, 1000));
    {
        auto tx = m_db->begin();
        SD_VERIFY_OK(tx);
        SD_VERIFY_OK(m_repo->appendSlotData(slot, someBytes(50, 3), 1000));
    } // rolled back after the file was written
    QCOMPARE(*m_repo->storedBytes(slot), quint64{100});
    QCOMPARE(*m_repo->readBlock(slot, 0), first);

    SD_VERIFY_OK(m_repo->appendSlotData(slot, second, 1000));
    QCOMPARE(*m_repo->readBlock(slot, 0), first + second);
    QCOMPARE(readFile(m_repo->slotDataPath(slot)), first + second);
    QCOMPARE(m_repo->quota()->usedBytes, quint64{110});
}

QTEST_GUILESS_MAIN(TestRepo)
#include "tst_repo.moc"
