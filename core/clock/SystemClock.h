#pragma once

#include "core/clock/Clock.h"

#include <QPointer>
#include <QTimer>

#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

namespace salesdesk {

// Wall-clock time. Timers live in one ordered queue; a single precise QTimer is armed for the
// earliest deadline, so equal deadlines keep their scheduling order whatever the OS timer does.
// Not thread-safe: use it from the thread it lives in.
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

    qsizetype pendingTimers() const { return static_cast<qsizetype>(m_timers.size()); }
    std::optional<Timestamp> nextDeadline() const;

private:
    struct Timer {
        QPointer<const QObject> context;
        bool hasContext = false;
        std::function<void()> callback;
        QMetaObject::Connection contextWatch;
    };
    using Key = std::pair<Timestamp, TimerId>;

    void onTimeout();
    void rearm();

    std::map<Key, Timer> m_timers;
    std::unordered_map<TimerId, Timestamp> m_deadlines;
    QTimer m_timer;
    TimerId m_lastId = 0;
};

} // namespace salesdesk
