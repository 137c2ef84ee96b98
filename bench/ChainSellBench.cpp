#include "bench/ChainSellBench.h"

#include "bench/BenchApplication.h"
#include "bench/ChainSellHost.h"
#include "bench/ProcessStats.h"
#include "bench/SlowDeliveryReport.h"
#include "bench/StallProbe.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/clock/VirtualClock.h"
#include "core/domain/Availability.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

namespace salesdesk::bench {

namespace {

using test::AnvilFixture;
using test::MarketplaceSession;

constexpr int kProbeMs = 5;
constexpr double kSlowDeliveryMs = 2;
constexpr quint64 kMeasuredPeriods = 3;
// --slots: the slots sold at once.
constexpr quint64 kSizedWorkers = 40;
// --slots: a slot owes a proof in about one period of this many, so that with 1,000 slots a few
// hundred proofs are due in each period measured (each proof is a block with automine: far more
// would move the fills' challenges on).
constexpr quint64 kSizedProofProbability = 4;
// The JSON-RPC methods reported one by one; the rest are summed as "other".
const QStringList& reportedMethods() {
    static const QStringList methods{QStringLiteral("eth_call"),
                                     QStringLiteral("eth_estimateGas"),
                                     QStringLiteral("eth_sendRawTransaction"),
                                     QStringLiteral("eth_getTransactionReceipt"),
                                     QStringLiteral("eth_getBlockByNumber"),
                                     QStringLiteral("eth_blockNumber"),
                                     QStringLiteral("eth_getLogs"),
                                     QStringLiteral("eth_feeHistory"),
                                     QStringLiteral("eth_getTransactionCount"),
                                     QStringLiteral("eth_maxPriorityFeePerGas"),
                                     QStringLiteral("eth_gasPrice"),
                                     QStringLiteral("eth_chainId")};
    return methods;
}

std::map<QString, quint64> callsByMethod(const JsonRpcClient& rpc) {
    std::map<QString, quint64> calls;
    quint64 listed = 0;
    for (const QString& method : reportedMethods()) {
        calls[method] = rpc.callsSent(method);
        listed += calls[method];
    }
    calls[QStringLiteral("other")] = rpc.callsSent() - listed;
    return calls;
}

// A gap less the time the harness blocked the loop in it (mining a block: a desk's node mines on
// its own), in ns; or the whole gap.
qint64 gapNs(const StallProbe& probe, size_t i, bool lessHarness) {
    return probe.gapsNs()[i] - (lessHarness ? probe.harnessNs()[i] : 0);
}

double maxGapMs(const StallProbe& probe, int label, bool lessHarness = false) {
    qint64 worst = 0;
    for (size_t i = 0; i < probe.gapsNs().size(); ++i)
        if (label < 0 || probe.labels()[i] == label)
            worst = std::max(worst, gapNs(probe, i, lessHarness));
    return std::max(0.0, double(worst) / 1e6 - probe.intervalMs());
}

// The 99th percentile of the gaps between the probe's firings labelled `label`, in ms.
double gapP99Ms(const StallProbe& probe, int label, bool lessHarness) {
    std::vector<qint64> gaps;
    for (size_t i = 0; i < probe.gapsNs().size(); ++i)
        if (probe.labels()[i] == label)
            gaps.push_back(gapNs(probe, i, lessHarness));
    return latencyStats(std::move(gaps)).p99Ns / 1e6;
}

} // namespace

bool runChainSellBench(const BenchOptions& options, BenchReport& report) {
    const QString section = QStringLiteral("chain-sell");
    // --slots: that many slots in requests of 10, kSizedWorkers sold at once, proofs seldom due
    // (a period's proofs and fills are each a block with automine, and the pointer moves a step a
    // block: a thousand of them in a period would move every fill's challenge on), and the run
    // ends after the restart (a whole sale of 1,000 slots would take hours of wall time).
    const bool sized = options.slots > 0;
    const quint64 slotsPerRequest = sized           ? std::min<quint64>(options.slots, 10)
                                    : options.quick ? 2
                                                    : 10;
    const quint64 requests = sized ? (options.slots + slotsPerRequest - 1) / slotsPerRequest
                             : options.quick ? 2
                                             : 4;
    const quint64 slots = requests * slotsPerRequest;
    const quint64 workers = sized ? std::min<quint64>(slots, kSizedWorkers) : 0;
    // The engine fills one slot at a time (about 25 s of chain time each here): every slot is
    // filled well before its request expires. Sized: a period per kSizedWorkers slots, and ten
    // more.
    const quint64 sizedExpiry = 60 * ((slots + kSizedWorkers - 1) / kSizedWorkers + 10);
    const quint64 duration = sized ? sizedExpiry + 600 : options.quick ? 600 : 2100;
    const quint64 expiry = sized ? sizedExpiry : options.quick ? 300 : 1500;
    const UInt256 proofProbability = sized ? UInt256(kSizedProofProbability) : UInt256(1);
    report.note(QStringLiteral("chain-sell: the engine sells %1 slots (%2 requests of %3) on a "
                               "local anvil, automine; the chain's time follows the engine's "
                               "virtual clock (a block at each deadline), so figures per minute "
                               "are of wall time")
                    .arg(slots)
                    .arg(requests)
                    .arg(slotsPerRequest));

    AnvilFixture chain;
    if (!chain.start()) {
        report.note(QStringLiteral("  cannot run: ") + chain.error());
        return false;
    }
    MarketplaceSession session(chain);
    if (!session.start()) {
        report.note(QStringLiteral("  cannot run: ") + session.error());
        return false;
    }
    auto key = PrivateKey::fromBytes(chain.chain().accounts().at(2).privateKey);
    if (!key.ok()) {
        report.note(QStringLiteral("  cannot run: ") + key.message());
        return false;
    }
    const quint64 periodSeconds = chain.chain().options().market.periodSeconds;
    QTemporaryDir dir;
    VirtualClock clock(Timestamp(session.now()));
    ChainSellHost host(chain, session, clock, dir.path(), std::move(*key), slots);
    if (sized)
        host.workers = int(workers);
    host.setStart(session.now());
    auto failed = [&](const QString& what) {
        report.note(QStringLiteral("  %1: %2").arg(what, host.error));
        return false;
    };
    if (!host.open())
        return failed(QStringLiteral("cannot open the host"));
    if (!host.offer())
        return failed(QStringLiteral("cannot offer"));

    // 0: filling, 1: every slot proving (measured), 2: after.
    int phase = 0;
    const auto phaseName = [](int label) {
        return label == 0   ? QStringLiteral("filling")
               : label == 1 ? QStringLiteral("proving")
                            : QStringLiteral("restart and payouts");
    };
    StallProbe probe(kProbeMs);
    probe.setLabeller([&] { return phase; });
    probe.start();
    host.blocked = [&probe](qint64 ns) {
        probe.harnessBlocked(ns);
    };
    // What the loop was busy with in its stalls (the harness's own work between the deliveries,
    // mining blocks and checking progress, is not a delivery).
    auto* app = qobject_cast<BenchApplication*>(QCoreApplication::instance());
    if (app)
        app->startRecordingSlowDeliveries(qint64(kSlowDeliveryMs * 1e6));

    QElapsedTimer wall;
    wall.start();
    for (quint64 r = 0; r < requests; ++r) {
        const StorageRequest request = MarketplaceSession::makeRequest(
            chain.account(1), slotsPerRequest, ChainSellHost::kSlotSize, duration, expiry,
            std::nullopt, proofProbability);
        const auto posted = session.post(request);
        if (!posted.ok()) {
            host.error = MarketplaceSession::failure(posted);
            return failed(QStringLiteral("cannot post"));
        }
    }
    host.chainNow = std::max(host.chainNow, session.now());
    // Every slot proving or ended; or the requests expired (a slot the engine did not fill by
    // then never will be).
    const Timestamp expiredAt = clock.now() + Timestamp(expiry + periodSeconds);
    auto settled = [&] {
        return host.count(ChainSellHost::isProving) + int(host.ended.size()) >= int(slots) ||
               clock.now() >= expiredAt;
    };
    if (!host.drive(settled))
        return failed(QStringLiteral("the slots did not all reach proving"));
    const int proving = host.count(ChainSellHost::isProving);
    if (proving == 0) {
        host.error = QStringLiteral("every sale ended before proving: %1").arg(host.endStates());
        return failed(QStringLiteral("cannot measure"));
    }
    const double fillSeconds = double(wall.nsecsElapsed()) / 1e9;
    report.figure(section, QStringLiteral("slots"), double(slots), QString(),
                  QStringLiteral("slots sold"));
    report.figure(section, QStringLiteral("toProvingSeconds"), fillSeconds, QStringLiteral("s"),
                  QStringLiteral("wall time from the posts to every slot proving (or ended)"));
    report.figure(section, QStringLiteral("proving"), proving, QString(),
                  QStringLiteral("slots proving (ended before: %1)").arg(host.endStates()));

    // Three periods in which every slot proves: calls of the host's client.
    phase = 1;
    const auto before = callsByMethod(host.rpc());
    const quint64 httpBefore = host.rpc().httpRequestsSent();
    const quint64 proofTransactionsBefore = host.proofTransactions;
    const Timestamp measuredFrom = clock.now();
    const Timestamp measuredTo = measuredFrom + Timestamp(kMeasuredPeriods * periodSeconds);
    if (!host.drive([&] { return clock.now() >= measuredTo; }))
        return failed(QStringLiteral("proving stopped"));
    const auto after = callsByMethod(host.rpc());
    // Per proving slot: with --slots, some of the slots sold end before they prove.
    const double slotPeriods =
        double(proving) * double(clock.now() - measuredFrom) / double(periodSeconds);
    quint64 calls = 0;
    for (const auto& [method, count] : after)
        calls += count - before.at(method);
    report.figure(section, QStringLiteral("rpcCallsPerSlotPeriod"), double(calls) / slotPeriods,
                  QString(),
                  QStringLiteral("JSON-RPC calls per proving slot per period (goal <= 1; a proof "
                                 "every period: proofProbability 1)"));
    report.figure(section, QStringLiteral("httpRequestsPerSlotPeriod"),
                  double(host.rpc().httpRequestsSent() - httpBefore) / slotPeriods, QString(),
                  QStringLiteral("HTTP requests per proving slot per period"));
    for (const auto& [method, count] : after) {
        const quint64 delta = count - before.at(method);
        if (delta == 0)
            continue;
        report.figure(section, QStringLiteral("perSlotPeriod.") + method,
                      double(delta) / slotPeriods, QString(), QStringLiteral("  ") + method);
    }
    report.figure(section, QStringLiteral("provingStallMs"), maxGapMs(probe, 1, true),
                  QStringLiteral("ms"),
                  QStringLiteral("longest event-loop stall while %1 slots prove, less the "
                                 "harness's blocking block mining (goal <= 33 ms)")
                      .arg(proving));
    report.figure(section, QStringLiteral("provingGapP99Ms"), gapP99Ms(probe, 1, true),
                  QStringLiteral("ms"),
                  QStringLiteral("99th percentile of the %1 ms probe's gaps while they prove, "
                                 "less the mining")
                      .arg(kProbeMs));
    report.figure(section, QStringLiteral("provingStallWithMiningMs"), maxGapMs(probe, 1),
                  QStringLiteral("ms"),
                  QStringLiteral("the longest stall, the harness's mining included"));
    report.figure(section, QStringLiteral("provingGapP99WithMiningMs"), gapP99Ms(probe, 1, false),
                  QStringLiteral("ms"), QStringLiteral("the 99th percentile, the mining included"));
    report.figure(section, QStringLiteral("provingProofTransactions"),
                  double(host.proofTransactions - proofTransactionsBefore), QString(),
                  QStringLiteral("proof transactions settled while they prove"));
    phase = 2;

    // A restart: everything of the host destroyed and opened again over the same files.
    const double beforeRestart = double(wall.nsecsElapsed()) / 1e9;
    const int provingAtCrash = host.count(ChainSellHost::isProving);
    const qsizetype endedAtCrash = host.ended.size();
    host.crash();
    host.states.clear();
    const double cpuBeforeRestart = cpuSeconds();
    QElapsedTimer recovery;
    recovery.start();
    if (!host.open())
        return failed(QStringLiteral("cannot reopen the host"));
    const double startedSeconds = double(recovery.nsecsElapsed()) / 1e9;
    if (!host.drive([&] {
            return host.count(ChainSellHost::isProving) + int(host.ended.size() - endedAtCrash) >=
                   provingAtCrash;
        }))
        return failed(QStringLiteral("the slots did not come back"));
    const double recoveredSeconds = double(recovery.nsecsElapsed()) / 1e9;
    const double recoveredCpu = cpuSeconds() - cpuBeforeRestart;
    // The client is new since the restart: its counts are the restart's.
    const auto recoveryCalls = callsByMethod(host.rpc());
    const quint64 recoveryRpc = host.rpc().callsSent();
    const quint64 recoveryHttp = host.rpc().httpRequestsSent();
    const double restartSeconds = double(wall.nsecsElapsed()) / 1e9 - beforeRestart;
    report.figure(section, QStringLiteral("recoveryStartSeconds"), startedSeconds,
                  QStringLiteral("s"),
                  QStringLiteral("restart: chain side and engine opened, engine started (%1 "
                                 "slots proving)")
                      .arg(provingAtCrash));
    report.figure(section, QStringLiteral("recoverySeconds"), recoveredSeconds, QStringLiteral("s"),
                  QStringLiteral("restart: every one of the %1 slots proving again (goal: 1,000 "
                                 "slots <= 5 s)")
                      .arg(provingAtCrash));
    report.figure(section, QStringLiteral("recoveredSlots"), provingAtCrash, QString(),
                  QStringLiteral("slots recovered (N)"));
    report.figure(section, QStringLiteral("recoveryCpuSeconds"), recoveredCpu, QStringLiteral("s"),
                  QStringLiteral("restart: CPU time of the process (all threads) until then"));
    report.figure(section, QStringLiteral("recoverySecondsPer1000SlotsExtrapolated"),
                  recoveredSeconds * 1000.0 / double(std::max(provingAtCrash, 1)),
                  QStringLiteral("s"),
                  QStringLiteral("the same, extrapolated linearly to 1,000 slots"));
    report.figure(section, QStringLiteral("recoveryRpcCalls"), double(recoveryRpc), QString(),
                  QStringLiteral("restart: JSON-RPC calls until then (market load included)"));
    report.figure(section, QStringLiteral("recoveryHttpRequests"), double(recoveryHttp), QString(),
                  QStringLiteral("restart: HTTP requests until then"));
    for (const auto& [method, count] : recoveryCalls) {
        if (count == 0)
            continue;
        report.figure(section, QStringLiteral("recovery.") + method, double(count), QString(),
                      QStringLiteral("  ") + method);
    }
    if (sized) {
        probe.stop();
        if (app)
            reportSlowDeliveries(report, app->stopRecordingSlowDeliveries(), probe, kSlowDeliveryMs,
                                 phaseName);
        report.note(QStringLiteral("  --slots: stopped after the restart (no payouts measured)"));
        return true;
    }

    const Timestamp endedAt = Timestamp(host.chainNow) + Timestamp(duration + 2 * periodSeconds);
    if (!host.drive([&] {
            return host.count(ChainSellHost::isProving) == 0 &&
                   (quint64(host.ended.size()) >= slots || clock.now() >= endedAt);
        }))
        return failed(QStringLiteral("the sales did not end"));
    const double sellSeconds = double(wall.nsecsElapsed()) / 1e9 - restartSeconds;
    int finished = 0;
    for (const SaleStateKind state : std::as_const(host.ended))
        finished += state == SaleStateKind::Finished;
    report.figure(
        section, QStringLiteral("finished"), finished, QString(),
        QStringLiteral("slots paid (Finished) of %1 (%2)").arg(slots).arg(host.endStates()));
    report.figure(section, QStringLiteral("lifecyclesPerMinute"),
                  sellSeconds > 0 ? double(finished) * 60.0 / sellSeconds : 0,
                  QStringLiteral("/min"),
                  QStringLiteral("slot lifecycles per minute of wall time (%1 periods each, "
                                 "restart not counted)")
                      .arg(duration / periodSeconds));
    const auto share = [](quint64 part, quint64 whole) {
        return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
    };
    report.figure(section, QStringLiteral("proofTransactionsRefusedPercent"),
                  share(host.proofTransactionsFailed, host.proofTransactions), QStringLiteral("%"),
                  QStringLiteral("proof transactions refused by the contract once mined (%1 of %2; "
                                 "a challenge that moved on)")
                      .arg(host.proofTransactionsFailed)
                      .arg(host.proofTransactions));
    report.figure(section, QStringLiteral("proofsMissedPercent"),
                  share(host.proofsMissed, host.proofsMissed + host.proofsSubmitted),
                  QStringLiteral("%"),
                  QStringLiteral("proofs the engine missed (%1 of %2)")
                      .arg(host.proofsMissed)
                      .arg(host.proofsMissed + host.proofsSubmitted));
    report.figure(section, QStringLiteral("maxStallMs"), maxGapMs(probe, -1), QStringLiteral("ms"),
                  QStringLiteral("longest event-loop stall of the run"));
    probe.stop();
    if (app)
        reportSlowDeliveries(report, app->stopRecordingSlowDeliveries(), probe, kSlowDeliveryMs,
                             phaseName);
    return finished > 0;
}

} // namespace salesdesk::bench
