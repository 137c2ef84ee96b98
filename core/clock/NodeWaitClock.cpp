#include "core/clock/NodeWaitClock.h"

#include <algorithm>

namespace salesdesk {

NodeWaitClock::NodeWaitClock(Clock& deskClock, Clock& realClock, QObject* parent)
    : Clock(parent)
    , m_desk(deskClock)
    , m_real(realClock) {}

NodeWaitClock::~NodeWaitClock() {
    for (const Timer& timer : std::as_const(m_timers)) {
        m_desk.cancel(timer.desk);
        m_real.cancel(timer.real);
    }
}

Clock::TimerId NodeWaitClock::callAt(Timestamp at, const QObject* context,
                                     std::function<void()> callback) {
    const TimerId id = m_nextId++;
    const qint64 seconds = std::max<qint64>(0, at - m_desk.now());
    Timer timer;
    timer.context = context;
    timer.hasContext = context != nullptr;
    timer.callback = std::move(callback);
    // Inserted before either clock is asked: a clock may run a due timer at once.
    m_timers.insert(id, std::move(timer));
    const TimerId desk = m_desk.callAt(at, this, [this, id] { fire(id); });
    const TimerId real = m_real.callAfter(seconds, this, [this, id] { fire(id); });
    if (auto it = m_timers.find(id); it != m_timers.end()) {
        it->desk = desk;
        it->real = real;
    } else {
        // Ran already (a clock that runs due timers synchronously): the other one is not needed.
        m_desk.cancel(desk);
        m_real.cancel(real);
    }
    return id;
}

void NodeWaitClock::cancel(TimerId id) {
    const auto it = m_timers.find(id);
    if (it == m_timers.end())
        return;
    m_desk.cancel(it->desk);
    m_real.cancel(it->real);
    m_timers.erase(it);
}

void NodeWaitClock::fire(TimerId id) {
    const auto it = m_timers.find(id);
    if (it == m_timers.end())
        return;
    Timer timer = std::move(*it);
    m_timers.erase(it);
    m_desk.cancel(timer.desk);
    m_real.cancel(timer.real);
    if (timer.hasContext && timer.context.isNull())
        return;
    timer.callback();
}

} // namespace salesdesk
