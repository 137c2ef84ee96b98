#pragma once

#include "core/clock/Clock.h"
#include "core/clock/ClockHold.h"
#include "core/clock/TimerQueue.h"

#include <QElapsedTimer>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <utility>

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
//
// Time never outruns the work it is waiting for. It stops at the deadline of a timer that is due
// and has not run yet (the event loop is busy: time goes on once the timer has run), and before
// the deadline of every hold (ClockHold::before: a proof, a fill, a download under way) until the
// hold is released. Time lost that way is not made up: the clock then runs at its speed from
// where it stopped, so at a speed the machine cannot sustain it runs as fast as the work allows,
// and effectiveSpeed() says how fast that was.
class AcceleratedClock final : public Clock {
    Q_OBJECT
public:
    // Milliseconds from a fixed but arbitrary origin that never decrease.
    using MonotonicSource = std::function<qint64()>;

    static constexpr int kMinSpeed = 1;
    static constexpr int kMaxSpeed = 100'000;
    // Longest single QTimer interval (real time), so a speed change or a suspend is noticed.
    static constexpr int kMaxIntervalMs = 1000;
    // Longest a hold stops time (real milliseconds): work that itself waits for the clock (a
    // retry on a timer) must not stop the demo for ever. A 4 GiB slot's tree takes seconds, but
    // more than a minute on two cores under a load of 18, and after a restart every proving
    // slot's tree is made again before its first proof: ten minutes.
    static constexpr qint64 kMaxHoldMs = 600'000;

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
    qsizetype activeHolds() const { return static_cast<qsizetype>(m_holds.size()); }

    // Whether time is held now (it would be later without the due timers and holds), and by what:
    // the earliest limit's reason.
    std::optional<ClockHoldReason> heldBy() const;
    // Simulated seconds per real second since the last call (or the clock's start, or the last
    // speed change), and what held time back most recently in that span, if anything did.
    struct Pace {
        double speed = 0;
        std::optional<ClockHoldReason> heldBy;
    };
    Pace takePace();

public Q_SLOTS:
    // Re-reads the time source and re-arms the timer for what is due; the clock does this by
    // itself at least every kMaxIntervalMs.
    void recheck();

Q_SIGNALS:
    void speedChanged(int speed);

private:
    friend class ClockHold;
    // A new hold's id (never 0); removeHold() of an unknown id does nothing.
    quint64 addHold(Timestamp deadline, ClockHoldReason reason);
    void removeHold(quint64 id);

    struct Limit {
        qint64 ms = 0;
        ClockHoldReason reason = ClockHoldReason::Timers;
    };
    // The latest simulated time the due timers and holds allow, if they limit it.
    std::optional<Limit> limit() const;
    qint64 unlimitedMs() const;
    qint64 simulatedMs() const;
    void reanchor(qint64 simulatedMs);
    void onTimeout();
    void rearm();
    void giveUpOldHolds();

    MonotonicSource m_source;
    QElapsedTimer m_elapsed;
    qint64 m_anchorSimulatedMs = 0;
    qint64 m_anchorSourceMs = 0;
    int m_speed = 1;
    TimerQueue m_queue{*this};
    QTimer m_timer;
    struct Hold {
        qint64 deadlineMs = 0;
        ClockHoldReason reason = ClockHoldReason::Proof;
        qint64 sinceSourceMs = 0;
        bool givenUp = false; // held longer than kMaxHoldMs: no longer stops time
    };
    std::map<quint64, Hold> m_holds; // by id: the oldest first
    // The holds that still stop time, by deadline: limit() reads the first, as now() does on every
    // call, whatever the number of holds (a thousand proving slots each hold time for a proof).
    std::set<std::pair<qint64, quint64>> m_holdDeadlines;
    quint64 m_lastHoldId = 0;
    // takePace(): where the last span began, and what held time in it.
    qint64 m_paceSourceMs = 0;
    qint64 m_paceSimulatedMs = 0;
    mutable std::optional<ClockHoldReason> m_heldInSpan;
};

} // namespace salesdesk
