#pragma once

#include "core/clock/Clock.h"
#include "core/clock/TurnSplitter.h"
#include "core/domain/FixedBytes.h"
#include "core/market/MarketResult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

namespace salesdesk {

class Market;

// The periodic checks of every slot being proven, as one round per period: one second into each
// period, one Market::proofDuties() call for all the slots that joined, then each slot's handler
// gets its own duty (in the order the slots joined). A slot is also checked as soon as it joins;
// slots joining in the same event-loop turn share that call (a restart with 5,000 proving slots
// asks once). The reference runs a timer and three market calls per slot and period instead:
// with thousands of slots that was most of the engine's work.
//
// A failed call gives every slot of the round the error. Handlers run on the event loop, never
// inside join(); a handler whose context is destroyed is dropped. An answer's handlers run
// kHandlersPerTurn (at most kMsPerTurn of them) to an event-loop turn (a TurnSplitter: a due proof
// is made, encoded and signed inside its handler: a thousand of them in one turn would stall the
// loop), the next ones queued behind whatever else is waiting, in the same order.
class ProofRounds : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const MarketResult<ProofDuty>&)>;
    static constexpr qsizetype kHandlersPerTurn = 32;
    // ... or as many as run in this many milliseconds: a thousand proofs of a local chain's
    // period took 30 ms for 32 handlers (salesdesk-bench chain-gui).
    static constexpr qint64 kMsPerTurn = 8;

    // `market` and `clock` must outlive this object.
    ProofRounds(Market& market, Clock& clock, QObject* parent = nullptr);
    ~ProofRounds() override;

    // `handler` runs for `slot` once soon and then once per period, until leave() or until
    // `context` is destroyed. Joining again replaces the handler (and checks the slot again).
    void join(const SlotId& slot, const QObject* context, Handler handler);
    // Ends `slot`'s membership if `context` is the one it joined with (a later join of the same
    // slot, by another context, stays).
    void leave(const SlotId& slot, const QObject* context);

    qsizetype memberCount() const { return m_members.size(); }
    // Market calls made so far (rounds and join checks), for tests and figures.
    quint64 callsMade() const { return m_callsMade; }

private:
    struct Member {
        QPointer<const QObject> context;
        std::shared_ptr<const Handler> handler;
        quint64 joinNumber = 0; // order of joining: the order handlers run in
    };

    void checkJoinedSoon();
    void armRound();
    void runRound();
    // Asks about `slots` (join numbers as of asking) and hands each member its duty.
    void ask(const QList<SlotId>& slots);
    struct Delivery {
        QList<SlotId> asked;
        QList<quint64> joinNumbers;
        MarketResult<QList<ProofDuty>> answer;
    };
    void deliver(const QList<SlotId>& asked, const QList<quint64>& joinNumbers,
                 const MarketResult<QList<ProofDuty>>& answer);
    void deliverOne(const Delivery& delivery, qsizetype i);
    QList<SlotId> inJoinOrder(const QList<SlotId>& slots) const;
    quint64 joinNumberOf(const SlotId& slot) const;

    Market& m_market;
    Clock& m_clock;
    QHash<SlotId, Member> m_members;
    std::map<quint64, SlotId> m_joinOrder; // join number -> member: a round's order
    QList<SlotId> m_joined;                // to check at once
    bool m_joinCheckQueued = false;
    Clock::TimerId m_roundTimer = 0;
    quint64 m_nextJoinNumber = 1;
    quint64 m_callsMade = 0;
    TurnSplitter m_handlers{{static_cast<int>(kHandlersPerTurn), kMsPerTurn}};
};

} // namespace salesdesk
