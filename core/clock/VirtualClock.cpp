#include "core/clock/VirtualClock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcVirtualClock, "salesdesk.clock.virtualclock")

namespace salesdesk {

namespace {

QEvent::Type autoAdvanceEventType() {
    static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
    return type;
}

// A chain of queued calls settles in a handful of passes; this many means something re-posts
// itself forever, and time has to move on regardless.
constexpr int kMaxSettlePasses = 10000;

// How often a wait for holds reminds the log what it is waiting for: a missing release() would
// otherwise hang silently.
constexpr int kHoldReminderMs = 10 * 1000;

} // namespace

// ---- Hold -------------------------------------------------------------------------------------

VirtualClock::Hold::Hold(VirtualClock& clock)
    : m_clock(&clock) {
    clock.hold();
}

VirtualClock::Hold::Hold(Hold&& other) noexcept
    : m_clock(other.m_clock) {
    other.m_clock.clear();
}

VirtualClock::Hold& VirtualClock::Hold::operator=(Hold&& other) noexcept {
    if (this != &other) {
        release();
        m_clock = other.m_clock;
        other.m_clock.clear();
    }
    return *this;
}

VirtualClock::Hold::~Hold() {
    release();
}

void VirtualClock::Hold::release() {
    if (m_clock.isNull())
        return;
    VirtualClock* clock = m_clock.data();
    m_clock.clear();
    clock->release();
}

// ---- VirtualClock -----------------------------------------------------------------------------

VirtualClock::VirtualClock(Timestamp start, QObject* parent)
    : Clock(parent)
    , m_now(start) {}

Clock::TimerId VirtualClock::callAt(Timestamp at, const QObject* context,
                                    std::function<void()> callback) {
    // A timer scheduled in the past runs at the current time.
    const TimerId id = m_queue.add(std::max(at, m_now), context, std::move(callback));
    scheduleAutoAdvance();
    return id;
}

void VirtualClock::cancel(TimerId id) {
    m_queue.remove(id);
}

void VirtualClock::advanceTo(Timestamp target) {
    if (!beginExplicit("advanceTo"))
        return;
    runUpTo(target);
    endExplicit();
}

void VirtualClock::advanceBy(qint64 seconds) {
    advanceTo(m_now + std::max<qint64>(seconds, 0));
}

bool VirtualClock::runNext() {
    if (!beginExplicit("runNext"))
        return false;
    settle();
    const std::optional<Timestamp> next = nextDeadline();
    if (next)
        runUpTo(*next);
    endExplicit();
    return next.has_value();
}

qsizetype VirtualClock::runUntilIdle(Timestamp limit) {
    if (!beginExplicit("runUntilIdle"))
        return 0;
    const qsizetype before = m_callbacksRun;
    for (;;) {
        settle();
        const std::optional<Timestamp> next = nextDeadline();
        if (!next || *next > limit)
            break;
        runUpTo(*next);
    }
    endExplicit();
    return m_callbacksRun - before;
}

void VirtualClock::hold() {
    ++m_holds;
}

void VirtualClock::release() {
    if (m_holds == 0) {
        qCWarning(lcVirtualClock) << "release() without a matching hold(); ignored";
        return;
    }
    if (--m_holds == 0) {
        Q_EMIT holdsReleased();
        scheduleAutoAdvance();
    }
}

void VirtualClock::setAutoAdvance(bool on) {
    m_autoAdvance = on;
    scheduleAutoAdvance();
}

bool VirtualClock::eventFilter(QObject* watched, QEvent* event) {
    // Installed on the application only while deliverPostedOnce() runs: counts what it delivered.
    const bool ownAutoAdvance = watched == this && event->type() == autoAdvanceEventType();
    if (m_countingDepth > 0 && !ownAutoAdvance)
        ++m_deliveredEvents;
    return false;
}

bool VirtualClock::event(QEvent* event) {
    if (event->type() != autoAdvanceEventType())
        return Clock::event(event);
    m_autoAdvancePosted = false;
    // Whoever is advancing explicitly, or the callback in progress, re-posts us when done.
    if (!m_autoAdvance || m_explicit || m_callbackDepth > 0 || m_holds > 0 || m_queue.empty())
        return true;
    // Low priority only orders us behind events that were queued when the current pass of the
    // event loop began; events posted during the pass wait behind us. Let those go first.
    if (deliverPostedOnce(false)) {
        scheduleAutoAdvance();
        return true;
    }
    if (m_autoAdvance && !m_explicit && m_holds == 0 && !m_queue.empty())
        runFirst();
    // One timer per turn, as in advanceTo(): what it posted is delivered before the next one.
    scheduleAutoAdvance();
    return true;
}

bool VirtualClock::beginExplicit(const char* what) {
    if (m_explicit || m_callbackDepth > 0) {
        qCWarning(lcVirtualClock) << what
                                  << "called from a timer callback or while the clock is "
                                     "already advancing; ignored";
        return false;
    }
    m_explicit = true;
    return true;
}

void VirtualClock::endExplicit() {
    m_explicit = false;
    scheduleAutoAdvance();
}

void VirtualClock::runUpTo(Timestamp target) {
    target = std::max(target, m_now);
    for (;;) {
        settle();
        if (const auto next = m_queue.nextDeadline(); next && *next <= target) {
            runFirst();
            continue;
        }
        if (m_now < target) {
            setNow(target);
            // Work posted in reaction to the new time may still schedule timers due at target.
            continue;
        }
        return;
    }
}

void VirtualClock::settle() {
    for (int pass = 0;; ++pass) {
        const bool delivered = deliverPostedOnce(true);
        const bool waited = waitForHolds();
        if (!delivered && !waited)
            return;
        if (pass == kMaxSettlePasses) {
            qCWarning(lcVirtualClock)
                << "posted events keep coming after" << pass << "passes; advancing anyway";
            return;
        }
    }
}

bool VirtualClock::deliverPostedOnce(bool deferredDeletes) {
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return false;
    // Application event filters only see the main thread; elsewhere we deliver without knowing
    // whether anything ran, and a chain of queued calls may then straddle a timer.
    const bool canCount = app->thread() == thread();
    const quint64 before = m_deliveredEvents;
    if (canCount && m_countingDepth++ == 0)
        app->installEventFilter(this);
    const auto stopCounting = qScopeGuard([&] {
        if (canCount && --m_countingDepth == 0)
            app->removeEventFilter(this);
    });

    QCoreApplication::sendPostedEvents();
    // Outside any event loop (a test driving the clock) nobody else would ever run deleteLater();
    // inside one, the loop deletes at the right moment and the caller may still be using the
    // object.
    if (deferredDeletes && QThread::currentThread()->loopLevel() == 0)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return m_deliveredEvents != before;
}

bool VirtualClock::waitForHolds() {
    if (m_holds == 0)
        return false;
    QEventLoop loop;
    connect(this, &VirtualClock::holdsReleased, &loop, &QEventLoop::quit);
    QTimer reminder;
    connect(&reminder, &QTimer::timeout, this, [this] {
        qCWarning(lcVirtualClock) << "still waiting for" << m_holds << "hold(s) at time" << m_now;
    });
    reminder.start(kHoldReminderMs);
    while (m_holds > 0)
        loop.exec();
    return true;
}

void VirtualClock::runFirst() {
    TimerQueue::DueTimer due = m_queue.takeFirst();

    // Counts as inside a callback from here, so slots on timeChanged cannot re-enter advancing.
    ++m_callbackDepth;
    const auto leave = qScopeGuard([this] { --m_callbackDepth; });
    setNow(due.deadline());
    if (!due.runnable())
        return;
    ++m_callbacksRun;
    due.run();
}

void VirtualClock::setNow(Timestamp t) {
    if (t <= m_now)
        return;
    m_now = t;
    Q_EMIT timeChanged(m_now);
}

void VirtualClock::scheduleAutoAdvance() {
    if (!m_autoAdvance || m_autoAdvancePosted || m_holds > 0 || m_queue.empty())
        return;
    m_autoAdvancePosted = true;
    QCoreApplication::postEvent(this, new QEvent(autoAdvanceEventType()), Qt::LowEventPriority);
}

} // namespace salesdesk
