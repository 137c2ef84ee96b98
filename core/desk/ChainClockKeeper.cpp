#include "core/desk/ChainClockKeeper.h"

#include "core/chain/local/LocalChain.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/clock/AcceleratedClock.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcChainClockKeeper, "salesdesk.desk.chainclockkeeper")

namespace salesdesk {

ChainClockKeeper::ChainClockKeeper(LocalChain& chain, AcceleratedClock& clock, Options options,
                                   QObject* parent)
    : QObject(parent)
    , m_chain(chain)
    , m_clock(clock)
    , m_options(options)
    , m_ticker(this) {
    m_options.periodSeconds = std::max<qint64>(1, m_options.periodSeconds);
    m_ticker.setInterval(std::max(10, m_options.tickMs));
    connect(&m_ticker, &QTimer::timeout, this, &ChainClockKeeper::tick);
}

ChainClockKeeper::~ChainClockKeeper() {
    stop();
}

qint64 ChainClockKeeper::maxLeadSeconds() const {
    if (m_options.maxLeadSeconds)
        return std::max<qint64>(1, *m_options.maxLeadSeconds);
    return std::max<qint64>(2, m_clock.speed());
}

void ChainClockKeeper::start(std::function<void(const Result<void>&)> done) {
    // anvil's time stands still from here: only the keeper's blocks move it on.
    m_chain.rpc().call(
        QStringLiteral("anvil_setBlockTimestampInterval"), {0}, this,
        [this, done](const RpcResult<QJsonValue>& stopped) {
            if (!stopped.ok())
                return done(makeError(ErrorCode::Io, QStringLiteral("anvil did not stop its own "
                                                                    "time: ") +
                                                         stopped.error().describe()));
            m_chain.rpc().call(
                QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false}, this,
                [this, done](const RpcResult<QJsonValue>& latest) {
                    if (!latest.ok())
                        return done(makeError(ErrorCode::Io,
                                              QStringLiteral("the local chain's latest block: ") +
                                                  latest.error().describe()));
                    auto timestamp = rpc::parseJsonQuantityU64(
                        latest->toObject().value(QStringLiteral("timestamp")),
                        u"latest block's timestamp");
                    if (!timestamp.ok())
                        return done(timestamp.error());
                    m_chainTime = static_cast<Timestamp>(*timestamp);
                    // A clock behind the chain catches up with it; a chain behind the clock
                    // catches up at the first tick.
                    m_clock.advanceTo(m_chainTime);
                    m_running = true;
                    holdClock();
                    scheduleBoundary();
                    m_ticker.start();
                    tick();
                    qCInfo(lcChainClockKeeper).noquote()
                        << QStringLiteral("the local chain's time follows the clock (%1×, a "
                                          "block every %2 ms of real time)")
                               .arg(m_clock.speed())
                               .arg(m_ticker.interval());
                    done({});
                });
        });
}

void ChainClockKeeper::stop() {
    m_running = false;
    m_ticker.stop();
    m_hold.release();
    if (m_boundaryTimer != 0)
        m_clock.cancel(std::exchange(m_boundaryTimer, 0));
}

void ChainClockKeeper::tick() {
    if (!m_running || m_busy || !m_chain.isRunning())
        return;
    const Timestamp target = m_clock.now();
    if (target <= m_chainTime)
        return;
    m_busy = true;
    // One block stamped with the clock's time (anvil takes the timestamp as evm_mine's argument).
    m_chain.rpc().call(QStringLiteral("evm_mine"), {rpc::toQuantity(quint64(target))}, this,
                       [this, target](const RpcResult<QJsonValue>& mined) {
                           m_busy = false;
                           if (!mined.ok()) {
                               const QString message =
                                   QStringLiteral("the local chain did not move its time to %1: %2")
                                       .arg(target)
                                       .arg(mined.error().describe());
                               qCWarning(lcChainClockKeeper).noquote() << message;
                               Q_EMIT problem(message);
                               return;
                           }
                           reached(target);
                       });
}

void ChainClockKeeper::reached(Timestamp at) {
    if (!m_running)
        return;
    m_chainTime = std::max(m_chainTime, at);
    ++m_blocksMined;
    qCDebug(lcChainClockKeeper).noquote()
        << QStringLiteral("chain at %1, clock at %2").arg(m_chainTime).arg(m_clock.now());
    holdClock();
    scheduleBoundary();
    // The clock is still ahead (it ran on while the block was mined): catch up at once when the
    // clock waits for the chain, at the next tick otherwise.
    if (m_clock.heldBy() == ClockHoldReason::Chain)
        tick();
}

Timestamp ChainClockKeeper::nextPeriodStart() const {
    const qint64 period = m_options.periodSeconds;
    return (m_chainTime / period + 1) * period;
}

void ChainClockKeeper::holdClock() {
    const Timestamp nextPeriod = nextPeriodStart();
    // now() stays at most maxLead ahead of the chain, and at a period's start until the chain
    // has a block in that period.
    const Timestamp limit = std::min(m_chainTime + maxLeadSeconds(), nextPeriod);
    m_hold = ClockHold::before(m_clock, limit + 1, ClockHoldReason::Chain);
}

void ChainClockKeeper::scheduleBoundary() {
    // When the clock reaches the next period, the chain follows at once (not a tick later).
    const Timestamp nextPeriod = nextPeriodStart();
    if (m_boundaryTimer != 0)
        m_clock.cancel(std::exchange(m_boundaryTimer, 0));
    m_boundaryTimer = m_clock.callAt(nextPeriod, this, [this] {
        m_boundaryTimer = 0;
        tick();
    });
}

} // namespace salesdesk
