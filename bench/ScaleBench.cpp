#include "bench/ScaleBench.h"

#include "bench/ProcessStats.h"
#include "bench/StartAndWait.h"
#include "core/clock/VirtualClock.h"
#include "core/desk/Desk.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/stats/Ledger.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <map>

namespace salesdesk::bench {

namespace {

constexpr Timestamp kStart = 1'760'000'000;
constexpr qint64 kDay = 86'400;

struct ScaleParameters {
    quint64 requests = 1000;
    quint64 slotsPerRequest = 4;
    quint64 availabilities = 20;
    qint64 days = 30;
    quint64 slotSize = 1024 * 1024;
    quint64 requestDuration = kDay;
    quint64 expiry = 15 * 60;
    quint64 proofProbability = 10;
    // Room per availability, in slots: above the ~300 slots held at once at full size.
    quint64 slotsPerAvailability = 20;
};

ScaleParameters parametersFor(const BenchOptions& options) {
    ScaleParameters p;
    if (options.quick) {
        p.requests = 20;
        p.days = 2;
        p.requestDuration = 6 * 3600;
        p.slotsPerAvailability = 2;
    }
    return p;
}

// Posts are spread evenly so that the last request ends a day before the run does.
qint64 postingInterval(const ScaleParameters& p) {
    const qint64 window = p.days * kDay - static_cast<qint64>(p.requestDuration) - kDay;
    return std::max<qint64>(1, window / static_cast<qint64>(p.requests));
}

StorageAsk askOf(const ScaleParameters& p) {
    StorageAsk ask;
    ask.slots = p.slotsPerRequest;
    ask.slotSize = p.slotSize;
    ask.duration = p.requestDuration;
    ask.pricePerBytePerSecond = 10;
    ask.collateralPerByte = 1;
    ask.proofProbability = p.proofProbability;
    ask.maxSlotLoss = 1;
    return ask;
}

} // namespace

bool runScaleBench(const BenchOptions& options, BenchReport& report) {
    const ScaleParameters p = parametersFor(options);
    const qint64 interval = postingInterval(p);
    const QString section =
        options.storeData ? QStringLiteral("scaleStoreData") : QStringLiteral("scale");
    report.note(QStringLiteral("%1: %2 requests x %3 slots of %4 KiB, one every %5 s, %6 "
                               "availabilities, %7 simulated days, storeData %8, proof "
                               "probability %9")
                    .arg(section)
                    .arg(p.requests)
                    .arg(p.slotsPerRequest)
                    .arg(p.slotSize / 1024)
                    .arg(interval)
                    .arg(p.availabilities)
                    .arg(p.days)
                    .arg(options.storeData ? QStringLiteral("true") : QStringLiteral("false"))
                    .arg(p.proofProbability));

    QTemporaryDir dir;
    if (!dir.isValid()) {
        report.note(QStringLiteral("  cannot create a temporary directory"));
        return false;
    }
    VirtualClock clock(kStart);
    SimulatedDeskOptions deskOptions;
    deskOptions.engine.dataDirectory = dir.path();
    const quint64 offered = p.availabilities * p.slotsPerAvailability * p.slotSize;
    deskOptions.engine.quotaBytes = 2 * offered;
    deskOptions.engine.seed = 17;
    deskOptions.engine.hooks.storeData = options.storeData;
    deskOptions.market.seed = 17;
    auto desk = Desk::openSimulated(clock, deskOptions);
    if (!desk.ok()) {
        report.note(QStringLiteral("  cannot open the desk: %1").arg(desk.message()));
        return false;
    }
    HostEngine& engine = (*desk)->engine();
    for (quint64 i = 0; i < p.availabilities; ++i) {
        NewAvailability offer;
        offer.totalSize = p.slotsPerAvailability * p.slotSize;
        offer.duration = static_cast<quint64>(p.days * kDay);
        offer.minPricePerBytePerSecond = 1;
        offer.totalCollateral = UInt256(offer.totalSize) * 2;
        if (auto created = engine.reservations().createAvailability(offer); !created.ok()) {
            report.note(
                QStringLiteral("  cannot create an availability: %1").arg(created.message()));
            return false;
        }
    }
    SimulatedClientsConfig clientsConfig;
    clientsConfig.seed = 17;
    SimulatedClients clients(*(*desk)->simulatedMarket(), clock, clientsConfig);

    std::map<SaleStateKind, quint64> outcomes;
    QObject::connect(&engine.sales(), &Sales::agentFinished, &engine.sales(),
                     [&](SalesAgent* agent, const SaleOutcome&) { ++outcomes[agent->state()]; });

    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    if (auto started = startAndWait(**desk); !started.ok()) {
        report.note(QStringLiteral("  the engine did not start: %1").arg(started.message()));
        return false;
    }
    quint64 postFailures = 0;
    const StorageAsk ask = askOf(p);
    for (quint64 k = 0; k < p.requests; ++k) {
        clock.callAt(kStart + 600 + static_cast<qint64>(k) * interval, &clients,
                     [&clients, &postFailures, ask, expiry = p.expiry, k] {
                         if (!clients.post(ask, expiry, k % clients.config().clients).ok())
                             ++postFailures;
                     });
    }
    clock.advanceTo(kStart + p.days * kDay);
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const quint64 peak = peakResidentBytes();

    quint64 ended = 0;
    for (const auto& [state, count] : outcomes)
        ended += count;
    const auto totals = engine.ledger().totals();
    (*desk)->stop();

    report.figure(section, QStringLiteral("wallSeconds"), seconds, QStringLiteral("s"),
                  QStringLiteral("wall time"));
    report.figure(section, QStringLiteral("cpuSeconds"), cpu, QStringLiteral("s"),
                  QStringLiteral("CPU time, user + system, all threads (the machine is shared)"));
    report.figure(section, QStringLiteral("simulatedDaysPerSecond"),
                  static_cast<double>(p.days) / seconds, QStringLiteral("days/s"),
                  QStringLiteral("simulated days per wall second"));
    report.figure(section, QStringLiteral("salesEnded"), static_cast<double>(ended), QString(),
                  QStringLiteral("sale lifecycles ended"));
    report.figure(section, QStringLiteral("salesFinished"),
                  static_cast<double>(outcomes[SaleStateKind::Finished]), QString(),
                  QStringLiteral("of them SaleFinished"));
    report.figure(section, QStringLiteral("lifecyclesPerSecond"),
                  static_cast<double>(ended) / seconds, QStringLiteral("/s"),
                  QStringLiteral("sale lifecycles per wall second"));
    report.figure(section, QStringLiteral("stillRunning"),
                  static_cast<double>(engine.sales().agents().size()), QString(),
                  QStringLiteral("agents still running at the end"));
    report.figure(section, QStringLiteral("peakRssMiB"),
                  static_cast<double>(peak) / (1024.0 * 1024.0), QStringLiteral("MiB"),
                  QStringLiteral("peak RSS (VmHWM) of the process so far"));
    if (totals.ok())
        report.note(
            QStringLiteral("  ledger: payouts %1, deposited %2, returned %3, lost %4")
                .arg(uint256::toDecimal(totals->payouts), uint256::toDecimal(totals->deposited),
                     uint256::toDecimal(totals->returned), uint256::toDecimal(totals->lost)));
    QStringList byState;
    for (const auto& [state, count] : outcomes)
        byState << QStringLiteral("%1 %2").arg(toString(state)).arg(count);
    report.note(QStringLiteral("  ended as: %1").arg(byState.join(QStringLiteral(", "))));
    if (postFailures != 0)
        report.note(QStringLiteral("  %1 requests could not be posted").arg(postFailures));
    return postFailures == 0 && ended > 0;
}

} // namespace salesdesk::bench
