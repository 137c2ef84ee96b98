#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace salesdesk::bench {

// Watches the event loop: a Qt::PreciseTimer fires every intervalMs and records the wall time
// between consecutive firings. A gap longer than the interval is a stall of (gap − interval):
// the loop was busy (or blocked) and could not serve the timer, nor a user's input. A harness
// that blocks the loop with work of its own (a benchmark's synchronous calls to a test node) says
// so with harnessBlocked(): that time is recorded beside the gap it falls in.
class StallProbe : public QObject {
    Q_OBJECT
public:
    explicit StallProbe(int intervalMs, QObject* parent = nullptr);

    // Each gap is tagged with what `label()` returns when it ends (e.g. the visible page).
    void setLabeller(std::function<int()> label) { m_label = std::move(label); }
    void start();
    void stop();
    // The harness blocked the loop for `ns` (now, or just before).
    void harnessBlocked(qint64 ns) { m_harnessNs += ns; }

    int intervalMs() const { return m_timer.interval(); }
    const QTimer& timer() const { return m_timer; }
    const std::vector<qint64>& gapsNs() const { return m_gapsNs; }
    // When each gap ended, ns since start().
    const std::vector<qint64>& endsNs() const { return m_endsNs; }
    const std::vector<int>& labels() const { return m_labels; }
    // Of each gap, the time the harness said it blocked the loop.
    const std::vector<qint64>& harnessNs() const { return m_harnessGapsNs; }

private:
    void fired();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_harnessNs = 0;
    std::function<int()> m_label;
    std::vector<qint64> m_gapsNs;
    std::vector<qint64> m_endsNs;
    std::vector<int> m_labels;
    std::vector<qint64> m_harnessGapsNs;
};

} // namespace salesdesk::bench
