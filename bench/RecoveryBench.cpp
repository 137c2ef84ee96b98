#include "bench/RecoveryBench.h"

#include "bench/ProcessStats.h"
#include "bench/StartAndWait.h"
#include "core/clock/VirtualClock.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/simulation/SimulatedClients.h"
#include "core/simulation/SimulatedMarket.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

namespace salesdesk::bench {

namespace {

constexpr Timestamp kStart = 1'760'000'000;
constexpr quint64 kSlotSize = 64 * 1024; // one block: the set-up's proofs cost next to nothing
constexpr quint64 kSlotsPerRequest = 4;
constexpr quint64 kRequestsPerMinute = 20;

struct RecoveryRun {
    QTemporaryDir dir;
    VirtualClock clock{kStart};
    std::unique_ptr<SimulatedMarket> market;
    std::unique_ptr<SimulatedClients> clients;
    std::unique_ptr<HostEngine> engine;
};

Result<void> openEngine(RecoveryRun& run, quint64 slots) {
    HostEngine::Options options;
    options.dataDirectory = run.dir.path();
    options.quotaBytes = 2 * slots * kSlotSize;
    options.seed = 23;
    options.hooks.storeData = false;
    // Enough workers that every slot of a minute's requests is sold at once: with the default 3
    // the set-up would take days of virtual time (each sale waits for a period to prove).
    options.maxWorkers = 512;
    options.queueMaxSize = 4096;
    auto engine = HostEngine::open(*run.market, run.clock, options);
    if (!engine.ok())
        return engine.error();
    run.engine = std::move(*engine);
    return {};
}

int agentsIn(const Sales& sales, SaleStateKind state) {
    int count = 0;
    for (const SalesAgent* agent : sales.agents())
        count += agent->state() == state ? 1 : 0;
    return count;
}

} // namespace

bool runRecoveryBench(const BenchOptions& options, BenchReport& report) {
    const quint64 slots = options.quick ? 48 : 5000;
    const quint64 requests = slots / kSlotsPerRequest;
    report.note(QStringLiteral("recovery: crash a host proving %1 slots (%2 requests x %3, "
                               "storeData false), reopen over the same data directory and market")
                    .arg(slots)
                    .arg(requests)
                    .arg(kSlotsPerRequest));

    RecoveryRun run;
    SimulatedMarketOptions marketOptions;
    marketOptions.seed = 23;
    marketOptions.filePath = run.dir.filePath(QStringLiteral("market.sqlite"));
    auto market = SimulatedMarket::open(run.clock, marketOptions);
    if (!market.ok()) {
        report.note(QStringLiteral("  cannot open the market: %1").arg(market.message()));
        return false;
    }
    run.market = std::move(*market);
    if (auto minted = run.market->control().mint(run.market->signer(), UInt256(1) << 100);
        !minted.ok())
        return false;
    SimulatedClientsConfig clientsConfig;
    clientsConfig.seed = 23;
    run.clients = std::make_unique<SimulatedClients>(*run.market, run.clock, clientsConfig);
    if (auto opened = openEngine(run, slots); !opened.ok()) {
        report.note(QStringLiteral("  cannot open the engine: %1").arg(opened.message()));
        return false;
    }
    NewAvailability offer;
    offer.totalSize = slots * kSlotSize;
    offer.duration = 30 * 86'400;
    offer.minPricePerBytePerSecond = 1;
    offer.totalCollateral = UInt256(offer.totalSize) * 2;
    if (auto created = run.engine->reservations().createAvailability(offer); !created.ok()) {
        report.note(QStringLiteral("  cannot create the availability: %1").arg(created.message()));
        return false;
    }
    if (auto started = startAndWait(*run.engine); !started.ok())
        return false;

    // Set-up (not timed): requests arrive a few per minute and the host fills every slot.
    StorageAsk ask;
    ask.slots = kSlotsPerRequest;
    ask.slotSize = kSlotSize;
    ask.duration = 7 * 86'400;
    ask.pricePerBytePerSecond = 10;
    ask.collateralPerByte = 1;
    ask.proofProbability = 4;
    ask.maxSlotLoss = 1;
    QElapsedTimer setup;
    setup.start();
    quint64 postFailures = 0;
    for (quint64 k = 0; k < requests; ++k) {
        const Timestamp at = kStart + 60 + static_cast<qint64>(k / kRequestsPerMinute) * 60;
        run.clock.callAt(at, run.clients.get(), [&run, &postFailures, ask, k] {
            if (!run.clients->post(ask, 3600, k % run.clients->config().clients).ok())
                ++postFailures;
        });
    }
    const Timestamp postedBy =
        kStart + 60 + static_cast<qint64>(requests / kRequestsPerMinute + 1) * 60;
    run.clock.advanceTo(postedBy + 1800);
    const int proving = agentsIn(run.engine->sales(), SaleStateKind::Proving);
    report.figure(QStringLiteral("recovery"), QStringLiteral("setupSeconds"),
                  static_cast<double>(setup.nsecsElapsed()) / 1e9, QStringLiteral("s"),
                  QStringLiteral("set-up: %1 slots filled and proving (not part of the figure)")
                      .arg(proving));
    if (postFailures != 0 || proving != static_cast<int>(slots)) {
        report.note(QStringLiteral("  set-up incomplete: %1 of %2 slots proving, %3 failed posts")
                        .arg(proving)
                        .arg(slots)
                        .arg(postFailures));
        return false;
    }

    // The crash: the engine is destroyed with no stop() and no cleanup.
    run.engine.reset();

    QElapsedTimer recovery;
    recovery.start();
    if (auto opened = openEngine(run, slots); !opened.ok()) {
        report.note(QStringLiteral("  cannot reopen the engine: %1").arg(opened.message()));
        return false;
    }
    const double openedAfter = static_cast<double>(recovery.nsecsElapsed()) / 1e6;
    // Every recovered agent runs SaleUnknown first, then (its slot is Filled on chain)
    // SaleFilled, then SaleProving again: it runs again once it is back in SaleProving.
    QSet<SalesAgent*> leftUnknown;
    QSet<SalesAgent*> provingAgain;
    double leftUnknownAfter = 0;
    QEventLoop allProving;
    QObject::connect(&run.engine->sales(), &Sales::agentStateChanged, &allProving,
                     [&](SalesAgent* agent, SaleStateKind from, SaleStateKind to) {
                         if (from == SaleStateKind::Unknown) {
                             leftUnknown.insert(agent);
                             if (leftUnknown.size() == static_cast<qsizetype>(slots))
                                 leftUnknownAfter =
                                     static_cast<double>(recovery.nsecsElapsed()) / 1e6;
                         }
                         if (to == SaleStateKind::Proving) {
                             provingAgain.insert(agent);
                             if (provingAgain.size() == static_cast<qsizetype>(slots))
                                 allProving.quit();
                         }
                     });
    if (auto started = startAndWait(*run.engine); !started.ok()) {
        report.note(QStringLiteral("  recovery failed: %1").arg(started.message()));
        return false;
    }
    const double startedAfter = static_cast<double>(recovery.nsecsElapsed()) / 1e6;
    if (provingAgain.size() < static_cast<qsizetype>(slots)) {
        // A watchdog in wall time, so that a recovery that stalls ends the benchmark.
        QTimer::singleShot(std::chrono::minutes(2), &allProving, &QEventLoop::quit);
        allProving.exec();
    }
    const double allAfter = static_cast<double>(recovery.nsecsElapsed()) / 1e6;
    if (provingAgain.size() < static_cast<qsizetype>(slots)) {
        report.note(QStringLiteral("  only %1 of %2 agents were proving again within two minutes")
                        .arg(provingAgain.size())
                        .arg(slots));
        return false;
    }

    const QString section = QStringLiteral("recovery");
    report.figure(section, QStringLiteral("slots"), static_cast<double>(slots), QString(),
                  QStringLiteral("slots being proven at the crash"));
    report.figure(section, QStringLiteral("openMs"), openedAfter, QStringLiteral("ms"),
                  QStringLiteral("engine reopened (database, repo, books)"));
    report.figure(section, QStringLiteral("startedMs"), startedAfter, QStringLiteral("ms"),
                  QStringLiteral("start() reported: every slot recovered as an agent"));
    report.figure(section, QStringLiteral("leftUnknownMs"), leftUnknownAfter, QStringLiteral("ms"),
                  QStringLiteral("every agent read its slot (left SaleUnknown)"));
    report.figure(section, QStringLiteral("allRunningMs"), allAfter, QStringLiteral("ms"),
                  QStringLiteral("every agent runs again (back in SaleProving)"));
    report.figure(section, QStringLiteral("peakRssMiB"),
                  static_cast<double>(peakResidentBytes()) / (1024.0 * 1024.0),
                  QStringLiteral("MiB"), QStringLiteral("peak RSS (VmHWM) of the process so far"));
    run.engine->stop();
    return true;
}

} // namespace salesdesk::bench
