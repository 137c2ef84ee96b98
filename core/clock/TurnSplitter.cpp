#include "core/clock/TurnSplitter.h"

#include <QPointer>

#include <algorithm>

namespace salesdesk {

TurnSplitter::TurnSplitter(Budget budget, QObject* parent)
    : QObject(parent)
    , m_budget(budget) {
    m_budget.items = std::max(1, m_budget.items);
    m_budget.ms = std::max<qint64>(0, m_budget.ms);
}

bool TurnSplitter::budgetLeft() const {
    if (!m_inTurn)
        return true;
    if (m_itemsThisTurn >= m_budget.items)
        return false;
    return m_budget.ms == 0 || m_turnStarted.elapsed() < m_budget.ms;
}

void TurnSplitter::run(std::function<void()> work) {
    if (!work)
        return;
    if (m_waiting.empty() && budgetLeft()) {
        runOne(std::move(work));
        return;
    }
    m_waiting.push_back(std::move(work));
    postDrain();
}

void TurnSplitter::postDrain() {
    if (m_drainPosted)
        return;
    // Posted when work first has to wait: it runs behind whatever this turn posted before.
    m_drainPosted = true;
    ++m_splitTurns;
    QMetaObject::invokeMethod(this, &TurnSplitter::drain, Qt::QueuedConnection);
}

void TurnSplitter::runOne(std::function<void()> work) {
    if (!m_inTurn) {
        m_inTurn = true;
        m_itemsThisTurn = 0;
        m_turnStarted.start();
        // Posted during this turn, so delivered at the start of the next one (before a drain
        // posted later in this turn): the turn's end.
        QMetaObject::invokeMethod(this, &TurnSplitter::endTurn, Qt::QueuedConnection);
    }
    ++m_itemsThisTurn;
    work(); // may destroy this splitter: touch nothing after it
}

void TurnSplitter::endTurn() {
    m_inTurn = false;
}

void TurnSplitter::drain() {
    m_drainPosted = false;
    const QPointer<TurnSplitter> alive(this);
    while (!m_waiting.empty()) {
        if (!budgetLeft()) {
            postDrain();
            return;
        }
        std::function<void()> work = std::move(m_waiting.front());
        m_waiting.pop_front();
        runOne(std::move(work));
        if (alive.isNull())
            return;
    }
}

} // namespace salesdesk
