#pragma once

#include "core/clock/Clock.h"

#include <QHash>
#include <QPointer>

#include <functional>

namespace salesdesk {

// The clock of what waits on something outside the desk (a chain node's receipts, a retry of a
// broadcast): now() is the desk clock's, and a timer set `seconds` ahead runs when the desk clock
// reaches its deadline or when that many seconds of real time have passed, whichever comes first.
//
// The desk's clock can be held (ClockHold: an AcceleratedClock stops before a period ends while a
// fill or a proof is under way). A hold that waits for a transaction's receipt would otherwise
// also stop the poll that brings the receipt, and the desk stood still until the hold gave up
// (AcceleratedClock::kMaxHoldMs). On a clock that is never held the desk clock simply comes first
// (at any speed of 1 or more).
class NodeWaitClock final : public Clock {
    Q_OBJECT
public:
    // Both clocks must outlive this; `realClock` runs in real time (SystemClock).
    NodeWaitClock(Clock& deskClock, Clock& realClock, QObject* parent = nullptr);
    ~NodeWaitClock() override;

    Timestamp now() const override { return m_desk.now(); }
    TimerId callAt(Timestamp at, const QObject* context, std::function<void()> callback) override;
    void cancel(TimerId id) override;

    // Timers set and not yet run or cancelled, for tests.
    qsizetype pendingTimers() const { return m_timers.size(); }

private:
    struct Timer {
        TimerId desk = 0;
        TimerId real = 0;
        QPointer<const QObject> context;
        bool hasContext = false;
        std::function<void()> callback;
    };
    void fire(TimerId id);

    Clock& m_desk;
    Clock& m_real;
    QHash<TimerId, Timer> m_timers;
    TimerId m_nextId = 1;
};

} // namespace salesdesk
