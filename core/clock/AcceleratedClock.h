#pragma once

#include "core/clock/Clock.h"
#include "core/clock/TimerQueue.h"

#include <QElapsedTimer>
#include <QTimer>

#include <functional>
#include <optional>

namespace salesdesk {

// Real time run faster: the demo's clock. Simulated time advances `speed()` seconds for every
// second that really passes (1×, 60×, 600×…), measured on a monotonic source so that it never
// moves backwards. The speed can change at any time: the clock re-anchors at the current
// simulated time, so a change never makes time jump. advanceTo() moves time forward at once
// (used to resume after a restart); a target in the past changes nothing.
//
// Timers work like SystemClock's: one ordered queue (TimerQueue), one precise QTimer armed for the
// earliest deadline (converted to real milliseconds at the current speed), one callback per
// activation. Not thread-safe: use it from the thread it lives in.
class AcceleratedClock final : public Clock {
    Q_OBJECT
public:
    // Milliseconds from a fixed but arbitrary origin that never decrease.
    using MonotonicSource = std::function<qint64()>;

    static constexpr int kMinSpeed = 1;
    static constexpr int kMaxSpeed = 100'000;
    // Longest single QTimer interval (real time), so a speed change or a suspend is noticed.
    static constexpr int kMaxIntervalMs = 1000;

    // Starts at `start` with `speed` (clamped to kMinSpeed … kMaxSpeed). `source` defaults to a
    // QElapsedTimer; tests pass their own.
    AcceleratedClock(Timestamp start, int speed, QObject* parent = nullptr,
                     MonotonicSource source = {});

    Timestamp now() const override;
    TimerId callAt(Timestamp at, const QObject* context, std::function<void()> callback) override;
    void cancel(TimerId id) override;

    int speed() const { return m_speed; }
    // Clamped to kMinSpeed … kMaxSpeed; time goes on from where it is.
    void setSpeed(int speed);
    // Moves time forward to `target` at once (due timers then run from the event loop).
    void advanceTo(Timestamp target);

    qsizetype pendingTimers() const { return m_queue.size(); }
    std::optional<Timestamp> nextDeadline() const { return m_queue.nextDeadline(); }

public Q_SLOTS:
    // Re-reads the time source and re-arms the timer for what is due; the clock does this by
    // itself at least every kMaxIntervalMs.
    void recheck();

Q_SIGNALS:
    void speedChanged(int speed);

private:
    qint64 simulatedMs() const;
    void reanchor(qint64 simulatedMs);
    void onTimeout();
    void rearm();

    MonotonicSource m_source;
    QElapsedTimer m_elapsed;
    qint64 m_anchorSimulatedMs = 0;
    qint64 m_anchorSourceMs = 0;
    int m_speed = 1;
    TimerQueue m_queue{*this};
    QTimer m_timer;
};

} // namespace salesdesk
