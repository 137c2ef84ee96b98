// QuotaDiskCheck: a storage quota is checked against the free space of the data directory's disk.
#include "core/storage/QuotaDiskCheck.h"
#include "tests/support/TestSupport.h"

#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {
constexpr quint64 kGiB = 1024ull * 1024 * 1024;
constexpr quint64 kGB = 1000ull * 1000 * 1000;
using Verdict = QuotaDiskCheck::Verdict;
} // namespace

class TestQuotaDiskCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The report of issue 13: 3,000 GiB was accepted on a disk with 75 GB free.
    void aQuotaLargerThanTheFreeSpaceDoesNotFit() {
        const auto check = QuotaDiskCheck::evaluate(3000 * kGiB, 0, 75 * kGB);
        QCOMPARE(check.verdict, Verdict::DoesNotFit);
        QVERIFY(!check.fits());
        QCOMPARE(check.toWriteBytes, 3000 * kGiB);
        QCOMPARE(check.freeAfterFilling(), quint64(0));
        QCOMPARE(check.largestQuota(), 75 * kGB - QuotaDiskCheck::kDiskReserveBytes);
    }

    void aQuotaWellBelowTheFreeSpaceFits() {
        const auto check = QuotaDiskCheck::evaluate(20 * kGiB, 0, 75 * kGB);
        QCOMPARE(check.verdict, Verdict::Fits);
        QCOMPARE(check.freeAfterFilling(), 75 * kGB - 20 * kGiB);
    }

    // Slot data already stored is on the disk: only the rest of the quota still needs room.
    void storedSlotDataIsNotCountedTwice() {
        QCOMPARE(QuotaDiskCheck::evaluate(100 * kGiB, 60 * kGiB, 50 * kGiB).verdict, Verdict::Fits);
        QCOMPARE(QuotaDiskCheck::evaluate(100 * kGiB, 40 * kGiB, 50 * kGiB).verdict,
                 Verdict::DoesNotFit);
        // A quota below what is stored writes nothing more.
        QCOMPARE(QuotaDiskCheck::evaluate(10 * kGiB, 40 * kGiB, 0).toWriteBytes, quint64(0));
    }

    // Filling the quota would leave less than the reserve: accepted, with a warning.
    void aQuotaThatLeavesLessThanTheReserveIsAWarning() {
        const quint64 free = 10 * kGiB;
        QCOMPARE(
            QuotaDiskCheck::evaluate(free - QuotaDiskCheck::kDiskReserveBytes, 0, free).verdict,
            Verdict::Fits);
        QCOMPARE(
            QuotaDiskCheck::evaluate(free - QuotaDiskCheck::kDiskReserveBytes + 1, 0, free).verdict,
            Verdict::LeavesTooLittle);
        QCOMPARE(QuotaDiskCheck::evaluate(free, 0, free).verdict, Verdict::LeavesTooLittle);
        QCOMPARE(QuotaDiskCheck::evaluate(free + 1, 0, free).verdict, Verdict::DoesNotFit);
    }

    // A data directory that does not exist yet is measured on the disk that will hold it.
    void theFreeSpaceOfADirectoryNotYetMadeIsItsParentsDisk() {
        QTemporaryDir dir;
        auto parent = QuotaDiskCheck::freeBytesAt(dir.path());
        SD_VERIFY_OK(parent);
        QVERIFY(*parent > 0);
        auto missing = QuotaDiskCheck::freeBytesAt(dir.filePath(QStringLiteral("a/b/c")));
        SD_VERIFY_OK(missing);
        // Same file system; other processes may write meanwhile, so allow a little drift.
        const qint64 drift = qAbs(qint64(*missing) - qint64(*parent));
        QVERIFY2(drift < qint64(64 * 1024 * 1024), qPrintable(QString::number(drift)));
        auto check = QuotaDiskCheck::check(*parent + kGiB, 0, dir.path());
        SD_VERIFY_OK(check);
        QCOMPARE(check->verdict, Verdict::DoesNotFit);
    }
};

QTEST_GUILESS_MAIN(TestQuotaDiskCheck)
#include "tst_quotadiskcheck.moc"
