#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <vector>

class QTimer;

namespace salesdesk::bench {

// The QApplication of `salesdesk-bench gui`: times the delivery of every timer event to a
// QTimer, i.e. the slot connected to its timeout and everything that runs synchronously inside
// it (proxies, views). A listener running inside such a delivery may claim it for an owner (a
// model whose batch timer it is); when the delivery ends, the observer hears the owner and how
// long it took. Deliveries nobody claimed are not reported.
class BenchApplication : public QApplication {
    Q_OBJECT
public:
    using TimerObserver =
        std::function<void(const QTimer* timer, const QString& owner, qint64 nanoseconds)>;

    BenchApplication(int& argc, char** argv);

    // Before constructing: with no display (neither DISPLAY nor WAYLAND_DISPLAY) and no
    // QT_QPA_PLATFORM, uses the offscreen platform. Returns the platform chosen, empty if the
    // environment already decides.
    static QString chooseHeadlessPlatform();

    void setTimerObserver(TimerObserver observer) { m_observer = std::move(observer); }
    // Claims the QTimer delivery in progress (the innermost) for `owner`, unless it is claimed
    // already or none is in progress.
    void claimTimerDelivery(const QString& owner);

    // The outermost deliveries (those the event loop itself makes) that took at least
    // `threshold` ns while recording, slowest first: what the loop was busy with in its stalls.
    struct SlowDelivery {
        qint64 nanoseconds = 0;
        qint64 startedNs = 0; // since recording began
        QString receiver;     // class, object name and named ancestors
        int eventType = 0;
        QString owner; // the claim, for a timer delivery
    };
    void startRecordingSlowDeliveries(qint64 thresholdNs);
    std::vector<SlowDelivery> stopRecordingSlowDeliveries();
    // Every outermost delivery, compactly (while slow deliveries are recorded, on their time
    // base): what a stall without one slow delivery was made of.
    struct TracedDelivery {
        qint64 startedNs = 0;
        qint64 nanoseconds = 0;
        const char* className = nullptr; // the receiver's (static storage)
        int eventType = 0;
    };
    void startTracingDeliveries();
    std::vector<TracedDelivery> stopTracingDeliveries();

    bool notify(QObject* receiver, QEvent* event) override;

private:
    static QString describe(const QObject* object);

    struct Delivery {
        const QTimer* timer = nullptr;
        QString owner;
    };
    TimerObserver m_observer;
    std::vector<Delivery> m_deliveries;
    int m_depth = 0;
    qint64 m_slowThresholdNs = -1; // < 0: not recording
    QElapsedTimer m_recording;
    std::vector<SlowDelivery> m_slow;
    bool m_tracing = false;
    std::vector<TracedDelivery> m_trace;
};

} // namespace salesdesk::bench
