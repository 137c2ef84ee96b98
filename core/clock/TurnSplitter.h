#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <deque>
#include <functional>

namespace salesdesk {

// Spreads work that arrives in bursts over several event-loop turns, so that no turn runs long
// enough for the window to stall: one network answer can wake a hundred waiters, each of which
// commits and moves a sale on.
//
// run() runs its work at once while the current turn's budget lasts (a number of items, and
// optionally real milliseconds) and nothing waits; otherwise the work waits, in order, for the
// next turns, each of which runs a budget's worth, behind the events posted before the work had
// to wait. Work always runs in the order it was given. A turn ends when the event loop delivers
// the events posted during it: the splitter counts from its first item in a turn until an event
// it posted then comes back.
//
// Work that waits is dropped when the splitter is destroyed; work may destroy the splitter (its
// owner) and then nothing more runs. Not thread-safe: use it from the thread it lives in.
class TurnSplitter final : public QObject {
    Q_OBJECT
public:
    struct Budget {
        int items = 8; // at least one item runs in every turn
        qint64 ms = 0; // 0: no time limit
    };

    explicit TurnSplitter(Budget budget, QObject* parent = nullptr);

    void run(std::function<void()> work);

    qsizetype waiting() const { return static_cast<qsizetype>(m_waiting.size()); }
    // Turns in which the budget ran out and work had to wait (for tests).
    quint64 splitTurns() const { return m_splitTurns; }

private:
    bool budgetLeft() const;
    void runOne(std::function<void()> work);
    void postDrain();
    void endTurn();
    void drain();

    Budget m_budget;
    std::deque<std::function<void()>> m_waiting;
    bool m_inTurn = false; // an item ran this turn and the turn's end is posted
    bool m_drainPosted = false;
    int m_itemsThisTurn = 0;
    QElapsedTimer m_turnStarted;
    quint64 m_splitTurns = 0;
};

} // namespace salesdesk
