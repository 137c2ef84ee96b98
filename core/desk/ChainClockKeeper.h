#pragma once

#include "core/clock/Clock.h"
#include "core/clock/ClockHold.h"
#include "core/domain/Result.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace salesdesk {

class AcceleratedClock;
class LocalChain;

// Runs a local test chain on an accelerated clock: the chain's time follows the desk's clock, at
// whatever speed the clock runs, and the clock never gets far ahead of the chain.
//
// anvil's own time is stopped (anvil_setBlockTimestampInterval 0: a block mined for a transaction
// takes the last block's timestamp), and every `tickMs` of real time, and when the clock reaches
// a period's start, the keeper mines an empty block stamped with the clock's now()
// (evm_setNextBlockTimestamp + evm_mine). So no block is ever stamped later than the clock: a
// proof sent while the clock is held before its period ends (ClockHold) lands in that period.
//
// The other way round, the keeper holds the clock (ClockHoldReason::Chain) so that it shows at
// most `maxLeadSeconds` more than the chain's latest block, and never more than a period's first
// second before the chain has a block in that period: the engine's per-period work, one second
// into a period, then reads the chain in the same period. When the chain cannot keep up (a busy
// machine, a speed too high for it), the clock slows down to the chain's pace.
//
// At start the chain's time and the clock's are brought together: a clock behind the chain moves
// forward to it (AcceleratedClock::advanceTo), a chain behind the clock moves forward to it.
class ChainClockKeeper final : public QObject {
    Q_OBJECT
public:
    struct Options {
        qint64 periodSeconds = 60; // the marketplace's period
        int tickMs = 250;          // real time between blocks that move the chain's time on
        // How far the clock may be ahead of the chain; unset: what the clock's speed makes of a
        // second of real time (at least 2 seconds).
        std::optional<qint64> maxLeadSeconds;
    };

    // `chain` (running) and `clock` must outlive this.
    ChainClockKeeper(LocalChain& chain, AcceleratedClock& clock, Options options,
                     QObject* parent = nullptr);
    ~ChainClockKeeper() override;

    // Stops anvil's own time and brings chain and clock together; `done` once they are, with an
    // error when the chain did not answer. Then keeps them together until stop() or destruction.
    void start(std::function<void(const Result<void>&)> done);
    void stop();
    bool isRunning() const { return m_running; }

    // The timestamp of the latest block the keeper mined (or read at start).
    Timestamp chainTime() const { return m_chainTime; }
    quint64 blocksMined() const { return m_blocksMined; }
    qint64 maxLeadSeconds() const;

Q_SIGNALS:
    // The chain did not take a new time (the keeper tries again at its next tick).
    void problem(const QString& message);

private:
    void tick();
    void reached(Timestamp at);
    void holdClock();
    void scheduleBoundary();
    // The start of the period after the chain's latest block.
    Timestamp nextPeriodStart() const;

    LocalChain& m_chain;
    AcceleratedClock& m_clock;
    Options m_options;
    bool m_running = false;
    bool m_busy = false;
    Timestamp m_chainTime = 0;
    quint64 m_blocksMined = 0;
    ClockHold m_hold;
    QTimer m_ticker;
    Clock::TimerId m_boundaryTimer = 0;
};

} // namespace salesdesk
