#pragma once

#include "core/clock/Clock.h"

#include <QPointer>

namespace salesdesk {

class AcceleratedClock;

// What keeps a clock's time from running on: the kind of work under way, for whoever shows why
// time runs slower than it was asked to (the demo's toolbar).
enum class ClockHoldReason {
    Timers,   // timers that are due have not run yet: the event loop is busy
    Proof,    // a storage proof is being computed or submitted before its period ends
    Fill,     // a slot's first proof and fill, before the period of its challenge ends
    Download, // a slot's data (and its tree) before the request expires
    Recovery, // the sales recovered at a start, before their proofs fall due
    Chain,    // a local test chain whose time follows the clock has not caught up with it yet
};

// A hold on a clock's time: released on destruction or by release(). Movable, not copyable; an
// empty hold (default, or from a clock that does not wait) does nothing.
class ClockHold {
public:
    // Work that must be done before `deadline` (a proof before its period ends, a fill before its
    // challenge changes) is under way and takes real time (hashing, disk, the event loop). A
    // clock that can wait for it (AcceleratedClock, the demo's) keeps now() before `deadline`
    // until the hold is released, however long the work takes; SystemClock cannot wait, and
    // VirtualClock does not need to (its own holds stop it while work is out): their holds are
    // empty. A deadline not after now() holds time where it is.
    static ClockHold before(Clock& clock, Timestamp deadline, ClockHoldReason reason);

    ClockHold() = default;
    ClockHold(ClockHold&& other) noexcept;
    ClockHold& operator=(ClockHold&& other) noexcept;
    ClockHold(const ClockHold&) = delete;
    ClockHold& operator=(const ClockHold&) = delete;
    ~ClockHold();

    void release();
    bool active() const { return m_id != 0 && !m_clock.isNull(); }

private:
    ClockHold(AcceleratedClock& clock, quint64 id);

    QPointer<AcceleratedClock> m_clock;
    quint64 m_id = 0;
};

} // namespace salesdesk
