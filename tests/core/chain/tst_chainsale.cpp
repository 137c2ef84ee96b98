// The sales engine selling on a real chain: a HostEngine over a ChainMarket on anvil with our
// contracts reserves, fills, proves and collects the slots of a client's request, and its books
// (ledger, reservations, availability) equal what the chain says, to the last token unit; also
// across an engine and market destroyed mid-sale and opened again over the same files.
// The engine, the market and the transaction manager run on one VirtualClock; the chain's time
// follows it: before the clock runs its next timer, a block is mined at that time.

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/clock/VirtualClock.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr quint64 kBlock = 64 * 1024;
constexpr quint64 kSlotSize = 2 * kBlock + 500;
constexpr quint64 kDuration = 600; // ten periods of the local chain's minute
constexpr quint64 kExpiry = 300;

} // namespace

class TestChainSale : public QObject {
    Q_OBJECT

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
    // Every sale's terminal states, by slot index, in the order the engine reported them (an
    // agent's end, or a sale settled at start).
    QHash<quint64, QList<SaleStateKind>> m_ended;
    QList<SaleStateKind> m_seen; // every state entered, in order

    Address client() const { return m_chain.account(1); }
    Address hostAddress() const { return m_key->address(); }

    // Runs the engine: settles the network and posted work, checks `done`, then mines a block at
    // the clock's next deadline (when it is later than the chain's time) and runs that timer.
    bool drive(const std::function<bool()>& done, int maxSteps = 3000) {
        for (int step = 0; step < maxSteps; ++step) {
            for (int quiet = 0; quiet < 3;) {
                QCoreApplication::processEvents();
                if (m_rpc && m_rpc->requestsInFlight() > 0) {
                    quiet = 0;
                    if (!QTest::qWaitFor([&] { return m_rpc->requestsInFlight() == 0; },
                                         AnvilFixture::kWaitMs))
                        return false;
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
        m_rpc = std::make_unique<JsonRpcClient>(m_chain.rpcUrl(), *m_clock);
        TransactionManager::Options options;
        options.chainId = m_chain.chain().chainId();
        options.errors = ourContractErrors();
        options.randomSeed = 7;
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
        m_market =
            std::make_unique<ChainMarket>(*m_rpc, *m_manager, *m_chainDb, *m_clock, marketOptions);
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
        options.hooks.storeData = false;
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
                });
        connect(&m_engine->sales(), &Sales::saleSettled, this,
                [this](const RequestId&, quint64 slotIndex, const SaleOutcome& outcome) {
                    m_ended[slotIndex].append(outcome.state);
                });
        connect(&m_engine->sales(), &Sales::agentStateChanged, this,
                [this](SalesAgent*, SaleStateKind, SaleStateKind to) { m_seen.append(to); });
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
        m_market.reset();
        m_manager.reset();
        m_rpc.reset();
        m_chainDb.reset();
    }

    std::optional<Availability> offer() {
        NewAvailability params;
        params.totalSize = 8 * kSlotSize;
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
        const StorageRequest request =
            MarketplaceSession::makeRequest(client(), slots, kSlotSize, kDuration, kExpiry);
        const auto posted = m_session->post(request);
        if (!posted.ok())
            qWarning("post: %s", qPrintable(posted.error().message));
        m_chainNow = m_session->now();
        return request;
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

        const auto mine = ask<QList<SlotId>>([&](auto done) { m_market->mySlots(this, done); });
        QVERIFY(mine && mine->ok());
        QVERIFY(mine->value().isEmpty());
        const auto reservations = m_engine->reservations().reservations();
        SD_VERIFY_OK(reservations);
        QVERIFY(reservations->isEmpty());
        const auto after = m_engine->reservations().availability(availability.id);
        SD_VERIFY_OK(after);
        QCOMPARE(after->freeSize, availability.totalSize);
        QCOMPARE(after->totalRemainingCollateral, availability.totalCollateral);
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
    QStringList endedNames(quint64 slotIndex) const {
        QStringList names;
        for (SaleStateKind kind : m_ended.value(slotIndex))
            names.append(toString(kind));
        return names;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
        m_session = std::make_unique<MarketplaceSession>(m_chain);
        QVERIFY2(m_session->start(), qPrintable(m_session->error()));
        m_key = PrivateKey::fromBytes(m_chain.chain().accounts().at(2).privateKey).value();
    }

    void init() {
        QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
        QVERIFY2(m_session->start(), qPrintable(m_session->error()));
        m_dir = std::make_unique<QTemporaryDir>();
        m_chainNow = m_session->now();
        m_clock = std::make_unique<VirtualClock>(Timestamp(m_chainNow));
        m_ended.clear();
        m_seen.clear();
    }

    void cleanup() {
        crash();
        m_clock.reset();
        m_dir.reset();
        QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
    }

    // A request of two slots: the engine reserves, fills and proves both, collects at the end,
    // and its ledger moves exactly what the chain moved.
    void sellsARequestOnChain() {
        QVERIFY(openHost());
        const auto availability = offer();
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        const StorageRequest request = post(2);

        QVERIFY(drive([&] { return allEnded(2); }));
        QCOMPARE(endedNames(0), QStringList{toString(SaleStateKind::Finished)});
        QCOMPARE(endedNames(1), QStringList{toString(SaleStateKind::Finished)});
        QVERIFY(m_seen.contains(SaleStateKind::Proving));
        const auto state = ask<std::optional<RequestState>>(
            [&](auto done) { m_market->requestState(request.id(), this, done); });
        QVERIFY(state && state->ok());
        QCOMPARE(state->value(), std::optional<RequestState>(RequestState::Finished));
        checkBooks(balanceBefore, *availability, 2);
    }

    // The engine and its market destroyed in the middle of a sale and opened again over the same
    // files and chain: the sale goes on and the books still equal the chain at the end.
    void recoversAfterACrash_data() {
        QTest::addColumn<int>("crashState");
        QTest::addColumn<QStringList>("ended");
        // The reservation without a fill is settled at start as a sale that died before its fill
        // (Ignored, nothing lost); the re-queued slot goes on with the reservation the chain
        // holds (holdsReservation) and finishes.
        QTest::newRow("between reserve and fill")
            << int(SaleStateKind::Downloading)
            << QStringList{toString(SaleStateKind::Ignored), toString(SaleStateKind::Finished)};
        QTest::newRow("after the fill")
            << int(SaleStateKind::Proving) << QStringList{toString(SaleStateKind::Finished)};
    }
    void recoversAfterACrash() {
        QFETCH(int, crashState);
        QFETCH(QStringList, ended);
        const auto crashIn = static_cast<SaleStateKind>(crashState);
        QVERIFY(openHost());
        const auto availability = offer();
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        post(1);

        QVERIFY(drive([&] { return m_seen.contains(crashIn); }));
        QVERIFY(m_ended.isEmpty());
        crash();
        QVERIFY(openHost());
        QVERIFY(drive([&] { return allEnded(1); }));
        QCOMPARE(endedNames(0), ended);
        checkBooks(balanceBefore, *availability, 1);
    }
};

QTEST_GUILESS_MAIN(TestChainSale)
#include "tst_chainsale.moc"
