#pragma once

#include <QObject>

#include <cstdint>
#include <functional>

namespace salesdesk {

// Unix time in whole seconds, the contract's unit of time.
using Timestamp = qint64;

// The engine's only source of time. Production uses SystemClock; tests, scenarios and the demo
// market use VirtualClock, whose time jumps from one deadline to the next.
class Clock : public QObject {
    Q_OBJECT
public:
    using TimerId = quint64;

    using QObject::QObject;
    ~Clock() override = default;

    virtual Timestamp now() const = 0;

    // Runs `callback` on this clock's thread once now() >= at. Timers with equal deadlines run in
    // the order they were scheduled. If `context` is destroyed first, the callback never runs.
    // Returns an id for cancel(); ids are never 0 and never reused.
    virtual TimerId callAt(Timestamp at, const QObject* context,
                           std::function<void()> callback) = 0;
    TimerId callAfter(qint64 seconds, const QObject* context, std::function<void()> callback) {
        return callAt(now() + seconds, context, std::move(callback));
    }
    // Cancelling an id that already ran or was cancelled does nothing.
    virtual void cancel(TimerId id) = 0;
};

} // namespace salesdesk
