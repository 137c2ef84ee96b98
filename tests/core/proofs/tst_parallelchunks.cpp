#include "core/proofs/HashingPool.h"
#include "core/proofs/ParallelChunks.h"
#include "tests/support/PoolBlocker.h"
#include "tests/support/TestSupport.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <vector>

using namespace salesdesk;
using namespace salesdesk::proofs;

class TestParallelChunks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coversEveryIndexOnceInBoundedRanges_data();
    void coversEveryIndexOnceInBoundedRanges();
    void finishesWhenEveryPoolThreadIsBusyWithIt();
    void helpersComeFromTheHashingPoolNeverTheGlobalOne();
    void finishesAloneWhileTheHashingPoolIsTaken();
};

void TestParallelChunks::coversEveryIndexOnceInBoundedRanges_data() {
    QTest::addColumn<quint64>("total");
    QTest::addColumn<quint64>("chunk");
    QTest::newRow("empty") << quint64(0) << quint64(4);
    QTest::newRow("one short chunk") << quint64(3) << quint64(64);
    QTest::newRow("exact chunks") << quint64(256) << quint64(64);
    QTest::newRow("ragged end") << quint64(1000) << quint64(7);
}

void TestParallelChunks::coversEveryIndexOnceInBoundedRanges() {
    QFETCH(quint64, total);
    QFETCH(quint64, chunk);
    std::vector<std::atomic<int>> seen(total);
    std::atomic<bool> tooLong = false;
    forEachChunk(total, chunk, [&](quint64 first, quint64 count) {
        if (count == 0 || count > chunk || first % chunk != 0)
            tooLong = true;
        for (quint64 i = first; i < first + count; ++i)
            ++seen[i];
    });
    QVERIFY(!tooLong);
    for (quint64 i = 0; i < total; ++i)
        QCOMPARE(seen[i].load(), 1);
}

void TestParallelChunks::finishesWhenEveryPoolThreadIsBusyWithIt() {
    // Each thread of the HashingPool, where the helpers come from, runs a job that itself splits
    // work: with a helper pool that had to be free this would wait forever.
    QThreadPool& pool = HashingPool::instance();
    const int jobs = pool.maxThreadCount() + 1;
    std::atomic<quint64> sum = 0;
    QList<QFuture<void>> futures;
    for (int j = 0; j < jobs; ++j)
        futures << QtConcurrent::run(&pool, [&sum] {
            forEachChunk(10'000, 10, [&sum](quint64 first, quint64 count) {
                for (quint64 i = first; i < first + count; ++i)
                    sum += i;
            });
        });
    for (const QFuture<void>& future : futures)
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000);
    QCOMPARE(sum.load(), static_cast<quint64>(jobs) * (10'000ull * 9'999 / 2));
}

void TestParallelChunks::helpersComeFromTheHashingPoolNeverTheGlobalOne() {
    // The global pool is the proofs': bulk hashing split into chunks never takes its threads.
    QMutex mutex;
    QSet<QThread*> threads;
    forEachChunk(2'000, 1, [&](quint64, quint64) {
        QMutexLocker lock(&mutex);
        threads.insert(QThread::currentThread());
    });
    QVERIFY(!threads.isEmpty());
    for (QThread* thread : std::as_const(threads)) {
        QVERIFY(!QThreadPool::globalInstance()->contains(thread));
        QVERIFY(thread == QThread::currentThread() || HashingPool::instance().contains(thread));
    }
}

void TestParallelChunks::finishesAloneWhileTheHashingPoolIsTaken() {
    // No helper gets a thread: the caller works through every range itself.
    test::PoolBlocker bulk(HashingPool::instance());
    std::atomic<quint64> sum = 0;
    std::atomic<bool> elsewhere = false;
    QThread* const caller = QThread::currentThread();
    forEachChunk(1'000, 10, [&](quint64 first, quint64 count) {
        if (QThread::currentThread() != caller)
            elsewhere = true;
        for (quint64 i = first; i < first + count; ++i)
            sum += i;
    });
    QCOMPARE(sum.load(), 1'000ull * 999 / 2);
    QVERIFY(!elsewhere);
}

QTEST_GUILESS_MAIN(TestParallelChunks)
#include "tst_parallelchunks.moc"
