#include "core/clock/SystemClock.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace salesdesk {

namespace {

// Milliseconds from now until `at`, saturated so that far-future (or far-past) deadlines cannot
// overflow the conversion to milliseconds.
qint64 millisecondsUntil(Timestamp at) {
    constexpr qint64 kLimit = std::numeric_limits<qint64>::max() / 2000;
    if (at > kLimit)
        return std::numeric_limits<qint64>::max();
    if (at < -kLimit)
        return std::numeric_limits<qint64>::min();
    return at * 1000 - QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SystemClock::SystemClock(QObject* parent)
    : Clock(parent)
    , m_timer(this) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SystemClock::onTimeout);
}

Timestamp SystemClock::now() const {
    return QDateTime::currentSecsSinceEpoch();
}

Clock::TimerId SystemClock::callAt(Timestamp at, const QObject* context,
                                   std::function<void()> callback) {
    const TimerId id = m_queue.add(at, context, std::move(callback));
    if (m_queue.firstId() == id)
        rearm();
    return id;
}

void SystemClock::cancel(TimerId id) {
    const bool wasFirst = m_queue.firstId() == id;
    if (m_queue.remove(id) && wasFirst)
        rearm();
}

void SystemClock::onTimeout() {
    const std::optional<Timestamp> next = m_queue.nextDeadline();
    if (!next)
        return;
    // QTimer runs on the monotonic clock; the deadline is wall time. Only run what is really due.
    if (millisecondsUntil(*next) > 0) {
        rearm();
        return;
    }
    // One timer per activation: posted events and other timers get a turn in between, and a
    // callback that schedules another due timer cannot starve the event loop.
    TimerQueue::DueTimer due = m_queue.takeFirst();
    rearm();
    due.run();
}

void SystemClock::rearm() {
    const std::optional<Timestamp> next = m_queue.nextDeadline();
    if (!next) {
        m_timer.stop();
        return;
    }
    // Past deadlines get interval 0: the next loop iteration, never synchronously.
    const qint64 remaining = millisecondsUntil(*next);
    m_timer.start(static_cast<int>(std::clamp<qint64>(remaining, 0, kMaxIntervalMs)));
}

} // namespace salesdesk
