#pragma once

#include "core/clock/Clock.h"
#include "core/clock/TimerQueue.h"

#include <QPointer>

#include <limits>
#include <optional>

class QEvent;

namespace salesdesk {

// Discrete-event time for tests, scenarios and the simulated market: now() only moves when the
// clock is advanced, and then jumps from one deadline to the next. Timers with equal deadlines
// run in scheduling order; time never moves backwards; a timer scheduled in the past runs at the
// current time. Posted events are delivered before each timer runs, so queued work started by one
// timer settles before time moves on.
//
// Holds count asynchronous work (e.g. a QtConcurrent job whose result comes back as a posted
// event). While any hold is outstanding time does not jump on its own, and explicit advancing
// first runs the event loop until every hold is released.
//
// Not thread-safe: use it, including hold()/release(), from the thread it lives in.
class VirtualClock final : public Clock {
    Q_OBJECT
public:
    // RAII hold: released on destruction or by release(); movable, not copyable.
    class Hold {
    public:
        Hold() = default;
        explicit Hold(VirtualClock& clock);
        Hold(Hold&& other) noexcept;
        Hold& operator=(Hold&& other) noexcept;
        Hold(const Hold&) = delete;
        Hold& operator=(const Hold&) = delete;
        ~Hold();

        void release();
        bool active() const { return !m_clock.isNull(); }

    private:
        QPointer<VirtualClock> m_clock;
    };

    explicit VirtualClock(Timestamp start, QObject* parent = nullptr);

    Timestamp now() const override { return m_now; }
    TimerId callAt(Timestamp at, const QObject* context, std::function<void()> callback) override;
    void cancel(TimerId id) override;

    // Runs, in order, every timer due up to `target` (including ones scheduled on the way), then
    // leaves now() at `target`. A target in the past only runs what is due now.
    void advanceTo(Timestamp target);
    void advanceBy(qint64 seconds);
    // Jumps to the next deadline and runs every timer due then. False when no timer is pending.
    bool runNext();
    // Runs timers until none remain or the next one is after `limit`; now() stays at the last
    // deadline run. Returns the number of callbacks run.
    qsizetype runUntilIdle(Timestamp limit = std::numeric_limits<Timestamp>::max());

    qsizetype pendingTimers() const { return m_queue.size(); }
    std::optional<Timestamp> nextDeadline() const { return m_queue.nextDeadline(); }

    void hold();
    void release();
    int outstandingHolds() const { return m_holds; }

    // When on, the clock runs the next timer by itself whenever the event loop has no other
    // posted event to deliver, so a simulation runs as fast as its events allow.
    void setAutoAdvance(bool on);
    bool autoAdvance() const { return m_autoAdvance; }

    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void timeChanged(salesdesk::Timestamp now);
    // The outstanding hold count dropped to zero.
    void holdsReleased();

protected:
    bool event(QEvent* event) override;

private:
    bool beginExplicit(const char* what);
    void endExplicit();
    void runUpTo(Timestamp target);
    void settle();
    bool deliverPostedOnce(bool deferredDeletes);
    bool waitForHolds();
    void runFirst();
    void setNow(Timestamp t);
    void scheduleAutoAdvance();

    TimerQueue m_queue{*this};
    Timestamp m_now;
    qsizetype m_callbacksRun = 0;
    int m_holds = 0;
    int m_callbackDepth = 0;
    quint64 m_deliveredEvents = 0;
    int m_countingDepth = 0;
    bool m_explicit = false;
    bool m_autoAdvance = false;
    bool m_autoAdvancePosted = false;
};

} // namespace salesdesk
