#pragma once

#include "core/clock/Clock.h"
#include "core/clock/TimerQueue.h"

#include <QTimer>

#include <optional>

namespace salesdesk {

// Wall-clock time. Timers live in one ordered queue (TimerQueue); a single precise QTimer is armed
// for the earliest deadline, so equal deadlines keep their scheduling order whatever the OS timer
// does. Not thread-safe: use it from the thread it lives in.
class SystemClock final : public Clock {
    Q_OBJECT
public:
    // Longest single QTimer interval. The interval is an int of milliseconds, and the monotonic
    // clock behind QTimer stops during suspend, so far deadlines are re-checked against wall time
    // at least this often.
    static constexpr int kMaxIntervalMs = 60 * 1000;

    explicit SystemClock(QObject* parent = nullptr);

    Timestamp now() const override;
    TimerId callAt(Timestamp at, const QObject* context, std::function<void()> callback) override;
    void cancel(TimerId id) override;

    qsizetype pendingTimers() const { return m_queue.size(); }
    std::optional<Timestamp> nextDeadline() const { return m_queue.nextDeadline(); }

private:
    void onTimeout();
    void rearm();

    TimerQueue m_queue{*this};
    QTimer m_timer;
};

} // namespace salesdesk
