#include "core/proofs/ParallelChunks.h"

#include "core/proofs/HashingPool.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <memory>

namespace salesdesk::proofs {

namespace {

// Shared with helpers that may start after the call returned: those find `closed` and leave
// without touching `work`, which lives on the caller's stack.
struct ChunkRun {
    const std::function<void(quint64, quint64)>* work = nullptr;
    quint64 total = 0;
    quint64 chunkSize = 0;
    std::atomic<quint64> next = 0;
    QMutex mutex;
    QWaitCondition helpersDone;
    int activeHelpers = 0;
    bool closed = false;

    void drain() {
        for (;;) {
            const quint64 first = next.fetch_add(chunkSize);
            if (first >= total)
                return;
            (*work)(first, std::min(chunkSize, total - first));
        }
    }
};

} // namespace

void forEachChunk(quint64 total, quint64 chunkSize,
                  const std::function<void(quint64 first, quint64 count)>& work) {
    if (total == 0 || chunkSize == 0)
        return;
    auto run = std::make_shared<ChunkRun>();
    run->work = &work;
    run->total = total;
    run->chunkSize = chunkSize;

    const quint64 chunks = (total - 1) / chunkSize + 1;
    QThreadPool& pool = HashingPool::instance();
    const quint64 helpers =
        std::min<quint64>({static_cast<quint64>(std::max(QThread::idealThreadCount(), 1)) - 1,
                           static_cast<quint64>(std::max(pool.maxThreadCount(), 1)), chunks - 1});
    for (quint64 h = 0; h < helpers; ++h) {
        pool.start([run] {
            {
                QMutexLocker lock(&run->mutex);
                if (run->closed)
                    return;
                ++run->activeHelpers;
            }
            run->drain();
            QMutexLocker lock(&run->mutex);
            if (--run->activeHelpers == 0)
                run->helpersDone.wakeAll();
        });
    }
    run->drain();
    QMutexLocker lock(&run->mutex);
    run->closed = true;
    while (run->activeHelpers > 0)
        run->helpersDone.wait(&run->mutex);
}

} // namespace salesdesk::proofs
