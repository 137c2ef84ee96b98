// A desk on a local test chain at 60× real time: the chain's blocks are stamped with the
// accelerated clock's time (ChainClockKeeper), so a sale of twenty simulated minutes is posted,
// filled, proven, paid out and finished in seconds of real time, and the chain's latest block is
// never later than the clock nor further behind it than the keeper allows.
#include "core/chain/local/LocalChain.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/tx/OutgoingTransaction.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/chain/tx/TransactionReceipt.h"
#include "core/clock/AcceleratedClock.h"
#include "core/clock/ClockHold.h"
#include "core/desk/ChainHostSide.h"
#include "core/desk/Desk.h"
#include "core/desk/LocalChainSide.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace salesdesk;

namespace {

constexpr int kSpeed = 60;
constexpr quint64 kDuration = 1200; // simulated seconds: twenty one-minute periods

LocalChainDeskOptions deskOptions(const QString& directory) {
    LocalChainDeskOptions options;
    options.engine.dataDirectory = directory;
    options.engine.quotaBytes = quint64(256) << 20;
    options.engine.seed = 5;
    options.chain.clients.seed = 11;
    options.chain.clients.meanIntervalSeconds = 100'000; // the request posted at start only
    options.chain.clients.minSlots = 1;
    options.chain.clients.maxSlots = 1;
    options.chain.clients.minSlotSize = 100'000;
    options.chain.clients.maxSlotSize = 200'000;
    options.chain.clients.minDuration = kDuration;
    options.chain.clients.maxDuration = kDuration;
    // The download is not waited for (only its hashing is): 18 real seconds for it and the fill.
    options.chain.clients.expiry = 1100;
    options.chain.clients.proofProbability = 1; // a proof every period
    return options;
}

} // namespace

class TestLocalChainClock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSaleRunsAtTheClocksSpeedWithTheChainInStep() {
        QElapsedTimer wall;
        wall.start();
        AcceleratedClock clock(QDateTime::currentSecsSinceEpoch(), kSpeed);
        QTemporaryDir dir;
        std::optional<Result<std::unique_ptr<Desk>>> opened;
        Desk::openLocalChain(clock, deskOptions(dir.path()),
                             [&](Result<std::unique_ptr<Desk>> desk) { opened = std::move(desk); });
        QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, 60'000));
        SD_VERIFY_OK(*opened);
        Desk& desk = ***opened;
        LocalChainSide* side = desk.localChain();
        QVERIFY(side != nullptr);
        QVERIFY(side->clockKeeper() != nullptr);
        QVERIFY(side->clockKeeper()->isRunning());
        QCOMPARE(desk.market().config().periodSeconds, quint64(60));

        NewAvailability offer;
        offer.totalSize = quint64(64) << 20;
        offer.duration = 7 * 24 * 3600;
        offer.minPricePerBytePerSecond = 1;
        offer.totalCollateral = UInt256(1) << 40;
        SD_VERIFY_OK(desk.engine().reservations().createAvailability(offer));

        QList<SaleStateKind> seen;
        std::optional<Timestamp> filledAt;
        std::optional<Timestamp> finishedAt;
        qint64 finishedWallMs = 0;
        int proofsSubmitted = 0;
        int proofsMissed = 0;
        connect(&desk.engine().sales(), &Sales::agentStateChanged, this,
                [&](SalesAgent* agent, SaleStateKind, SaleStateKind to) {
                    seen.append(to);
                    if (to == SaleStateKind::Filled && !filledAt) {
                        filledAt = clock.now();
                    }
                    if (to == SaleStateKind::Finished && !finishedAt) {
                        finishedAt = clock.now();
                        finishedWallMs = wall.elapsed();
                        proofsSubmitted = agent->data().proofsSubmitted;
                        proofsMissed = agent->data().proofsMissed;
                    }
                });

        std::optional<Timestamp> postedAt;
        qint64 postedWallMs = 0;
        connect(&side->demoClients(), &ChainDemoClients::posted, this, [&] {
            postedAt = clock.now();
            postedWallMs = wall.elapsed();
        });
        // The chain's latest block against the clock, four times a second of real time.
        qint64 worstAhead = std::numeric_limits<qint64>::min(); // chain minus clock
        qint64 worstBehind = 0;                                 // clock minus chain
        int samples = 0;
        bool asking = false;
        QTimer sampler;
        sampler.setInterval(250);
        connect(&sampler, &QTimer::timeout, this, [&] {
            if (asking)
                return;
            asking = true;
            const Timestamp before = clock.now();
            side->chain().rpc().call(QStringLiteral("eth_getBlockByNumber"),
                                     {QStringLiteral("latest"), false}, this,
                                     [&, before](const RpcResult<QJsonValue>& latest) {
                                         asking = false;
                                         if (!latest.ok())
                                             return;
                                         const auto stamp = rpc::parseJsonQuantityU64(
                                             latest->toObject().value(QStringLiteral("timestamp")));
                                         if (!stamp.ok())
                                             return;
                                         const auto chainTime = static_cast<Timestamp>(*stamp);
                                         // The block was read after `before` and answered before
                                         // now().
                                         worstAhead = std::max(worstAhead, chainTime - clock.now());
                                         worstBehind = std::max(worstBehind, before - chainTime);
                                         ++samples;
                                     });
        });
        sampler.start();

        std::optional<Result<void>> started;
        desk.start([&](Result<void> result) { started = std::move(result); });
        QVERIFY(QTest::qWaitFor([&] { return started.has_value(); }, 30'000));
        SD_VERIFY_OK(*started);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return finishedAt.has_value() || seen.contains(SaleStateKind::Errored) ||
                                seen.contains(SaleStateKind::Failed);
                     },
                     50'000),
                 qPrintable(QStringLiteral("states seen: %1").arg([&] {
                     QStringList names;
                     for (SaleStateKind kind : seen)
                         names << toString(kind);
                     return names.join(QStringLiteral(", "));
                 }())));
        sampler.stop();
        QVERIFY(finishedAt.has_value());
        QVERIFY(filledAt.has_value());
        QVERIFY(seen.contains(SaleStateKind::Proving));
        QVERIFY(seen.contains(SaleStateKind::Payout));
        QCOMPARE(side->demoClients().postedCount(), 1);
        // Proofs were asked for and sent, none missed, at the clock's speed.
        QVERIFY2(proofsSubmitted >= 3, qPrintable(QString::number(proofsSubmitted)));
        QCOMPARE(proofsMissed, 0);

        // The request's whole duration went by on the chain (it says when the slot is
        // finished), in a small part of it in real time.
        QVERIFY(postedAt.has_value());
        const qint64 simulated = *finishedAt - *postedAt;
        const qint64 realMs = std::max<qint64>(1, finishedWallMs - postedWallMs);
        QVERIFY2(simulated >= qint64(kDuration) - kSpeed, qPrintable(QString::number(simulated)));
        QVERIFY2(realMs * 10 < simulated * 1000,
                 qPrintable(
                     QStringLiteral("%1 simulated seconds took %2 ms").arg(simulated).arg(realMs)));
        qInfo("posted to finished: %lld simulated seconds in %lld ms (%.1fx), filled after %lld "
              "s; %d proofs; whole test %lld ms",
              simulated, realMs, double(simulated) * 1000 / double(realMs), *filledAt - *postedAt,
              proofsSubmitted, qint64(wall.elapsed()));

        // The chain never ahead of the clock, and never further behind it than the keeper lets
        // the clock run ahead (with a second of rounding).
        QVERIFY(samples >= 10);
        QVERIFY2(worstAhead <= 0, qPrintable(QString::number(worstAhead)));
        const qint64 lead = side->clockKeeper()->maxLeadSeconds();
        QVERIFY2(worstBehind <= lead + 1,
                 qPrintable(QStringLiteral("%1 s behind, lead %2 s").arg(worstBehind).arg(lead)));
        QVERIFY(side->clockKeeper()->blocksMined() > 10);
        qInfo("samples %d: chain at most %lld s behind the clock (lead %lld s), %llu blocks mined",
              samples, worstBehind, lead, side->clockKeeper()->blocksMined());
        desk.stop();
    }

    // A fill or a proof holds the clock before its period ends until its transaction is mined
    // (ClockHold). The receipt's poll must not wait for the held clock: before NodeWaitClock, a
    // receipt the first poll missed was polled again one clock second later, which never came,
    // and the desk stood still until the hold gave up ten minutes later (found by
    // `salesdesk-bench chain-gui` with 40 sales at once).
    void aTransactionSettlesWhileTheClockIsHeldForIt() {
        AcceleratedClock clock(QDateTime::currentSecsSinceEpoch(), kSpeed);
        QTemporaryDir dir;
        LocalChainDeskOptions options = deskOptions(dir.path());
        std::optional<Result<std::unique_ptr<Desk>>> opened;
        Desk::openLocalChain(clock, options,
                             [&](Result<std::unique_ptr<Desk>> desk) { opened = std::move(desk); });
        QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, 60'000));
        SD_VERIFY_OK(*opened);
        Desk& desk = ***opened;
        LocalChainSide* side = desk.localChain();
        QVERIFY(side != nullptr);
        JsonRpcClient& node = side->chain().rpc();
        const auto ask = [&](const QString& method, const QJsonArray& params) {
            std::optional<RpcResult<QJsonValue>> answer;
            node.call(method, params, this,
                      [&](const RpcResult<QJsonValue>& result) { answer = result; });
            if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10'000) || !answer->ok())
                return std::optional<QJsonValue>();
            return std::optional<QJsonValue>(**answer);
        };
        const auto call = [&](const QString& method, const QJsonArray& params) {
            return ask(method, params).has_value();
        };
        const auto pendingInPool = [&] {
            const auto status = ask(QStringLiteral("txpool_status"), {});
            if (!status)
                return -1;
            auto pending = rpc::parseJsonQuantityU64(status->toObject().value(u"pending"));
            return pending.ok() ? int(*pending) : -1;
        };

        // The clock held three seconds on, as a fill holds it before its period ends.
        const Timestamp deadline = clock.now() + 3;
        ClockHold hold = ClockHold::before(clock, deadline, ClockHoldReason::Fill);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return clock.now() == deadline - 1 &&
                       side->clockKeeper()->chainTime() == deadline - 1;
            },
            5'000));
        // The transaction stays unmined at first, so that the first receipt poll misses it.
        QVERIFY(call(QStringLiteral("evm_setAutomine"), {false}));
        std::optional<Result<TransactionReceipt>> receipt;
        OutgoingTransaction transfer;
        transfer.to =
            Address::fromHex(QStringLiteral("0x00000000000000000000000000000000000000aa")).value();
        transfer.value = 1;
        transfer.label = QStringLiteral("a transfer while the clock is held");
        side->host().transactions().submit(
            transfer, this, [&](const Result<TransactionReceipt>& r) { receipt = r; });
        // Sent, and its first receipt poll (right after the send) answered: nothing mined yet.
        QVERIFY(QTest::qWaitFor([&] { return pendingInPool() == 1; }, 10'000));
        QTest::qWait(1'500);
        QVERIFY(!receipt.has_value());
        QVERIFY(call(QStringLiteral("evm_mine"), {}));
        QVERIFY(call(QStringLiteral("evm_setAutomine"), {true}));
        // Polled again within seconds of real time, though the clock still stands before its
        // deadline.
        QVERIFY2(QTest::qWaitFor([&] { return receipt.has_value(); }, 5'000),
                 "no receipt while the clock was held");
        SD_VERIFY_OK(*receipt);
        QVERIFY(clock.now() < deadline);
        hold.release();
        desk.stop();
    }
};

QTEST_GUILESS_MAIN(TestLocalChainClock)
#include "tst_localchainclock.moc"
