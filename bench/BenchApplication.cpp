#include "bench/BenchApplication.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace salesdesk::bench {

BenchApplication::BenchApplication(int& argc, char** argv)
    : QApplication(argc, argv) {}

QString BenchApplication::chooseHeadlessPlatform() {
    if (!qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return {};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return QStringLiteral("offscreen");
}

void BenchApplication::claimTimerDelivery(const QString& owner) {
    if (!m_deliveries.empty() && m_deliveries.back().owner.isEmpty())
        m_deliveries.back().owner = owner;
}

void BenchApplication::startRecordingSlowDeliveries(qint64 thresholdNs) {
    m_slow.clear();
    m_slowThresholdNs = thresholdNs;
    m_recording.start();
}

std::vector<BenchApplication::SlowDelivery> BenchApplication::stopRecordingSlowDeliveries() {
    m_slowThresholdNs = -1;
    std::sort(m_slow.begin(), m_slow.end(), [](const SlowDelivery& a, const SlowDelivery& b) {
        return a.nanoseconds > b.nanoseconds;
    });
    return std::exchange(m_slow, {});
}

bool BenchApplication::notify(QObject* receiver, QEvent* event) {
    // Events of other threads' loops (Qt's own worker threads) are not the GUI loop's, and the
    // bookkeeping below is the main thread's alone.
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const bool recordSlow = m_slowThresholdNs >= 0 && m_depth == 0;
    const QTimer* timer = m_observer && event->type() == QEvent::Timer
                              ? qobject_cast<const QTimer*>(receiver)
                              : nullptr;
    const bool trace = recordSlow && m_tracing;
    if (trace) {
        const int type = event->type();
        const char* className = receiver->metaObject()->className();
        const qint64 startedNs = m_recording.nsecsElapsed();
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 nanoseconds = m_recording.nsecsElapsed() - startedNs;
        m_trace.push_back({startedNs, nanoseconds, className, type});
        if (nanoseconds >= m_slowThresholdNs)
            m_slow.push_back({nanoseconds, startedNs, QString::fromLatin1(className), type, {}});
        return handled;
    }
    if (!timer && !recordSlow)
        return QApplication::notify(receiver, event);
    // The event and the receiver may not outlive the delivery (DeferredDelete).
    const int eventType = event->type();
    const char* className = receiver->metaObject()->className();
    const QPointer<QObject> alive(receiver);
    const qint64 startedNs = recordSlow ? m_recording.nsecsElapsed() : 0;
    if (timer)
        m_deliveries.push_back({timer, QString()});
    QElapsedTimer elapsed;
    elapsed.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 nanoseconds = elapsed.nsecsElapsed();
    QString owner;
    if (timer) {
        owner = std::move(m_deliveries.back().owner);
        m_deliveries.pop_back();
        if (!owner.isEmpty() && m_observer)
            m_observer(timer, owner, nanoseconds);
    }
    if (recordSlow && nanoseconds >= m_slowThresholdNs)
        m_slow.push_back({nanoseconds, startedNs,
                          alive ? describe(alive.data()) : QString::fromLatin1(className),
                          eventType, owner});
    return handled;
}

void BenchApplication::startTracingDeliveries() {
    m_trace.clear();
    m_trace.reserve(1 << 20);
    m_tracing = true;
}

std::vector<BenchApplication::TracedDelivery> BenchApplication::stopTracingDeliveries() {
    m_tracing = false;
    return std::exchange(m_trace, {});
}

QString BenchApplication::describe(const QObject* object) {
    // The class, then the named objects it sits in: "QHeaderView in nextPayoutsView in page1".
    QString text = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(object->objectName());
    int named = 0;
    for (const QObject* parent = object->parent(); parent && named < 2; parent = parent->parent()) {
        if (parent->objectName().isEmpty())
            continue;
        text += QStringLiteral(" in %1").arg(parent->objectName());
        ++named;
    }
    return text;
}

} // namespace salesdesk::bench
