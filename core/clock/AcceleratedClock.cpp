#include "core/clock/AcceleratedClock.h"

#include <algorithm>
#include <limits>

namespace salesdesk {

namespace {

constexpr qint64 kMsLimit = std::numeric_limits<qint64>::max() / 4000;

qint64 toMs(Timestamp at) {
    return std::clamp<qint64>(at, -kMsLimit, kMsLimit) * 1000;
}

} // namespace

AcceleratedClock::AcceleratedClock(Timestamp start, int speed, QObject* parent,
                                   MonotonicSource source)
    : Clock(parent)
    , m_source(std::move(source))
    , m_speed(std::clamp(speed, kMinSpeed, kMaxSpeed))
    , m_timer(this) {
    if (!m_source) {
        m_elapsed.start();
        m_source = [this] {
            return m_elapsed.elapsed();
        };
    }
    m_anchorSimulatedMs = toMs(start);
    m_anchorSourceMs = m_source();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AcceleratedClock::onTimeout);
}

qint64 AcceleratedClock::simulatedMs() const {
    const qint64 elapsed = std::max<qint64>(0, m_source() - m_anchorSourceMs);
    return m_anchorSimulatedMs + elapsed * m_speed;
}

Timestamp AcceleratedClock::now() const {
    const qint64 ms = simulatedMs();
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

void AcceleratedClock::reanchor(qint64 simulated) {
    m_anchorSimulatedMs = simulated;
    m_anchorSourceMs = m_source();
}

void AcceleratedClock::setSpeed(int speed) {
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    reanchor(simulatedMs());
    m_speed = speed;
    rearm();
    Q_EMIT speedChanged(m_speed);
}

void AcceleratedClock::advanceTo(Timestamp target) {
    const qint64 current = simulatedMs();
    if (toMs(target) <= current)
        return;
    reanchor(toMs(target));
    rearm();
}

Clock::TimerId AcceleratedClock::callAt(Timestamp at, const QObject* context,
                                        std::function<void()> callback) {
    const TimerId id = m_queue.add(at, context, std::move(callback));
    if (m_queue.firstId() == id)
        rearm();
    return id;
}

void AcceleratedClock::cancel(TimerId id) {
    const bool wasFirst = m_queue.firstId() == id;
    if (m_queue.remove(id) && wasFirst)
        rearm();
}

void AcceleratedClock::recheck() {
    rearm();
}

void AcceleratedClock::onTimeout() {
    const std::optional<Timestamp> next = m_queue.nextDeadline();
    if (!next)
        return;
    if (*next > now()) {
        rearm();
        return;
    }
    // One timer per activation: posted events and other timers get a turn in between.
    TimerQueue::DueTimer due = m_queue.takeFirst();
    rearm();
    due.run();
}

void AcceleratedClock::rearm() {
    const std::optional<Timestamp> next = m_queue.nextDeadline();
    if (!next) {
        m_timer.stop();
        return;
    }
    const qint64 remainingSimulated = toMs(*next) - simulatedMs();
    // Real milliseconds until the deadline, rounded up; past deadlines run on the next iteration.
    const qint64 remaining =
        remainingSimulated <= 0 ? 0 : (remainingSimulated + m_speed - 1) / m_speed;
    m_timer.start(static_cast<int>(std::clamp<qint64>(remaining, 0, kMaxIntervalMs)));
}

} // namespace salesdesk
