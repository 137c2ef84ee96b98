#include "bench/GuiBench.h"

#include "bench/BenchApplication.h"
#include "bench/ParkedSaleState.h"
#include "bench/ProcessStats.h"
#include "bench/SlowDeliveryReport.h"
#include "bench/StallProbe.h"
#include "bench/StartAndWait.h"
#include "core/clock/VirtualClock.h"
#include "core/desk/Desk.h"
#include "core/reservations/Reservations.h"
#include "core/sales/SaleState.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SlotQueue.h"
#include "ui/dashboard/DashboardFigures.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <array>
#include <map>

namespace salesdesk::bench {

namespace {

using Screen = ui::MainWindow::Screen;

constexpr Timestamp kStart = 1'760'000'000;
constexpr quint64 kSlotSize = 64 * 1024; // one block: the set-up's initial proofs are cheap
constexpr quint64 kSlotsPerRequest = 4;
// Virtual time: one simulated second is kMsPerSimulatedSecond of wall time, played in
// kSlicesPerSecond slices (the agents' changes are spread over the second, as the market's
// answers and events would be).
constexpr int kMsPerSimulatedSecond = 100;
constexpr int kSlicesPerSecond = 10;
constexpr int kSliceMs = kMsPerSimulatedSecond / kSlicesPerSecond;
constexpr int kMaxSlicesPerTick = 2;
constexpr int kProbeIntervalMs = 2;
constexpr double kGoalMs = 50;
// Deliveries at least this long are recorded to tell what the loop was busy with.
constexpr double kSlowDeliveryMs = 2;
// An ask whose proofs are (practically) never required in a period: the parked agents below do
// not prove, and the simulated validator would otherwise slash them every period — market
// simulation work that is not the GUI's.
constexpr quint64 kRarelyProven = 1'000'000'000;

struct GuiParameters {
    quint64 queued = 10'000;
    quint64 agents = 1'000;
    quint64 simulatedSeconds = 250;
    int pageMs = 2'000;
};

GuiParameters parametersFor(const BenchOptions& options) {
    GuiParameters p;
    if (options.quick) {
        p.queued = 1'000;
        p.agents = 100;
        p.simulatedSeconds = 30;
        p.pageMs = 500;
    }
    return p;
}

// The screens that show the changing data, visited in turn during the run.
constexpr std::array<Screen, 4> kCycledScreens = {Screen::Dashboard, Screen::SlotQueue,
                                                  Screen::Sales, Screen::Events};
// The states an agent steps through, one per simulated second (none is terminal: a terminal
// state is followed by the sale's cleanup, which is not what is measured here).
constexpr std::array<SaleStateKind, 8> kCycle = {
    SaleStateKind::Preparing,      SaleStateKind::SlotReserving, SaleStateKind::Downloading,
    SaleStateKind::InitialProving, SaleStateKind::Filling,       SaleStateKind::Filled,
    SaleStateKind::Proving,        SaleStateKind::Payout};

StorageAsk askFor(quint64 k) {
    StorageAsk ask;
    ask.slots = kSlotsPerRequest;
    ask.slotSize = kSlotSize * (1 + k % 4);
    ask.duration = 7 * 86'400;
    ask.pricePerBytePerSecond = 10 + k % 50;
    ask.collateralPerByte = 1;
    ask.proofProbability = kRarelyProven;
    ask.maxSlotLoss = 1;
    return ask;
}

// Advances the virtual clock in steps of `step` seconds, delivering what each step posts, until
// `done` holds or `limit` simulated seconds passed.
template <typename Done>
bool advanceUntil(VirtualClock& clock, qint64 step, qint64 limit, Done done) {
    const Timestamp end = clock.now() + limit;
    while (!done()) {
        if (clock.now() >= end)
            return false;
        clock.advanceBy(step);
        QCoreApplication::processEvents();
    }
    return true;
}

int agentsIn(const Sales& sales, std::initializer_list<SaleStateKind> kinds) {
    int count = 0;
    for (const SalesAgent* agent : sales.agents())
        count += std::find(kinds.begin(), kinds.end(), agent->state()) != kinds.end() ? 1 : 0;
    return count;
}

QString screenKey(Screen screen) {
    switch (screen) {
    case Screen::Dashboard:
        return QStringLiteral("Dashboard");
    case Screen::SlotQueue:
        return QStringLiteral("SlotQueue");
    case Screen::Sales:
        return QStringLiteral("Sales");
    case Screen::Events:
        return QStringLiteral("Events");
    default:
        return QStringLiteral("Other");
    }
}

double ms(double nanoseconds) {
    return nanoseconds / 1e6;
}

// The desk, its clients and the set-up of the load: `agents` running sales (sold for real by the
// engine: reserved, proven and filled on the simulated market) and `queued` slots waiting in the
// paused queue.
struct GuiRun {
    QTemporaryDir dir;
    VirtualClock clock{kStart};
    std::unique_ptr<Desk> desk;
    std::unique_ptr<SimulatedClients> clients;
    quint64 posted = 0;

    Result<RequestId> post(quint64 expiry) {
        const quint64 k = posted++;
        return clients->post(askFor(k), expiry, k % clients->config().clients);
    }
};

Result<void> setUp(GuiRun& run, const GuiParameters& p, BenchReport& report) {
    if (!run.dir.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a temporary directory"));
    SimulatedDeskOptions options;
    options.engine.dataDirectory = run.dir.path();
    options.engine.quotaBytes = 16 * p.agents * kSlotSize;
    options.engine.seed = 29;
    options.engine.hooks.storeData = false;
    // Every sale at once: one worker per agent. The queue holds the waiting slots plus the run's
    // new requests (one per simulated second) without dropping any.
    options.engine.maxWorkers = static_cast<int>(p.agents);
    options.engine.queueMaxSize =
        static_cast<int>(p.queued + p.agents + kSlotsPerRequest * (p.simulatedSeconds + 10));
    options.market.seed = 29;
    auto desk = Desk::openSimulated(run.clock, options);
    if (!desk.ok())
        return desk.error();
    run.desk = std::move(*desk);
    HostEngine& engine = run.desk->engine();
    NewAvailability offer;
    offer.totalSize = 8 * p.agents * kSlotSize;
    offer.duration = 30 * 86'400;
    offer.minPricePerBytePerSecond = 1;
    offer.totalCollateral = UInt256(offer.totalSize) * 2;
    if (auto created = engine.reservations().createAvailability(offer); !created.ok())
        return created.error();
    SimulatedClientsConfig clients;
    clients.seed = 29;
    clients.computeMerkleRoot = false;
    run.clients =
        std::make_unique<SimulatedClients>(*run.desk->simulatedMarket(), run.clock, clients);
    SD_TRY(startAndWait(*run.desk));

    // 1. The running sales: the engine sells every slot of agents/4 requests.
    QElapsedTimer setUpClock;
    setUpClock.start();
    for (quint64 i = 0; i < p.agents / kSlotsPerRequest; ++i)
        SD_TRY(run.post(3'600));
    Sales& sales = engine.sales();
    const bool filled = advanceUntil(run.clock, 5, 4 * 3'600, [&] {
        return agentsIn(sales, {SaleStateKind::Proving, SaleStateKind::Filled}) ==
               static_cast<int>(p.agents);
    });
    if (!filled)
        return makeError(ErrorCode::Io,
                         QStringLiteral("only %1 of %2 sales were filled within 4 simulated hours")
                             .arg(agentsIn(sales, {SaleStateKind::Proving, SaleStateKind::Filled}))
                             .arg(p.agents));
    report.note(QStringLiteral("  set-up: %1 sales filled in %2 s wall")
                    .arg(p.agents)
                    .arg(static_cast<double>(setUpClock.elapsed()) / 1000.0, 0, 'f', 1));

    // 2. The waiting slots: the user paused the queue, requests keep coming.
    setUpClock.restart();
    engine.queue().setUserPaused(true);
    for (quint64 i = 0; i < p.queued / kSlotsPerRequest; ++i)
        SD_TRY(run.post(6 * 3'600));
    const bool queued = advanceUntil(
        run.clock, 0, 1, [&] { return static_cast<quint64>(engine.queue().size()) >= p.queued; });
    if (!queued)
        return makeError(ErrorCode::Io, QStringLiteral("only %1 of %2 slots were queued")
                                            .arg(engine.queue().size())
                                            .arg(p.queued));
    report.note(QStringLiteral("  set-up: %1 slots queued in %2 s wall")
                    .arg(engine.queue().size())
                    .arg(static_cast<double>(setUpClock.elapsed()) / 1000.0, 0, 'f', 1));
    return {};
}

// Claims a model's batch-timer delivery (BenchApplication) whenever the model tells its views
// that something changed.
void claimOnChanges(QAbstractItemModel* model, const QString& name, BenchApplication& app,
                    QObject* context) {
    const auto claim = [&app, name] {
        app.claimTimerDelivery(name);
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, context, claim);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, context, claim);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, context, claim);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, claim);
    QObject::connect(model, &QAbstractItemModel::dataChanged, context, claim);
}

// Every model of ours in the window (the proxies pass their source's changes on and are left
// out) and the dashboard's figures, each named by its class.
void claimBatches(ui::MainWindow& window, BenchApplication& app, QObject* context) {
    std::map<QString, int> seen;
    const auto nameOf = [&seen](const QObject* object) {
        QString name = QString::fromLatin1(object->metaObject()->className());
        name.remove(QStringLiteral("salesdesk::ui::"));
        const int n = ++seen[name];
        return n == 1 ? name : QStringLiteral("%1#%2").arg(name).arg(n);
    };
    const auto models = window.findChildren<QAbstractItemModel*>();
    for (QAbstractItemModel* model : models) {
        if (qobject_cast<QAbstractProxyModel*>(model) ||
            !QByteArray(model->metaObject()->className()).startsWith("salesdesk::"))
            continue;
        claimOnChanges(model, nameOf(model), app, context);
    }
    const auto figures = window.findChildren<ui::DashboardFigures*>();
    for (ui::DashboardFigures* f : figures) {
        QObject::connect(f, &ui::DashboardFigures::changed, context,
                         [&app, name = nameOf(f)] { app.claimTimerDelivery(name); });
    }
}

} // namespace

bool runGuiBench(const BenchOptions& options, BenchReport& report) {
    auto* app = qobject_cast<BenchApplication*>(QCoreApplication::instance());
    if (!app) {
        report.note(QStringLiteral("gui: needs the QApplication of salesdesk-bench"));
        return false;
    }
    const GuiParameters p = parametersFor(options);
    report.note(
        QStringLiteral("gui: the main window (%1, 1280x800) over a desk with %2 slots queued "
                       "(queue paused) and %3 sales changing state every simulated second; 1 "
                       "simulated second = %4 ms wall, %5 simulated seconds; one new request per "
                       "simulated second; screens Dashboard, Slot queue, Sales, Events in turn "
                       "every %6 ms; probe every %7 ms")
            .arg(QGuiApplication::platformName())
            .arg(p.queued)
            .arg(p.agents)
            .arg(kMsPerSimulatedSecond)
            .arg(p.simulatedSeconds)
            .arg(p.pageMs)
            .arg(kProbeIntervalMs));

    GuiRun run;
    if (auto ready = setUp(run, p, report); !ready.ok()) {
        report.note(QStringLiteral("  set-up failed: %1").arg(ready.message()));
        return false;
    }
    Desk& desk = *run.desk;
    Sales& sales = desk.engine().sales();

    // The window keeps its geometry and screen in QSettings: keep the user's out of it.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       run.dir.filePath(QStringLiteral("settings")));

    QElapsedTimer opening;
    opening.start();
    ui::MainWindow window(desk);
    window.resize(1280, 800);
    window.showScreen(Screen::Dashboard);
    window.show();
    QCoreApplication::processEvents();
    const double openMs = static_cast<double>(opening.nsecsElapsed()) / 1e6;

    // What the engine tells the screens, counted as it goes.
    quint64 stateChanges = 0;
    QObject counters;
    QObject::connect(&sales, &Sales::agentStateChanged, &counters,
                     [&stateChanges] { ++stateChanges; });

    // Model batches: each model's batch-timer timeout, timed by the application.
    std::map<QString, std::vector<qint64>> batches;
    bool measuring = false;
    StallProbe probe(kProbeIntervalMs);
    QTimer driver;
    QTimer pages;
    driver.setObjectName(QStringLiteral("benchLoadDriver"));
    pages.setObjectName(QStringLiteral("benchScreenCycler"));
    app->setTimerObserver([&](const QTimer* timer, const QString& owner, qint64 nanoseconds) {
        if (measuring && timer != &probe.timer() && timer != &driver && timer != &pages)
            batches[owner].push_back(nanoseconds);
    });
    QObject claims;
    claimBatches(window, *app, &claims);

    // The load. The engine does not let 1,000 real sales change state every simulated second (a
    // real sale takes minutes of simulated time per state, and driving the whole market that
    // fast would measure the engine, not the GUI). So the agents are the engine's real
    // SalesAgents, sold and filled for real during the set-up, and the driver moves each to its
    // next state every simulated second through SalesAgent::transitionTo with a parked state:
    // the engine's own path then emits SalesAgent::stateChanged and Sales::agentStateChanged
    // with the payloads it always sends (the agent, from, to; agent->state() == to), so every
    // adapter (RunningSalesModel, NextPayoutsModel, MatchingRequestsModel, DashboardFigures,
    // EngineEventCollector, …) hears exactly what it hears from a live engine, and
    // Sales::agents() is the real list.
    QList<QPointer<SalesAgent>> agents;
    for (SalesAgent* agent : sales.agents())
        agents.append(agent);
    const auto agentCount = static_cast<quint64>(agents.size());
    const quint64 totalSlices = p.simulatedSeconds * kSlicesPerSecond;
    quint64 slicesDone = 0;
    quint64 postFailures = 0;
    const auto runSlice = [&](quint64 k) {
        const quint64 second = k / kSlicesPerSecond;
        const quint64 slice = k % kSlicesPerSecond;
        if (slice == 0) {
            run.clock.advanceBy(1);
            if (!run.post(6 * 3'600).ok())
                ++postFailures;
        }
        const quint64 first = slice * agentCount / kSlicesPerSecond;
        const quint64 last = (slice + 1) * agentCount / kSlicesPerSecond;
        for (quint64 i = first; i < last; ++i) {
            SalesAgent* agent = agents.at(static_cast<qsizetype>(i));
            if (!agent)
                continue;
            SaleStateKind next = kCycle[(i + second + 1) % kCycle.size()];
            if (next == agent->state())
                next = kCycle[(i + second + 2) % kCycle.size()];
            agent->transitionTo(std::make_unique<ParkedSaleState>(*agent, next));
        }
    };

    QEventLoop loop;
    QElapsedTimer wall;
    driver.setTimerType(Qt::PreciseTimer);
    driver.setInterval(kSliceMs);
    QObject::connect(&driver, &QTimer::timeout, &loop, [&] {
        // Paced by wall time. After a stall the driver catches up at most kMaxSlicesPerTick
        // slices at a time, so that its own bursts do not feed the next stall.
        const quint64 due =
            std::min<quint64>(totalSlices, static_cast<quint64>(wall.elapsed() / kSliceMs) + 1);
        for (int n = 0; slicesDone < due && n < kMaxSlicesPerTick; ++n)
            runSlice(slicesDone++);
        if (slicesDone >= totalSlices)
            loop.quit();
    });
    std::size_t screenIndex = 0;
    pages.setInterval(p.pageMs);
    QObject::connect(&pages, &QTimer::timeout, &loop, [&] {
        screenIndex = (screenIndex + 1) % kCycledScreens.size();
        window.showScreen(kCycledScreens[screenIndex]);
    });
    probe.setLabeller([&window] { return static_cast<int>(window.currentScreen()); });

    const quint64 queuedAtStart = static_cast<quint64>(desk.engine().queue().size());
    const double cpuBefore = cpuSeconds();
    measuring = true;
    app->startRecordingSlowDeliveries(static_cast<qint64>(kSlowDeliveryMs * 1e6));
    wall.start();
    probe.start();
    driver.start();
    pages.start();
    loop.exec();
    pages.stop();
    driver.stop();
    probe.stop();
    measuring = false;
    const std::vector<BenchApplication::SlowDelivery> slow = app->stopRecordingSlowDeliveries();
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const quint64 peak = peakResidentBytes();
    app->setTimerObserver({});

    // Figures.
    const QString section = QStringLiteral("gui");
    report.figure(section, QStringLiteral("windowOpenMs"), openMs, QStringLiteral("ms"),
                  QStringLiteral("window built, shown and first painted (before the run)"));
    report.figure(section, QStringLiteral("wallSeconds"), seconds, QStringLiteral("s"),
                  QStringLiteral("run, wall time"));
    report.figure(section, QStringLiteral("cpuSeconds"), cpu, QStringLiteral("s"),
                  QStringLiteral("run, CPU time (user + system, all threads)"));
    report.figure(section, QStringLiteral("simulatedSecondsPerWallSecond"),
                  static_cast<double>(slicesDone) / kSlicesPerSecond / seconds,
                  QStringLiteral("/s"),
                  QStringLiteral("simulated seconds per wall second (target %1)")
                      .arg(1000 / kMsPerSimulatedSecond));
    report.figure(section, QStringLiteral("stateChanges"), static_cast<double>(stateChanges),
                  QString(), QStringLiteral("Sales::agentStateChanged emitted"));
    report.figure(section, QStringLiteral("queuedAtStart"), static_cast<double>(queuedAtStart),
                  QString(), QStringLiteral("slots queued at the start"));
    report.figure(section, QStringLiteral("queuedAtEnd"),
                  static_cast<double>(desk.engine().queue().size()), QString(),
                  QStringLiteral("slots queued at the end"));

    const std::vector<qint64>& gaps = probe.gapsNs();
    const LatencyStats gapStats = latencyStats(gaps);
    const double intervalNs = kProbeIntervalMs * 1e6;
    const double longestStallMs = ms(std::max(0.0, gapStats.maxNs - intervalNs));
    quint64 over = 0;
    std::map<Screen, qint64> longestByScreen;
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        over += ms(static_cast<double>(gaps[i])) > kGoalMs ? 1 : 0;
        qint64& longest = longestByScreen[static_cast<Screen>(probe.labels()[i])];
        longest = std::max(longest, gaps[i]);
    }
    report.figure(section, QStringLiteral("probeFirings"), static_cast<double>(gaps.size()),
                  QString(), QStringLiteral("probe firings"));
    report.figure(section, QStringLiteral("longestStallMs"), longestStallMs, QStringLiteral("ms"),
                  QStringLiteral("longest event-loop stall (gap - %1 ms)").arg(kProbeIntervalMs));
    report.figure(section, QStringLiteral("gapP99Ms"), ms(gapStats.p99Ns), QStringLiteral("ms"),
                  QStringLiteral("probe gap, p99"));
    report.figure(section, QStringLiteral("gapMedianMs"), ms(gapStats.medianNs),
                  QStringLiteral("ms"), QStringLiteral("probe gap, median"));
    report.figure(section, QStringLiteral("gapsOver50Ms"), static_cast<double>(over), QString(),
                  QStringLiteral("gaps over %1 ms").arg(kGoalMs));
    for (Screen screen : kCycledScreens) {
        const double stall =
            ms(std::max(0.0, static_cast<double>(longestByScreen[screen]) - intervalNs));
        report.figure(section, QStringLiteral("longestStall%1Ms").arg(screenKey(screen)), stall,
                      QStringLiteral("ms"),
                      QStringLiteral("longest stall while %1 was shown").arg(screenKey(screen)));
    }
    for (const auto& [model, samples] : batches) {
        const LatencyStats stats = latencyStats(samples);
        report.figure(section, QStringLiteral("batch%1MedianMs").arg(model), ms(stats.medianNs),
                      QStringLiteral("ms"),
                      QStringLiteral("%1 batch, median of %2").arg(model).arg(samples.size()));
        report.figure(section, QStringLiteral("batch%1MaxMs").arg(model), ms(stats.maxNs),
                      QStringLiteral("ms"), QStringLiteral("%1 batch, max").arg(model));
    }
    report.figure(section, QStringLiteral("peakRssMiB"),
                  static_cast<double>(peak) / (1024.0 * 1024.0), QStringLiteral("MiB"),
                  QStringLiteral("peak RSS (VmHWM) of the process so far"));
    report.note(longestStallMs <= kGoalMs
                    ? QStringLiteral("  goal (no stall over %1 ms): met").arg(kGoalMs)
                    : QStringLiteral("  goal (no stall over %1 ms): NOT met (%2 gaps over it, "
                                     "longest stall %3 ms)")
                          .arg(kGoalMs)
                          .arg(over)
                          .arg(longestStallMs, 0, 'f', 1));
    reportSlowDeliveries(report, slow, probe, kSlowDeliveryMs,
                         [](int label) { return screenKey(static_cast<Screen>(label)); });
    if (postFailures != 0)
        report.note(QStringLiteral("  %1 requests could not be posted").arg(postFailures));

    desk.stop();
    return postFailures == 0 && stateChanges > 0 && !gaps.empty();
}

} // namespace salesdesk::bench
