#include "core/clock/AcceleratedClock.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

namespace salesdesk {

namespace {

Q_LOGGING_CATEGORY(lcAcceleratedClock, "salesdesk.clock.acceleratedclock")

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
    m_paceSimulatedMs = m_anchorSimulatedMs;
    m_paceSourceMs = m_anchorSourceMs;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AcceleratedClock::onTimeout);
}

qint64 AcceleratedClock::unlimitedMs() const {
    const qint64 elapsed = std::max<qint64>(0, m_source() - m_anchorSourceMs);
    return m_anchorSimulatedMs + elapsed * m_speed;
}

std::optional<AcceleratedClock::Limit> AcceleratedClock::limit() const {
    std::optional<Limit> result;
    if (const std::optional<Timestamp> next = m_queue.nextDeadline())
        result = Limit{toMs(*next), ClockHoldReason::Timers};
    if (!m_holdDeadlines.empty()) {
        const auto& [deadlineMs, id] = *m_holdDeadlines.begin();
        // Before the deadline: the last millisecond of the second before it.
        if (!result || deadlineMs - 1 < result->ms)
            result = Limit{deadlineMs - 1, m_holds.at(id).reason};
    }
    // Never behind the anchor: a limit only stops time, it never moves it back (every change of
    // the timers or holds re-anchors first, so the anchor is the latest time shown).
    if (result)
        result->ms = std::max(result->ms, m_anchorSimulatedMs);
    return result;
}

qint64 AcceleratedClock::simulatedMs() const {
    const qint64 unlimited = unlimitedMs();
    if (const std::optional<Limit> limited = limit(); limited && unlimited > limited->ms) {
        m_heldInSpan = limited->reason;
        return limited->ms;
    }
    return unlimited;
}

Timestamp AcceleratedClock::now() const {
    const qint64 ms = simulatedMs();
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

void AcceleratedClock::reanchor(qint64 simulated) {
    m_anchorSimulatedMs = simulated;
    m_anchorSourceMs = m_source();
}

std::optional<ClockHoldReason> AcceleratedClock::heldBy() const {
    const std::optional<Limit> limited = limit();
    if (limited && unlimitedMs() > limited->ms)
        return limited->reason;
    return std::nullopt;
}

AcceleratedClock::Pace AcceleratedClock::takePace() {
    const qint64 sourceMs = m_source();
    const qint64 simulated = simulatedMs();
    Pace pace;
    const qint64 realMs = sourceMs - m_paceSourceMs;
    pace.speed = realMs > 0 ? double(simulated - m_paceSimulatedMs) / double(realMs) : m_speed;
    pace.heldBy = m_heldInSpan;
    m_heldInSpan.reset();
    m_paceSourceMs = sourceMs;
    m_paceSimulatedMs = simulated;
    return pace;
}

quint64 AcceleratedClock::addHold(Timestamp deadline, ClockHoldReason reason) {
    reanchor(simulatedMs());
    const quint64 id = ++m_lastHoldId;
    m_holds.emplace(id, Hold{toMs(deadline), reason, m_source()});
    m_holdDeadlines.emplace(toMs(deadline), id);
    rearm();
    return id;
}

void AcceleratedClock::removeHold(quint64 id) {
    const auto hold = m_holds.find(id);
    if (hold == m_holds.end())
        return;
    // Time goes on from where the hold stopped it, not from where it would have been.
    reanchor(simulatedMs());
    m_holdDeadlines.erase({hold->second.deadlineMs, id});
    m_holds.erase(hold);
    rearm();
}

void AcceleratedClock::setSpeed(int speed) {
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    reanchor(simulatedMs());
    m_speed = speed;
    m_paceSimulatedMs = m_anchorSimulatedMs;
    m_paceSourceMs = m_anchorSourceMs;
    m_heldInSpan.reset();
    rearm();
    Q_EMIT speedChanged(m_speed);
}

void AcceleratedClock::advanceTo(Timestamp target) {
    const qint64 current = simulatedMs();
    if (toMs(target) <= current)
        return;
    reanchor(toMs(target));
    m_paceSimulatedMs = m_anchorSimulatedMs;
    m_paceSourceMs = m_anchorSourceMs;
    rearm();
}

Clock::TimerId AcceleratedClock::callAt(Timestamp at, const QObject* context,
                                        std::function<void()> callback) {
    // A timer before the time shown must not move it back: fold the time shown into the anchor.
    reanchor(simulatedMs());
    const TimerId id = m_queue.add(at, context, std::move(callback));
    if (m_queue.firstId() == id)
        rearm();
    return id;
}

void AcceleratedClock::cancel(TimerId id) {
    // Time held by this timer goes on from where it stopped.
    reanchor(simulatedMs());
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
        return rearm();
    if (*next > now()) {
        rearm();
        return;
    }
    // One timer per activation: posted events and other timers get a turn in between. Time held
    // at its deadline goes on from there.
    reanchor(simulatedMs());
    TimerQueue::DueTimer due = m_queue.takeFirst();
    rearm();
    due.run();
}

void AcceleratedClock::giveUpOldHolds() {
    const qint64 sourceMs = m_source();
    // Oldest first: the first hold young enough ends the walk, those after it are younger.
    for (auto& [id, hold] : m_holds) {
        if (hold.givenUp)
            continue;
        // Work that waits for the clock itself (a retry on a timer past the deadline) would
        // otherwise hold time for ever: a hold stops time for kMaxHoldMs of real time at most.
        if (sourceMs - hold.sinceSourceMs <= kMaxHoldMs)
            break;
        reanchor(simulatedMs()); // time goes on from where the hold stopped it
        hold.givenUp = true;
        m_holdDeadlines.erase({hold.deadlineMs, id});
        qCWarning(lcAcceleratedClock).noquote()
            << QStringLiteral("work that holds the demo's time is not done after %1 ms of real "
                              "time: time goes on without waiting for it")
                   .arg(kMaxHoldMs);
    }
}

void AcceleratedClock::rearm() {
    giveUpOldHolds();
    const std::optional<Timestamp> next = m_queue.nextDeadline();
    if (!next) {
        // Holds are checked at least every kMaxIntervalMs, timers or not.
        if (m_holds.empty())
            m_timer.stop();
        else
            m_timer.start(kMaxIntervalMs);
        return;
    }
    const qint64 nextMs = toMs(*next);
    if (const std::optional<Limit> limited = limit();
        limited && limited->ms < nextMs && unlimitedMs() >= limited->ms) {
        // Held before the timer's deadline: releasing the hold re-arms.
        m_timer.start(kMaxIntervalMs);
        return;
    }
    const qint64 remainingSimulated = nextMs - simulatedMs();
    // Real milliseconds until the deadline, rounded up; past deadlines run on the next iteration.
    const qint64 remaining =
        remainingSimulated <= 0 ? 0 : (remainingSimulated + m_speed - 1) / m_speed;
    m_timer.start(static_cast<int>(std::clamp<qint64>(remaining, 0, kMaxIntervalMs)));
}

} // namespace salesdesk
