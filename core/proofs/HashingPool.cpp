#include "core/proofs/HashingPool.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace salesdesk::proofs {

QThreadPool& HashingPool::instance() {
    struct Pool : QThreadPool {
        Pool() {
            setObjectName(QStringLiteral("HashingPool"));
            setMaxThreadCount(HashingPool::threadCountFor(QThread::idealThreadCount()));
            // A job still hashing when the application ends uses other function-local statics
            // (the tree cache); those made after this pool are destroyed before it, while its
            // destructor would still wait for the job. Wait in QCoreApplication's destructor
            // instead, as Qt does for its global pool, before any static goes.
            qAddPostRoutine([] { HashingPool::instance().waitForDone(); });
        }
    };
    static Pool pool;
    return pool;
}

int HashingPool::threadCountFor(int cores) {
    return std::max(cores - 1, 1);
}

} // namespace salesdesk::proofs
