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
    const TimerId id = ++m_lastId;
    Timer timer;
    timer.context = context;
    timer.hasContext = context != nullptr;
    timer.callback = std::move(callback);
    if (context) {
        // Drop the timer as soon as its context goes, rather than holding it until the deadline.
        timer.contextWatch =
            connect(context, &QObject::destroyed, this, [this, id] { cancel(id); });
    }
    const bool becomesFirst = m_timers.empty() || Key{at, id} < m_timers.begin()->first;
    m_timers.emplace(Key{at, id}, std::move(timer));
    m_deadlines.emplace(id, at);
    if (becomesFirst)
        rearm();
    return id;
}

void SystemClock::cancel(TimerId id) {
    const auto found = m_deadlines.find(id);
    if (found == m_deadlines.end())
        return;
    const auto it = m_timers.find(Key{found->second, id});
    const bool wasFirst = it == m_timers.begin();
    disconnect(it->second.contextWatch);
    m_timers.erase(it);
    m_deadlines.erase(found);
    if (wasFirst)
        rearm();
}

std::optional<Timestamp> SystemClock::nextDeadline() const {
    if (m_timers.empty())
        return std::nullopt;
    return m_timers.begin()->first.first;
}

void SystemClock::onTimeout() {
    if (m_timers.empty())
        return;
    // QTimer runs on the monotonic clock; the deadline is wall time. Only run what is really due.
    if (millisecondsUntil(m_timers.begin()->first.first) > 0) {
        rearm();
        return;
    }
    // One timer per activation: posted events and other timers get a turn in between, and a
    // callback that schedules another due timer cannot starve the event loop.
    auto node = m_timers.extract(m_timers.begin());
    m_deadlines.erase(node.key().second);
    Timer& timer = node.mapped();
    disconnect(timer.contextWatch);
    rearm();
    if (timer.hasContext && timer.context.isNull())
        return;
    timer.callback();
}

void SystemClock::rearm() {
    if (m_timers.empty()) {
        m_timer.stop();
        return;
    }
    // Past deadlines get interval 0: the next loop iteration, never synchronously.
    const qint64 remaining = millisecondsUntil(m_timers.begin()->first.first);
    m_timer.start(static_cast<int>(std::clamp<qint64>(remaining, 0, kMaxIntervalMs)));
}

} // namespace salesdesk
