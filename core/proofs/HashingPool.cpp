#include "core/proofs/HashingPool.h"

#include <QThread>

#include <algorithm>

namespace salesdesk::proofs {

QThreadPool& HashingPool::instance() {
    struct Pool : QThreadPool {
        Pool() {
            setObjectName(QStringLiteral("HashingPool"));
            setMaxThreadCount(HashingPool::threadCountFor(QThread::idealThreadCount()));
        }
    };
    static Pool pool;
    return pool;
}

int HashingPool::threadCountFor(int cores) {
    return std::max(cores - 1, 1);
}

} // namespace salesdesk::proofs
