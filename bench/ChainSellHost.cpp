#include "bench/ChainSellHost.h"

#include "core/chain/market/ChainMarket.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/clock/VirtualClock.h"
#include "core/domain/Availability.h"
#include "core/domain/Slot.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/storage/Database.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

#include <algorithm>
#include <map>

namespace salesdesk::bench {

using test::AnvilFixture;

ChainSellHost::ChainSellHost(test::AnvilFixture& chain, test::MarketplaceSession& session,
                             VirtualClock& clock, QString dataDirectory, PrivateKey key,
                             quint64 slots)
    : m_chain(chain)
    , m_session(session)
    , m_clock(clock)
    , m_dir(std::move(dataDirectory))
    , m_key(std::move(key))
    , m_slots(slots) {}

ChainSellHost::~ChainSellHost() {
    crash();
}

bool ChainSellHost::isProving(SaleStateKind state) {
    return state == SaleStateKind::Proving || state == SaleStateKind::ProvingSimulated;
}

bool ChainSellHost::hasEnded(SaleStateKind state) {
    switch (state) {
    case SaleStateKind::Finished:
    case SaleStateKind::Cancelled:
    case SaleStateKind::Failed:
    case SaleStateKind::Errored:
    case SaleStateKind::Ignored:
        return true;
    default:
        return false;
    }
}

void ChainSellHost::setStart(quint64 chainTime) {
    chainNow = chainTime;
    m_startedAt = chainTime;
}

int ChainSellHost::count(bool (*test)(SaleStateKind)) const {
    int n = 0;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        n += test(it.value());
    return n;
}

QString ChainSellHost::endStates() const {
    std::map<QString, int> counts;
    for (const SaleStateKind state : std::as_const(ended))
        ++counts[toString(state)];
    QStringList parts;
    for (const auto& [name, n] : counts)
        parts.append(QStringLiteral("%1 %2").arg(name).arg(n));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

bool ChainSellHost::drive(const std::function<bool()>& done, int maxSteps) {
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (int step = 0; step < maxSteps; ++step) {
        if (sinceProgress.elapsed() > 10'000) {
            sinceProgress.restart();
            printProgress();
        }
        for (int quiet = 0; quiet < 3;) {
            QCoreApplication::processEvents();
            if (m_rpc && m_rpc->requestsInFlight() > 0) {
                quiet = 0;
                QElapsedTimer waited;
                waited.start();
                while (m_rpc->requestsInFlight() > 0) {
                    if (waited.elapsed() > AnvilFixture::kWaitMs) {
                        error = QStringLiteral("a JSON-RPC request hangs");
                        return false;
                    }
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
                }
            } else {
                ++quiet;
            }
        }
        if (done())
            return true;
        const auto next = m_clock.nextDeadline();
        if (!next)
            return done();
        if (quint64(*next) > chainNow) {
            QElapsedTimer mining;
            mining.start();
            const bool mined = m_session.mineAt(quint64(*next));
            if (blocked)
                blocked(mining.nsecsElapsed());
            if (!mined) {
                error = QStringLiteral("mineAt: ") + m_session.error();
                return false;
            }
            chainNow = quint64(*next);
        }
        m_clock.runNext();
    }
    error = QStringLiteral("not done after %1 steps").arg(maxSteps);
    return done();
}

bool ChainSellHost::open() {
    return openMarket() && openEngine();
}

void ChainSellHost::crash() {
    m_engine.reset();
    m_market.reset();
    m_manager.reset();
    m_rpc.reset();
    m_chainDb.reset();
}

std::optional<Availability> ChainSellHost::offer() {
    NewAvailability params;
    params.totalSize = 2 * m_slots * kSlotSize;
    params.duration = 24 * 3600;
    params.minPricePerBytePerSecond = 1;
    params.totalCollateral = UInt256(1'000'000'000'000ULL);
    auto created = m_engine->reservations().createAvailability(params);
    if (!created.ok()) {
        error = QStringLiteral("availability: ") + created.message();
        return std::nullopt;
    }
    return *created;
}

bool ChainSellHost::openMarket() {
    auto db = Database::open(QDir(m_dir).filePath(QStringLiteral("chain.sqlite")),
                             Database::kHostApplicationId);
    if (!db.ok()) {
        error = QStringLiteral("chain database: ") + db.message();
        return false;
    }
    m_chainDb = std::move(*db);
    m_rpc = std::make_unique<JsonRpcClient>(m_chain.rpcUrl(), m_clock);
    TransactionManager::Options options;
    options.chainId = m_chain.chain().chainId();
    options.errors = ourContractErrors();
    options.maxInFlight = ChainMarket::kTransactionsInFlight; // as a desk
    m_manager = std::make_unique<TransactionManager>(
        *m_rpc, *m_chainDb, m_clock, m_key.address(),
        [this](const Eip1559Transaction& transaction) -> Result<SignedTransaction> {
            return transaction.sign(m_key);
        },
        options);
    connect(m_manager.get(), &TransactionManager::settled, this,
            [this](const TransactionOutcome& outcome) {
                if (!outcome.label.startsWith(QLatin1String("submitProof")))
                    return;
                ++proofTransactions;
                if (outcome.state == TransactionState::Failed)
                    ++proofTransactionsFailed;
            });
    if (const auto resumed = m_manager->resume(); !resumed.ok()) {
        error = QStringLiteral("resume: ") + resumed.message();
        return false;
    }
    ChainMarket::Options marketOptions;
    marketOptions.marketplace = m_session.marketplace();
    marketOptions.events.pollSeconds = 2; // as a desk on a local chain
    m_market =
        std::make_unique<ChainMarket>(*m_rpc, *m_manager, *m_chainDb, m_clock, marketOptions);
    std::optional<Result<void>> loaded;
    m_market->load(this, [&](const Result<void>& result) { loaded = result; });
    if (!drive([&] { return loaded.has_value(); }) || !loaded->ok()) {
        error =
            QStringLiteral("load: ") + (loaded ? loaded->message() : QStringLiteral("no answer"));
        return false;
    }
    return true;
}

bool ChainSellHost::openEngine() {
    HostEngine::Options options;
    options.dataDirectory = m_dir;
    options.quotaBytes = 4 * m_slots * kSlotSize + 64 * 1024 * 1024;
    options.hooks.storeData = false;
    options.queueMaxSize = int(std::max<quint64>(128, 2 * m_slots));
    options.seed = 11;
    if (workers > 0)
        options.maxWorkers = workers;
    auto engine = HostEngine::open(*m_market, m_clock, options);
    if (!engine.ok()) {
        error = QStringLiteral("engine: ") + engine.message();
        return false;
    }
    m_engine = std::move(*engine);
    connect(&m_engine->sales(), &Sales::agentStateChanged, this,
            [this](SalesAgent* agent, SaleStateKind, SaleStateKind to) {
                const SlotId slot = slotIdOf(agent->data().requestId, agent->data().slotIndex);
                states[slot] = to;
                if (hasEnded(to))
                    ended.insert(slot, to);
            });
    connect(&m_engine->sales(), &Sales::agentStarted, this, [this](SalesAgent* agent) {
        connect(agent, &SalesAgent::proofRecorded, this,
                [this](bool submitted) { ++(submitted ? proofsSubmitted : proofsMissed); });
    });
    connect(&m_engine->sales(), &Sales::saleSettled, this,
            [this](const RequestId& id, quint64 slotIndex, const SaleOutcome& outcome) {
                const SlotId slot = slotIdOf(id, slotIndex);
                states[slot] = outcome.state;
                if (hasEnded(outcome.state))
                    ended.insert(slot, outcome.state);
            });
    std::optional<Result<void>> started;
    m_engine->start([&](Result<void> result) { started = std::move(result); });
    if (!drive([&] { return started.has_value(); }) || !started->ok()) {
        error = QStringLiteral("start: ") +
                (started ? started->message() : QStringLiteral("no answer"));
        return false;
    }
    return true;
}

void ChainSellHost::printProgress() const {
    std::map<QString, int> counts;
    for (const SaleStateKind state : std::as_const(states))
        ++counts[toString(state)];
    QStringList parts;
    for (const auto& [name, count] : counts)
        parts.append(QStringLiteral("%1 %2").arg(name).arg(count));
    QTextStream(stderr) << QStringLiteral("  … chain time +%1 s: %2\n")
                               .arg(chainNow - m_startedAt)
                               .arg(parts.join(QStringLiteral(", ")));
}

} // namespace salesdesk::bench
