#pragma once

#include "core/clock/Clock.h"

#include <QPointer>

#include <functional>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

namespace salesdesk {

// The pending timers of a Clock, earliest deadline first; timers with equal deadlines keep the
// order they were added in. A timer whose context object is destroyed is cancelled at once
// through its clock's cancel() (so the clock can re-arm), and never runs. What drives the timers
// (a QTimer armed for the earliest deadline, or a virtual clock jumping to it) is the clock's.
//
// Not thread-safe: use it from the clock's thread.
class TimerQueue {
public:
    using TimerId = Clock::TimerId;

    // A timer taken off the queue to run: run() calls its callback unless its context is gone.
    class DueTimer {
    public:
        Timestamp deadline() const { return m_deadline; }
        // False when the timer had a context that has since been destroyed.
        bool runnable() const { return !m_hasContext || !m_context.isNull(); }
        void run() {
            if (runnable())
                m_callback();
        }

    private:
        friend class TimerQueue;
        Timestamp m_deadline = 0;
        QPointer<const QObject> m_context;
        bool m_hasContext = false;
        std::function<void()> m_callback;
    };

    // `owner` is the clock whose cancel() a destroyed context calls.
    explicit TimerQueue(Clock& owner)
        : m_owner(owner) {}
    TimerQueue(const TimerQueue&) = delete;
    TimerQueue& operator=(const TimerQueue&) = delete;
    ~TimerQueue();

    // Queues a timer; returns its id (never 0, never reused).
    TimerId add(Timestamp at, const QObject* context, std::function<void()> callback);
    // Forgets the timer; false when it is not queued (it ran, or was removed).
    bool remove(TimerId id);
    // The id of the earliest timer, 0 when none is queued.
    TimerId firstId() const { return m_timers.empty() ? 0 : m_timers.begin()->first.second; }
    std::optional<Timestamp> nextDeadline() const;
    bool empty() const { return m_timers.empty(); }
    qsizetype size() const { return static_cast<qsizetype>(m_timers.size()); }
    // Takes the earliest timer off the queue (which must not be empty).
    DueTimer takeFirst();

private:
    struct Timer {
        QPointer<const QObject> context;
        bool hasContext = false;
        std::function<void()> callback;
        QMetaObject::Connection contextWatch;
    };
    using Key = std::pair<Timestamp, TimerId>;

    Clock& m_owner;
    std::map<Key, Timer> m_timers;
    std::unordered_map<TimerId, Timestamp> m_deadlines;
    TimerId m_lastId = 0;
};

} // namespace salesdesk
