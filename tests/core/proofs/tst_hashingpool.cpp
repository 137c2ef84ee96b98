// HashingPool: bulk hashing on threads of its own, leaving the global pool to proofs.
#include "core/proofs/HashingPool.h"
#include "tests/support/PoolBlocker.h"
#include "tests/support/TestSupport.h"

#include <QFuture>
#include <QObject>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace salesdesk;
using namespace salesdesk::proofs;

class TestHashingPool : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Bulk hashing gets every core but one, and at least one thread on a single core.
    void leavesOneCoreToProofs() {
        QCOMPARE(HashingPool::threadCountFor(1), 1);
        QCOMPARE(HashingPool::threadCountFor(2), 1);
        QCOMPARE(HashingPool::threadCountFor(4), 3);
        QCOMPARE(HashingPool::threadCountFor(0), 1);
        QCOMPARE(HashingPool::instance().maxThreadCount(),
                 HashingPool::threadCountFor(QThread::idealThreadCount()));
    }

    // A pool of its own: with every one of its threads taken, work on the global pool still runs.
    void isApartFromTheGlobalPool() {
        QVERIFY(&HashingPool::instance() != QThreadPool::globalInstance());
        QVERIFY(QThreadPool::globalInstance()->maxThreadCount() >= 1);
        test::PoolBlocker bulk(HashingPool::instance());
        QFuture<int> queued = QtConcurrent::run(&HashingPool::instance(), [] { return 1; });
        QFuture<int> other = QtConcurrent::run(QThreadPool::globalInstance(), [] { return 2; });
        QTRY_VERIFY_WITH_TIMEOUT(other.isFinished(), 10'000); // it has a thread of its own
        QCOMPARE(other.result(), 2);
        QVERIFY(!queued.isFinished());
        bulk.release();
        QTRY_VERIFY_WITH_TIMEOUT(queued.isFinished(), 10'000);
        QCOMPARE(queued.result(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHashingPool)
#include "tst_hashingpool.moc"
