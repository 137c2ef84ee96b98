#pragma once

#include <QSemaphore>
#include <QThreadPool>

#include <memory>

namespace salesdesk::test {

// Takes every thread of a pool with a job that waits until release() (or the blocker's end):
// work started on the pool meanwhile only queues. The constructor returns once every blocking
// job runs, so what a test checks next does not depend on timing.
class PoolBlocker {
public:
    explicit PoolBlocker(QThreadPool& pool)
        : m_threads(pool.maxThreadCount()) {
        for (int i = 0; i < m_threads; ++i)
            pool.start([gates = m_gates] {
                gates->running.release();
                gates->released.acquire();
            });
        m_gates->running.acquire(m_threads);
    }
    ~PoolBlocker() { release(); }
    PoolBlocker(const PoolBlocker&) = delete;
    PoolBlocker& operator=(const PoolBlocker&) = delete;

    int threads() const { return m_threads; }
    // Lets the blocking jobs end; once is enough.
    void release() {
        if (m_released)
            return;
        m_released = true;
        m_gates->released.release(m_threads);
    }

private:
    // Shared with the jobs, which may still be waking up when the blocker is gone.
    struct Gates {
        QSemaphore running;
        QSemaphore released;
    };
    std::shared_ptr<Gates> m_gates = std::make_shared<Gates>();
    int m_threads = 0;
    bool m_released = false;
};

} // namespace salesdesk::test
