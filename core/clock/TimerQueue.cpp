#include "core/clock/TimerQueue.h"

namespace salesdesk {

TimerQueue::~TimerQueue() {
    for (auto& [key, timer] : m_timers)
        QObject::disconnect(timer.contextWatch);
}

TimerQueue::TimerId TimerQueue::add(Timestamp at, const QObject* context,
                                    std::function<void()> callback) {
    const TimerId id = ++m_lastId;
    Timer timer;
    timer.context = context;
    timer.hasContext = context != nullptr;
    timer.callback = std::move(callback);
    if (context) {
        // Drop the timer as soon as its context goes, rather than holding it until the deadline
        // (and so that pending counts and the next deadline never report work that cannot run).
        Clock* owner = &m_owner;
        timer.contextWatch = QObject::connect(context, &QObject::destroyed, owner,
                                              [owner, id] { owner->cancel(id); });
    }
    m_timers.emplace(Key{at, id}, std::move(timer));
    m_deadlines.emplace(id, at);
    return id;
}

bool TimerQueue::remove(TimerId id) {
    const auto found = m_deadlines.find(id);
    if (found == m_deadlines.end())
        return false;
    const auto it = m_timers.find(Key{found->second, id});
    QObject::disconnect(it->second.contextWatch);
    m_timers.erase(it);
    m_deadlines.erase(found);
    return true;
}

std::optional<Timestamp> TimerQueue::nextDeadline() const {
    if (m_timers.empty())
        return std::nullopt;
    return m_timers.begin()->first.first;
}

TimerQueue::DueTimer TimerQueue::takeFirst() {
    auto node = m_timers.extract(m_timers.begin());
    m_deadlines.erase(node.key().second);
    Timer& timer = node.mapped();
    QObject::disconnect(timer.contextWatch);
    DueTimer due;
    due.m_deadline = node.key().first;
    due.m_context = timer.context;
    due.m_hasContext = timer.hasContext;
    due.m_callback = std::move(timer.callback);
    return due;
}

} // namespace salesdesk
