// End to end: the assembled host engine against the simulated market on virtual time.
#include "core/clock/VirtualClock.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SlotQueue.h"
#include "core/simulation/SimulatedClients.h"
#include "core/simulation/SimulatedMarket.h"
#include "core/stats/Ledger.h"
#include "core/storage/Repo.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

constexpr Timestamp kStart = 1'760'000'000;
constexpr quint64 kSlotSize = 256 * 1024;
const UInt256 kHostFunds = UInt256(1) << 80;

} // namespace

class TestHostEngine : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<SimulatedMarket> m_market;
    std::unique_ptr<SimulatedClients> m_clients;
    std::unique_ptr<HostEngine> m_engine;

    Result<void> openEngine() {
        HostEngine::Options options;
        options.dataDirectory = m_dir->path();
        options.quotaBytes = 64 * 1024 * 1024;
        options.seed = 7;
        auto engine = HostEngine::open(*m_market, *m_clock, options);
        if (!engine.ok())
            return engine.error();
        m_engine = std::move(*engine);
        bool done = false;
        m_engine->start([&](Result<void> r) {
            done = true;
            QVERIFY(r.ok());
        });
        m_clock->advanceBy(0);
        QCoreApplication::processEvents();
        return {};
    }

    StorageAsk ask(quint64 slots = 4) const {
        StorageAsk a;
        a.slots = slots;
        a.slotSize = kSlotSize;
        a.duration = 4 * 3600;
        a.pricePerBytePerSecond = 10;
        a.collateralPerByte = 2;
        a.proofProbability = 1;
        a.maxSlotLoss = 1;
        return a;
    }

    NewAvailability offer(quint64 size) const {
        NewAvailability p;
        p.totalSize = size;
        p.duration = 24 * 3600;
        p.minPricePerBytePerSecond = 1;
        p.totalCollateral = UInt256(size) * 10;
        return p;
    }

    // Books of every availability are whole again and nothing is reserved for sales.
    void verifyBooksAreWhole() {
        auto availabilities = m_engine->reservations().availabilities();
        SD_VERIFY_OK(availabilities);
        quint64 free = 0;
        for (const Availability& a : *availabilities) {
            QCOMPARE(a.freeSize, a.totalSize);
            QCOMPARE(a.totalRemainingCollateral + a.collateralLost, a.totalCollateral);
            free += a.freeSize;
        }
        auto reservations = m_engine->reservations().reservations();
        SD_VERIFY_OK(reservations);
        QVERIFY(reservations->isEmpty());
        auto quota = m_engine->repo().quota();
        SD_VERIFY_OK(quota);
        QCOMPARE(quota->reservedBytes, free);
        QCOMPARE(quota->usedBytes, quint64(0));
    }

    void verifyBalanceMatchesLedger() {
        auto totals = m_engine->ledger().totals();
        SD_VERIFY_OK(totals);
        QCOMPARE(m_market->control().balanceOf(m_market->signer()) + totals->deposited,
                 kHostFunds + totals->returned + totals->payouts);
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<VirtualClock>(kStart);
        SimulatedMarketOptions options;
        options.seed = 3;
        auto market = SimulatedMarket::open(*m_clock, options);
        SD_VERIFY_OK(market);
        m_market = std::move(*market);
        SD_VERIFY_OK(m_market->control().mint(m_market->signer(), kHostFunds));
        SimulatedClientsConfig clients;
        clients.seed = 5;
        m_clients = std::make_unique<SimulatedClients>(*m_market, *m_clock, clients);
        SD_VERIFY_OK(openEngine());
    }
    void cleanup() {
        m_engine.reset();
        m_clients.reset();
        m_market.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void sellsASlotProvesItAndIsPaid() {
        SD_VERIFY_OK(m_engine->reservations().createAvailability(offer(kSlotSize * 4)));
        QList<SaleStateKind> finalStates;
        connect(&m_engine->sales(), &Sales::agentFinished, this,
                [&](SalesAgent* agent, const SaleOutcome&) {
                    finalStates.append(agent->history().last());
                });
        auto request = m_clients->post(ask(), 600);
        SD_VERIFY_OK(request);
        m_clock->advanceTo(kStart + 6 * 3600);

        // All four slots fit the availability: filled by us, the request started, every slot was
        // proven until the end, then freed and paid.
        auto entries = m_engine->ledger().totals();
        SD_VERIFY_OK(entries);
        QVERIFY2(entries->payouts > 0, "no payout was received");
        QCOMPARE(entries->deposited, entries->returned);
        QCOMPARE(finalStates.count(SaleStateKind::Finished), 4);
        QVERIFY(m_engine->sales().agents().isEmpty());
        verifyBooksAreWhole();
        verifyBalanceMatchesLedger();
    }

    void slotsOfARequestThatNeverStartsArePaidForTheTimeHeld() {
        // Room for two of the four slots: the request expires unfilled and is cancelled; the two
        // slots we filled are paid for the time they were held and their collateral comes back.
        SD_VERIFY_OK(m_engine->reservations().createAvailability(offer(kSlotSize * 2)));
        QList<SaleStateKind> finalStates;
        connect(&m_engine->sales(), &Sales::agentFinished, this,
                [&](SalesAgent* agent, const SaleOutcome&) {
                    finalStates.append(agent->history().last());
                });
        SD_VERIFY_OK(m_clients->post(ask(), 600));
        m_clock->advanceTo(kStart + 6 * 3600);
        QCOMPARE(finalStates.count(SaleStateKind::Cancelled), 2);
        auto totals = m_engine->ledger().totals();
        SD_VERIFY_OK(totals);
        QVERIFY(totals->payouts > 0);
        QCOMPARE(totals->deposited, totals->returned);
        verifyBooksAreWhole();
        verifyBalanceMatchesLedger();
    }

    void aCrashWhileProvingRecoversTheSlot() {
        SD_VERIFY_OK(m_engine->reservations().createAvailability(offer(kSlotSize * 4)));
        SD_VERIFY_OK(m_clients->post(ask(), 600));
        m_clock->advanceTo(kStart + 3600);
        QVERIFY(!m_engine->sales().agents().isEmpty());
        const int hosted = static_cast<int>(m_engine->sales().agents().size());

        m_engine.reset(); // the process dies: no cleanup
        SD_VERIFY_OK(openEngine());
        QCOMPARE(static_cast<int>(m_engine->sales().agents().size()), hosted);
        for (SalesAgent* agent : m_engine->sales().agents())
            QVERIFY(agent->data().reservation.has_value());

        m_clock->advanceTo(kStart + 6 * 3600);
        QVERIFY(m_engine->sales().agents().isEmpty());
        verifyBooksAreWhole();
        verifyBalanceMatchesLedger();
    }
};

QTEST_GUILESS_MAIN(TestHostEngine)
#include "tst_hostengine.moc"
