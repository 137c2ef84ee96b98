#pragma once

// The harness of the engine selling on anvil (tst_chainsale, tst_chainsaledownload): a HostEngine
// over a ChainMarket with our contracts, all on one VirtualClock; the chain's time follows it
// (before the clock runs its next timer, a block is mined at that time). A snapshot of the chain
// is taken before each test and reverted after it.

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/chain/market/TokenTransferFollower.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/clock/VirtualClock.h"
#include "core/engine/HostEngine.h"
#include "core/proofs/HashingPool.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/reservations/Reservations.h"
#include "core/sales/CheckedSlotRoots.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace salesdesk::test {

constexpr quint64 kBlock = 64 * 1024;
constexpr quint64 kSlotSize = 2 * kBlock + 500;
constexpr quint64 kDuration = 600; // ten periods of the local chain's minute
constexpr quint64 kExpiry = 300;

class ChainSaleFixture : public QObject {
protected:
    AnvilFixture m_chain;
    std::unique_ptr<MarketplaceSession> m_session;
    std::optional<PrivateKey> m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VirtualClock> m_clock;
    quint64 m_chainNow = 0;
    // The host's chain side (its own database file beside the engine's) and the engine.
    std::unique_ptr<Database> m_chainDb;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<TransactionManager> m_manager;
    std::unique_ptr<ChainMarket> m_market;
    std::unique_ptr<HostEngine> m_engine;
    // The host's token transfers as the chain has them (TokenTransferFollower on the chain
    // database), when m_follow is set before openMarket.
    bool m_follow = false;
    std::unique_ptr<TokenTransferFollower> m_follower;
    quint64 m_confirmations = 1;    // the host's transaction manager waits for this many
    qint64 m_bumpAfterSeconds = 60; // and bumps the fees of a transaction not mined this long
    // The host talks to the chain at this address when set (a FaultProxy), else to anvil.
    QUrl m_rpcUrl;
    // drive() gives up when this passes: a test that can no longer end fails with what it saw
    // instead of running into QtTest's watchdog (nine minutes a test function for the chain
    // tests, tests/CMakeLists.txt).
    static constexpr qint64 kTestSeconds = 420;
    QDeadlineTimer m_deadline{kTestSeconds * 1000};
    // Every sale's terminal states, by slot index, in the order the engine reported them (an
    // agent's end, or a sale settled at start).
    QHash<quint64, QList<SaleStateKind>> m_ended;
    QList<SaleStateKind> m_seen; // every state entered, in order
    QStringList m_errors;        // the errors of sales that ended in error
    QUrl m_dataSource;           // the engine downloads slots from here when set
    // With a data source: the roots the host checked, from which the market's fills take their
    // slot paths (as on the local chain desk).
    std::shared_ptr<CheckedSlotRoots> m_checkedRoots;
    QHash<quint64, qint64> m_fileAtFill; // the slot file's size when the sale began to fill

    Address client() const { return m_chain.account(1); }
    Address hostAddress() const { return m_key->address(); }

    // Whether the engine waits for real work: a node request in flight, or a proof or hashing job
    // on a worker thread. The clock stands still meanwhile: on a slow machine it would otherwise
    // run ahead of work that takes no time in the engine's model, and the sale miss its windows.
    bool busy() const {
        return (m_rpc && m_rpc->requestsInFlight() > 0) ||
               QThreadPool::globalInstance()->activeThreadCount() > 0 ||
               proofs::HashingPool::instance().activeThreadCount() > 0;
    }

    // Runs the engine: settles the network and posted work, checks `done`, then mines a block at
    // the clock's next deadline (when it is later than the chain's time) and runs that timer.
    bool drive(const std::function<bool()>& done, int maxSteps = 3000) {
        for (int step = 0; step < maxSteps; ++step) {
            if (m_deadline.hasExpired()) {
                // A failure that says where the test stood, before QtTest's watchdog aborts it.
                qWarning("drive: out of time after %d step(s) of this call; clock at %lld, "
                         "chain at %llu; states seen: %s",
                         step, static_cast<long long>(m_clock->now()), m_chainNow,
                         qPrintable(seenNames()));
                return false;
            }
            for (int quiet = 0; quiet < 3;) {
                QCoreApplication::processEvents();
                if (busy()) {
                    quiet = 0;
                    if (!QTest::qWaitFor([&] { return !busy(); }, AnvilFixture::kWaitMs)) {
                        qWarning("drive: still busy after %d ms: %d node request(s) in flight",
                                 AnvilFixture::kWaitMs, m_rpc ? m_rpc->requestsInFlight() : 0);
                        return false;
                    }
                } else {
                    ++quiet;
                }
            }
            if (done())
                return true;
            const auto next = m_clock->nextDeadline();
            if (!next)
                return done();
            if (quint64(*next) > m_chainNow) {
                if (!m_session->mineAt(quint64(*next))) {
                    qWarning("mineAt: %s", qPrintable(m_session->error()));
                    return false;
                }
                m_chainNow = quint64(*next);
            }
            m_clock->runNext();
        }
        return done();
    }

    template <typename T>
    std::optional<MarketResult<T>> ask(const std::function<void(MarketCallback<T>)>& call) {
        std::optional<MarketResult<T>> answer;
        call([&](const MarketResult<T>& result) { answer = result; });
        if (!drive([&] { return answer.has_value(); }))
            return std::nullopt;
        return answer;
    }

    // The host's market over the chain database of the data directory; loaded.
    bool openMarket() {
        auto db = Database::open(m_dir->filePath(QStringLiteral("chain.sqlite")),
                                 Database::kHostApplicationId);
        if (!db.ok()) {
            qWarning("chain database: %s", qPrintable(db.message()));
            return false;
        }
        m_chainDb = std::move(*db);
        m_rpc = std::make_unique<JsonRpcClient>(m_rpcUrl.isEmpty() ? m_chain.rpcUrl() : m_rpcUrl,
                                                *m_clock);
        TransactionManager::Options options;
        options.chainId = m_chain.chain().chainId();
        options.errors = ourContractErrors();
        options.randomSeed = 7;
        options.confirmations = m_confirmations;
        options.bumpAfterSeconds = m_bumpAfterSeconds;
        m_manager = std::make_unique<TransactionManager>(
            *m_rpc, *m_chainDb, *m_clock, m_key->address(),
            [this](const Eip1559Transaction& transaction) -> Result<SignedTransaction> {
                return transaction.sign(*m_key);
            },
            options);
        if (const auto resumed = m_manager->resume(); !resumed.ok()) {
            qWarning("resume: %s", qPrintable(resumed.message()));
            return false;
        }
        ChainMarket::Options marketOptions;
        marketOptions.marketplace = m_session->marketplace();
        marketOptions.events.pollSeconds = 5;
        if (!m_dataSource.isEmpty())
            marketOptions.slotRoots =
                [roots =
                     m_checkedRoots](const StorageRequest& request) -> Result<std::vector<Hash32>> {
                if (auto checked = roots->find(request.id()))
                    return std::move(*checked);
                return slotRootsOf(request);
            };
        m_market =
            std::make_unique<ChainMarket>(*m_rpc, *m_manager, *m_chainDb, *m_clock, marketOptions);
        if (m_follow) {
            TokenTransferFollower::Options followed;
            followed.token = m_session->token();
            followed.account = hostAddress();
            followed.startBlock = m_chain.chain().deployment()->marketplaceBlock;
            followed.pollSeconds = 5;
            m_follower =
                std::make_unique<TokenTransferFollower>(*m_rpc, *m_chainDb, *m_clock, followed);
            if (const auto started = m_follower->start(); !started.ok()) {
                qWarning("follower: %s", qPrintable(started.message()));
                return false;
            }
        }
        std::optional<Result<void>> loaded;
        m_market->load(this, [&](const Result<void>& result) { loaded = result; });
        if (!drive([&] { return loaded.has_value(); }) || !loaded->ok()) {
            qWarning("load: %s", loaded ? qPrintable(loaded->message()) : "no answer");
            return false;
        }
        return true;
    }

    bool openEngine() {
        HostEngine::Options options;
        options.dataDirectory = m_dir->path();
        options.quotaBytes = 64 * 1024 * 1024;
        options.hooks.storeData = !m_dataSource.isEmpty();
        options.hooks.dataSource = m_dataSource;
        options.hooks.downloadRetries = 1;
        options.hooks.downloadRetryDelayMs = 50;
        options.hooks.checkedSlotRoots = m_checkedRoots;
        options.seed = 11;
        auto engine = HostEngine::open(*m_market, *m_clock, options);
        if (!engine.ok()) {
            qWarning("engine: %s", qPrintable(engine.message()));
            return false;
        }
        m_engine = std::move(*engine);
        connect(&m_engine->sales(), &Sales::agentFinished, this,
                [this](SalesAgent* agent, const SaleOutcome& outcome) {
                    m_ended[agent->data().slotIndex].append(outcome.state);
                    if (outcome.state == SaleStateKind::Errored)
                        m_errors.append(outcome.error);
                });
        connect(&m_engine->sales(), &Sales::saleSettled, this,
                [this](const RequestId&, quint64 slotIndex, const SaleOutcome& outcome) {
                    m_ended[slotIndex].append(outcome.state);
                });
        connect(&m_engine->sales(), &Sales::agentStateChanged, this,
                [this](SalesAgent* agent, SaleStateKind, SaleStateKind to) {
                    m_seen.append(to);
                    if (to == SaleStateKind::Filling)
                        m_fileAtFill[agent->data().slotIndex] =
                            QFileInfo(m_engine->repo().slotDataPath(agent->data().slotId)).size();
                });
        std::optional<Result<void>> started;
        m_engine->start([&](Result<void> result) { started = std::move(result); });
        if (!drive([&] { return started.has_value(); }) || !started->ok()) {
            qWarning("start: %s", started ? qPrintable(started->message()) : "no answer");
            return false;
        }
        return true;
    }

    bool openHost() { return openMarket() && openEngine(); }

    // Destroys the engine and the chain side without stopping anything first, as a crash does.
    void crash() {
        m_engine.reset();
        m_follower.reset();
        m_market.reset();
        m_manager.reset();
        m_rpc.reset();
        m_chainDb.reset();
    }

    std::optional<Availability> offer(quint64 slots = 8) {
        NewAvailability params;
        params.totalSize = slots * kSlotSize;
        params.duration = 24 * 3600;
        params.minPricePerBytePerSecond = 1;
        params.totalCollateral = UInt256(1'000'000'000);
        auto created = m_engine->reservations().createAvailability(params);
        if (!created.ok()) {
            qWarning("availability: %s", qPrintable(created.message()));
            return std::nullopt;
        }
        return *created;
    }

    StorageRequest post(quint64 slots) {
        return post(
            MarketplaceSession::makeRequest(client(), slots, kSlotSize, kDuration, kExpiry));
    }
    StorageRequest post(const StorageRequest& request) {
        const auto posted = m_session->post(request);
        if (!posted.ok())
            qWarning("post: %s", qPrintable(posted.error().message));
        m_chainNow = m_session->now();
        return request;
    }

    // The slot roots of a request made by MarketplaceSession::makeRequest (generated data).
    static std::vector<Hash32> slotRootsOf(const StorageRequest& request) {
        return proofs::SlotDataGenerator::slotRoots(proofs::SlotDataGenerator::datasetKey(request),
                                                    request.ask.slots, request.ask.slotSize);
    }

    // deposits − returned − payouts, signed: what the ledger says left the balance.
    static bool ledgerNet(const QList<LedgerEntry>& entries, UInt256& in, UInt256& out) {
        in = 0;
        out = 0;
        for (const LedgerEntry& entry : entries) {
            switch (entry.kind) {
            case LedgerKind::CollateralDeposited:
                out += entry.amount;
                break;
            case LedgerKind::CollateralReturned:
            case LedgerKind::Payout:
                in += entry.amount;
                break;
            case LedgerKind::CollateralLost:
                break;
            }
        }
        return true;
    }

    // The books against the chain at the end: ledger = balance change, nothing held, the
    // availability whole again.
    void checkBooks(const UInt256& balanceBefore, const Availability& availability, quint64 slots) {
        const UInt256 balanceAfter = m_session->balanceOf(hostAddress());
        const auto entries = m_engine->ledger().entries();
        SD_VERIFY_OK(entries);
        UInt256 in;
        UInt256 out;
        ledgerNet(*entries, in, out);
        QVERIFY(balanceAfter >= balanceBefore);
        QCOMPARE(balanceAfter - balanceBefore, in - out);
        QVERIFY(in > out); // the host earned something
        int deposits = 0;
        int payouts = 0;
        for (const LedgerEntry& entry : *entries) {
            deposits += entry.kind == LedgerKind::CollateralDeposited;
            payouts += entry.kind == LedgerKind::Payout;
        }
        QCOMPARE(deposits, int(slots));
        QCOMPARE(payouts, int(slots));

        verifyNothingLeft(availability, availability.totalCollateral);
    }

    // No slot of ours on chain, no reservation, the availability's whole size free again and
    // `remainingCollateral` of its collateral left.
    void verifyNothingLeft(const Availability& availability, const UInt256& remainingCollateral) {
        const auto mine = ask<QList<SlotId>>([&](auto done) { m_market->mySlots(this, done); });
        QVERIFY(mine && mine->ok());
        QVERIFY(mine->value().isEmpty());
        const auto reservations = m_engine->reservations().reservations();
        SD_VERIFY_OK(reservations);
        QVERIFY(reservations->isEmpty());
        const auto after = m_engine->reservations().availability(availability.id);
        SD_VERIFY_OK(after);
        QCOMPARE(after->freeSize, availability.totalSize);
        QCOMPARE(after->totalRemainingCollateral, remainingCollateral);
    }

    // How many ledger entries of each kind.
    struct EntryCounts {
        int deposits = 0;
        int payouts = 0;
        int returned = 0;
        int lost = 0;
        bool operator==(const EntryCounts&) const = default;
    };
    static EntryCounts countEntries(const QList<LedgerEntry>& entries) {
        EntryCounts counts;
        for (const LedgerEntry& entry : entries) {
            counts.deposits += entry.kind == LedgerKind::CollateralDeposited;
            counts.payouts += entry.kind == LedgerKind::Payout;
            counts.returned += entry.kind == LedgerKind::CollateralReturned;
            counts.lost += entry.kind == LedgerKind::CollateralLost;
        }
        return counts;
    }
    static QString describe(const EntryCounts& counts) {
        return QStringLiteral("deposits %1, payouts %2, returned %3, lost %4")
            .arg(counts.deposits)
            .arg(counts.payouts)
            .arg(counts.returned)
            .arg(counts.lost);
    }

    // Drives the engine (drive(): a block mined at each of the clock's deadlines) until the
    // follower, woken at each step, has read up to the chain's head.
    bool followerAtHead() {
        // Driven, not only waited for: after an outage the follower's next read may wait for a
        // retry on the clock.
        return drive([&] {
            const auto head = m_chain.blockNumber();
            const auto at = m_follower->cursor().position();
            if (head && at && at->number >= *head)
                return true;
            m_follower->wake();
            return false;
        });
    }

    // The books exact against the chain, however the sales ended: the host's token balance
    // moved by exactly what the ledger booked (deposits out; payouts and returned collateral in;
    // the balance may have gone down), the ledger holds `expected` entries of each kind, the
    // followed transfers (when the follower runs) agree with the ledger, no reservation is left,
    // the availability is whole again (its collateral less what was lost) and the chain lists no
    // slot of the host.
    void checkExactBooks(const UInt256& balanceBefore, const Availability& availability,
                         const EntryCounts& expected) {
        const auto entries = m_engine->ledger().entries();
        SD_VERIFY_OK(entries);
        UInt256 in;
        UInt256 out;
        ledgerNet(*entries, in, out);
        const UInt256 balanceAfter = m_session->balanceOf(hostAddress());
        QCOMPARE(balanceAfter + out, balanceBefore + in);
        const EntryCounts counts = countEntries(*entries);
        QVERIFY2(counts == expected, qPrintable(describe(counts)));
        if (m_follower) {
            QVERIFY(followerAtHead());
            const auto followed =
                TokenTransferFollower::totals(*m_chainDb, hostAddress(), m_session->marketplace());
            SD_VERIFY_OK(followed);
            const QStringList disagreements =
                TokenTransferFollower::disagreements(*followed, out, in);
            QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(QLatin1Char('\n'))));
        }
        // Collateral lost is the availability's no more; the rest came back.
        UInt256 lost = 0;
        for (const LedgerEntry& entry : *entries)
            if (entry.kind == LedgerKind::CollateralLost)
                lost += entry.amount;
        QVERIFY(lost <= availability.totalCollateral);
        verifyNothingLeft(availability, availability.totalCollateral - lost);
    }

    // The last state the sale of `slotIndex` ended in, when it ended.
    std::optional<SaleStateKind> endedIn(quint64 slotIndex) const {
        const QList<SaleStateKind> ended = m_ended.value(slotIndex);
        if (ended.isEmpty())
            return std::nullopt;
        return ended.last();
    }

    // Every slot's sale ended other than Ignored (which a restart may settle before going on).
    bool allEnded(quint64 slots) const {
        for (quint64 i = 0; i < slots; ++i) {
            const QList<SaleStateKind> ended = m_ended.value(i);
            if (ended.isEmpty() || ended.last() == SaleStateKind::Ignored)
                return false;
        }
        return true;
    }
    // Every state entered so far, in order, as one line.
    QString seenNames() const {
        QStringList names;
        for (SaleStateKind kind : m_seen)
            names.append(toString(kind));
        return names.join(QLatin1Char(' '));
    }
    QStringList endedNames(quint64 slotIndex) const {
        QStringList names;
        for (SaleStateKind kind : m_ended.value(slotIndex))
            names.append(toString(kind));
        return names;
    }

    void setUpChain() {
        QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
        m_session = std::make_unique<MarketplaceSession>(m_chain);
        QVERIFY2(m_session->start(), qPrintable(m_session->error()));
        m_key = PrivateKey::fromBytes(m_chain.chain().accounts().at(2).privateKey).value();
    }
    void setUpTest() {
        QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
        QVERIFY2(m_session->start(), qPrintable(m_session->error()));
        // Each test starts at the same point of a period, whatever the time of day: where the
        // periods fall against the clock's timers decides how many blocks a proof window holds,
        // and with them which pointers a validator's report meets. SALESDESK_TEST_CHAIN_PHASE
        // (seconds into the period) moves it, to try a test at every phase.
        const quint64 period = m_chain.chain().options().market.periodSeconds;
        const quint64 phase =
            quint64(qEnvironmentVariableIntValue("SALESDESK_TEST_CHAIN_PHASE")) % period;
        QVERIFY2(m_session->mineAt((m_session->now() / period + 2) * period + phase),
                 qPrintable(m_session->error()));
        m_dir = std::make_unique<QTemporaryDir>();
        m_deadline.setRemainingTime(kTestSeconds * 1000);
        m_chainNow = m_session->now();
        m_clock = std::make_unique<VirtualClock>(Timestamp(m_chainNow));
        m_ended.clear();
        m_seen.clear();
        m_errors.clear();
        m_dataSource.clear();
        m_fileAtFill.clear();
        m_follow = false;
        m_confirmations = 1;
        m_bumpAfterSeconds = 60;
        m_rpcUrl.clear();
        m_checkedRoots = std::make_shared<CheckedSlotRoots>();
    }
    void tearDownTest() {
        crash();
        m_clock.reset();
        m_dir.reset();
        QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
    }
};

} // namespace salesdesk::test
