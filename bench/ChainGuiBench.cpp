#include "bench/ChainGuiBench.h"

#include "bench/BenchApplication.h"
#include "bench/ChainSellHost.h"
#include "bench/ProcessStats.h"
#include "bench/SlowDeliveryReport.h"
#include "bench/StallProbe.h"
#include "core/chain/client/ChainDemoClients.h"
#include "core/clock/AcceleratedClock.h"
#include "core/desk/DemoOptions.h"
#include "core/desk/Desk.h"
#include "core/desk/LocalChainSide.h"
#include "core/domain/Slot.h"
#include "core/engine/HostEngine.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "ui/mainwindow/MainWindow.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <array>
#include <map>
#include <optional>

namespace salesdesk::bench {

namespace {

using Screen = ui::MainWindow::Screen;

constexpr quint64 kSlotsPerRequest = 10;
constexpr int kWorkers = 40; // sales at once (Settings → Selling: "Sales at once"), as chain-sell
constexpr quint64 kSlotSize = 256ull << 10; // the local chain's smallest demo slot
constexpr quint64 kDuration = 24 * 3600;
constexpr quint64 kExpiry = 6 * 3600; // time enough to sell a thousand slots at speed 1
constexpr quint64 kProofProbability = 4;
constexpr quint64 kPeriodSeconds = 60; // LocalChain::shortPeriodMarket
constexpr int kMeasuredPeriods = 3;
constexpr int kProbeMs = 2;
constexpr double kGoalMs = 33;
constexpr double kSlowDeliveryMs = 5;
constexpr int kPageMs = 2'000;
constexpr int kCheckMs = 250;
constexpr qint64 kProgressMs = 10'000;

constexpr std::array<Screen, 4> kCycledScreens = {Screen::Dashboard, Screen::Sales, Screen::Events,
                                                  Screen::Wallet};

QString screenKey(int screen) {
    switch (static_cast<Screen>(screen)) {
    case Screen::Dashboard:
        return QStringLiteral("Dashboard");
    case Screen::Sales:
        return QStringLiteral("Sales");
    case Screen::Events:
        return QStringLiteral("Events");
    case Screen::Wallet:
        return QStringLiteral("Wallet");
    default:
        return QStringLiteral("Other");
    }
}

// The sale states' tests of the chain-sell benchmark's host.
constexpr auto isProving = &ChainSellHost::isProving;
constexpr auto hasEnded = &ChainSellHost::hasEnded;

// Every slot's last state, as the engine reports it.
struct SaleStates {
    QHash<SlotId, SaleStateKind> last;

    int count(bool (*test)(SaleStateKind)) const {
        int n = 0;
        for (const SaleStateKind state : last)
            n += test(state) ? 1 : 0;
        return n;
    }
    QString summary() const {
        std::map<QString, int> counts;
        for (const SaleStateKind state : last)
            ++counts[toString(state)];
        QStringList parts;
        for (const auto& [name, n] : counts)
            parts << QStringLiteral("%1 %2").arg(name).arg(n);
        return parts.isEmpty() ? QStringLiteral("no sale yet") : parts.join(QStringLiteral(", "));
    }
};

// Runs the event loop until `done` holds (checked every kCheckMs) or `limitMs` passed; prints
// `progress()` every kProgressMs.
bool runUntil(const std::function<bool()>& done, qint64 limitMs,
              const std::function<QString()>& progress) {
    QElapsedTimer waited;
    waited.start();
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(kCheckMs);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (sinceProgress.elapsed() >= kProgressMs) {
            sinceProgress.restart();
            QTextStream(stderr) << "  … " << waited.elapsed() / 1000 << " s: " << progress()
                                << '\n';
        }
        if (done() || waited.elapsed() >= limitMs)
            loop.quit();
    });
    if (done())
        return true;
    check.start();
    loop.exec();
    return done();
}

// The longest gap labelled `label` (any label: -1), less the probe's interval, in ms.
double longestStallMs(const StallProbe& probe, int label, int screen = -1,
                      const std::vector<int>* screens = nullptr) {
    qint64 worst = 0;
    for (size_t i = 0; i < probe.gapsNs().size(); ++i) {
        if (label >= 0 && probe.labels()[i] != label)
            continue;
        if (screens && screen >= 0 && (*screens)[i] != screen)
            continue;
        worst = std::max(worst, probe.gapsNs()[i]);
    }
    return std::max(0.0, double(worst) / 1e6 - probe.intervalMs());
}

LatencyStats gapStats(const StallProbe& probe, int label) {
    std::vector<qint64> gaps;
    for (size_t i = 0; i < probe.gapsNs().size(); ++i)
        if (probe.labels()[i] == label)
            gaps.push_back(probe.gapsNs()[i]);
    return latencyStats(std::move(gaps));
}

// What the three longest gaps while they prove were made of: the deliveries in each, by
// receiver class and event type, and how much of the gap they fill (the rest: the thread did not
// run, or ran the event dispatcher itself).
void reportLongestGaps(BenchReport& report, const StallProbe& probe,
                       const std::vector<BenchApplication::TracedDelivery>& trace) {
    std::vector<size_t> order;
    for (size_t i = 0; i < probe.gapsNs().size(); ++i)
        if (probe.labels()[i] == 1)
            order.push_back(i);
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return probe.gapsNs()[a] > probe.gapsNs()[b]; });
    order.resize(std::min<size_t>(order.size(), 3));
    report.note(QStringLiteral("  deliveries traced while they prove: %1").arg(trace.size()));
    for (const size_t i : order) {
        const qint64 end = probe.endsNs()[i];
        const qint64 begin = end - probe.gapsNs()[i];
        std::map<QString, std::pair<int, qint64>> byKind;
        qint64 busy = 0;
        int count = 0;
        for (const auto& d : trace) {
            if (d.startedNs + d.nanoseconds < begin || d.startedNs > end)
                continue;
            auto& [n, ns] = byKind
                [QStringLiteral("%1/%2").arg(QString::fromLatin1(d.className)).arg(d.eventType)];
            ++n;
            ns += d.nanoseconds;
            busy += d.nanoseconds;
            ++count;
        }
        std::vector<std::pair<QString, std::pair<int, qint64>>> kinds(byKind.begin(), byKind.end());
        std::sort(kinds.begin(), kinds.end(),
                  [](const auto& a, const auto& b) { return a.second.second > b.second.second; });
        QStringList top;
        for (size_t k = 0; k < std::min<size_t>(kinds.size(), 4); ++k)
            top << QStringLiteral("%1 %2x %3 ms")
                       .arg(kinds[k].first)
                       .arg(kinds[k].second.first)
                       .arg(double(kinds[k].second.second) / 1e6, 0, 'f', 1);
        report.note(QStringLiteral("  gap of %1 ms at %2 s: %3 deliveries, %4 ms in them (%5)")
                        .arg(double(probe.gapsNs()[i]) / 1e6, 0, 'f', 1)
                        .arg(double(end) / 1e9, 0, 'f', 2)
                        .arg(count)
                        .arg(double(busy) / 1e6, 0, 'f', 1)
                        .arg(top.join(QStringLiteral(", "))));
    }
}

} // namespace

bool runChainGuiBench(const BenchOptions& options, BenchReport& report) {
    const QString section = QStringLiteral("chain-gui");
    auto* app = qobject_cast<BenchApplication*>(QCoreApplication::instance());
    if (!app) {
        report.note(QStringLiteral("  chain-gui needs the widgets application"));
        return false;
    }
    const quint64 slots = options.slots > 0 ? options.slots : options.quick ? 20 : 1'000;
    const int speed = options.speed > 0 ? options.speed : options.quick ? 10 : 5;
    const quint64 requests = (slots + kSlotsPerRequest - 1) / kSlotsPerRequest;

    QTemporaryDir dir;
    if (!dir.isValid()) {
        report.note(QStringLiteral("  cannot create a temporary folder"));
        return false;
    }
    // The window keeps its geometry in QSettings: keep the user's out of it.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));

    AcceleratedClock clock(QDateTime::currentSecsSinceEpoch(), speed);
    LocalChainDeskOptions deskOptions = localChainDeskOptions(dir.filePath(QStringLiteral("desk")));
    deskOptions.engine.maxWorkers = kWorkers;
    deskOptions.engine.queueMaxSize = int(std::max<quint64>(128, 2 * slots));
    deskOptions.engine.quotaBytes = 2 * slots * kSlotSize + (64ull << 20);
    ChainDemoClients::Options& clients = deskOptions.chain.clients;
    clients.minSlots = clients.maxSlots = std::min(slots, kSlotsPerRequest);
    clients.minSlotSize = clients.maxSlotSize = kSlotSize;
    clients.minDuration = clients.maxDuration = kDuration;
    clients.expiry = kExpiry;
    clients.proofProbability = kProofProbability;
    clients.meanIntervalSeconds = qint64(kDuration); // the bench posts; the clients post once

    QElapsedTimer wall;
    wall.start();
    std::optional<Result<std::unique_ptr<Desk>>> opened;
    Desk::openLocalChain(clock, deskOptions,
                         [&](Result<std::unique_ptr<Desk>> desk) { opened = std::move(desk); });
    if (!runUntil([&] { return opened.has_value(); }, 300'000,
                  [] { return QStringLiteral("starting the local chain"); }) ||
        !opened->ok()) {
        report.note(QStringLiteral("  cannot start a local chain: %1")
                        .arg(opened ? opened->message() : QStringLiteral("no answer")));
        return false;
    }
    Desk& desk = ***opened;
    NewAvailability offer;
    offer.totalSize = 2 * slots * kSlotSize;
    offer.duration = kDuration;
    offer.minPricePerBytePerSecond = 1;
    offer.totalCollateral = UInt256(offer.totalSize) * clients.collateralPerByte * 2;
    if (auto offered = desk.offerIfNothingOffered(offer); !offered.ok()) {
        report.note(QStringLiteral("  cannot offer: %1").arg(offered.message()));
        return false;
    }

    SaleStates states;
    Sales& sales = desk.engine().sales();
    QObject listener;
    QObject::connect(&sales, &Sales::agentStateChanged, &listener,
                     [&](SalesAgent* agent, SaleStateKind, SaleStateKind to) {
                         states.last[slotIdOf(agent->data().requestId, agent->data().slotIndex)] =
                             to;
                     });
    QObject::connect(&sales, &Sales::saleSettled, &listener,
                     [&](const RequestId& id, quint64 slotIndex, const SaleOutcome& outcome) {
                         states.last[slotIdOf(id, slotIndex)] = outcome.state;
                     });
    // The clients post one request when the desk starts; the rest are posted here, one after the
    // other (each is hashed off the thread and mined before the next).
    ChainDemoClients& demo = desk.localChain()->demoClients();
    quint64 posted = 0;
    QString postError;
    std::function<void()> postNext = [&] {
        if (posted >= requests)
            return;
        demo.post([&](const Result<StorageRequest>& request) {
            if (!request.ok()) {
                postError = request.message();
                return;
            }
            ++posted;
            postNext();
        });
    };
    ++posted; // the clients' own first request
    std::optional<Result<void>> started;
    desk.start([&](Result<void> result) { started = std::move(result); });
    if (!runUntil([&] { return started.has_value(); }, 300'000,
                  [] { return QStringLiteral("recovering"); }) ||
        !started->ok()) {
        report.note(QStringLiteral("  the desk did not start: %1")
                        .arg(started ? started->message() : QStringLiteral("no answer")));
        return false;
    }
    const double openSeconds = double(wall.nsecsElapsed()) / 1e9;

    ui::MainWindow window(desk);
    window.resize(1280, 800);
    window.showScreen(Screen::Dashboard);
    window.show();

    // 0: selling, 1: every slot taken proving (measured).
    int phase = 0;
    std::vector<int> screens; // the screen shown at each gap's end, beside the probe's labels
    StallProbe probe(kProbeMs);
    probe.setLabeller([&] {
        screens.push_back(int(window.currentScreen()));
        return phase;
    });
    QTimer pages;
    pages.setObjectName(QStringLiteral("benchScreenCycler"));
    std::size_t screenIndex = 0;
    QObject::connect(&pages, &QTimer::timeout, &window, [&] {
        screenIndex = (screenIndex + 1) % kCycledScreens.size();
        window.showScreen(kCycledScreens[screenIndex]);
    });
    app->startRecordingSlowDeliveries(qint64(kSlowDeliveryMs * 1e6));
    probe.start();
    pages.start(kPageMs);
    wall.restart();
    postNext();

    // Selling: until every slot posted has ended or proves (or the requests expired).
    const Timestamp expiresAt = clock.now() + Timestamp(kExpiry + kPeriodSeconds);
    const auto progress = [&] {
        return QStringLiteral("chain time %1, %2 requests posted; %3")
            .arg(QDateTime::fromSecsSinceEpoch(qint64(clock.now()), Qt::UTC)
                     .toString(QStringLiteral("HH:mm:ss")))
            .arg(posted)
            .arg(states.summary());
    };
    const bool sold = runUntil(
        [&] {
            return !postError.isEmpty() ||
                   (posted >= requests &&
                    states.count(isProving) + states.count(hasEnded) >= int(slots)) ||
                   clock.now() >= expiresAt;
        },
        qint64(kExpiry + kPeriodSeconds) * 1000 / speed + 600'000, progress);
    const int proving = states.count(isProving);
    const double sellSeconds = double(wall.nsecsElapsed()) / 1e9;
    if (!postError.isEmpty() || !sold || proving == 0) {
        probe.stop();
        app->stopRecordingSlowDeliveries();
        window.closeWithoutAsking();
        desk.stop();
        report.note(QStringLiteral("  the slots did not reach proving: %1")
                        .arg(!postError.isEmpty() ? postError : progress()));
        return false;
    }

    // Proving: kMeasuredPeriods periods of chain time, every delivery traced.
    phase = 1;
    app->startTracingDeliveries();
    const double cpuBefore = cpuSeconds();
    wall.restart();
    const Timestamp measuredTo = clock.now() + Timestamp(kMeasuredPeriods * kPeriodSeconds);
    runUntil([&] { return clock.now() >= measuredTo; },
             qint64(kMeasuredPeriods * kPeriodSeconds) * 1000 / speed + 300'000, progress);
    const double provingSeconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    pages.stop();
    probe.stop();
    const std::vector<BenchApplication::TracedDelivery> trace = app->stopTracingDeliveries();
    const std::vector<BenchApplication::SlowDelivery> slow = app->stopRecordingSlowDeliveries();
    const int provingAtEnd = states.count(isProving);

    report.figure(section, QStringLiteral("slots"), double(slots), QString(),
                  QStringLiteral("slots posted (requests of %1, %2x speed)")
                      .arg(kSlotsPerRequest)
                      .arg(speed));
    report.figure(section, QStringLiteral("openSeconds"), openSeconds, QStringLiteral("s"),
                  QStringLiteral("anvil started, contracts deployed, the desk opened"));
    report.figure(section, QStringLiteral("toProvingSeconds"), sellSeconds, QStringLiteral("s"),
                  QStringLiteral("wall time from the first post to every slot proving or ended"));
    report.figure(section, QStringLiteral("proving"), proving, QString(),
                  QStringLiteral("slots proving (%1)").arg(states.summary()));
    report.figure(section, QStringLiteral("sellingStallMs"), longestStallMs(probe, 0),
                  QStringLiteral("ms"),
                  QStringLiteral("longest event-loop stall while selling (posts, downloads, "
                                 "fills)"));
    const double provingStall = longestStallMs(probe, 1);
    report.figure(section, QStringLiteral("provingStallMs"), provingStall, QStringLiteral("ms"),
                  QStringLiteral("longest event-loop stall over %1 periods while %2 slots prove "
                                 "(goal <= %3 ms)")
                      .arg(kMeasuredPeriods)
                      .arg(proving)
                      .arg(kGoalMs));
    const LatencyStats proved = gapStats(probe, 1);
    report.figure(
        section, QStringLiteral("provingGapP99Ms"), proved.p99Ns / 1e6, QStringLiteral("ms"),
        QStringLiteral("99th percentile of the %1 ms probe's gaps while they prove").arg(kProbeMs));
    report.figure(section, QStringLiteral("provingGapMedianMs"), proved.medianNs / 1e6,
                  QStringLiteral("ms"), QStringLiteral("median of those gaps"));
    for (const Screen screen : kCycledScreens)
        report.figure(section, QStringLiteral("provingStall%1Ms").arg(screenKey(int(screen))),
                      longestStallMs(probe, 1, int(screen), &screens), QStringLiteral("ms"),
                      QStringLiteral("  while %1 was shown").arg(screenKey(int(screen))));
    report.figure(section, QStringLiteral("provingWallSeconds"), provingSeconds,
                  QStringLiteral("s"), QStringLiteral("the measured periods, wall time"));
    report.figure(section, QStringLiteral("provingCpuShare"), cpu / provingSeconds, QString(),
                  QStringLiteral("CPU seconds per wall second while they prove (all threads, "
                                 "anvil not included)"));
    report.figure(section, QStringLiteral("provingAtEnd"), provingAtEnd, QString(),
                  QStringLiteral("slots still proving after the measured periods"));
    report.figure(section, QStringLiteral("peakRssMiB"), double(peakResidentBytes()) / (1 << 20),
                  QStringLiteral("MiB"), QStringLiteral("peak RSS (VmHWM) of the process"));
    report.note(
        provingStall <= kGoalMs
            ? QStringLiteral("  goal (no stall over %1 ms while they prove): met").arg(kGoalMs)
            : QStringLiteral("  goal (no stall over %1 ms while they prove): NOT met "
                             "(longest %2 ms)")
                  .arg(kGoalMs)
                  .arg(provingStall, 0, 'f', 1));
    reportSlowDeliveries(report, slow, probe, kSlowDeliveryMs, [](int label) {
        return label == 1 ? QStringLiteral("proving") : QStringLiteral("selling");
    });
    reportLongestGaps(report, probe, trace);
    window.closeWithoutAsking();
    desk.stop();
    return provingAtEnd > 0;
}

} // namespace salesdesk::bench
