// InvariantChecker: each of the five invariants holds on whole books and is reported when broken.
#include "core/clock/VirtualClock.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/scenario/InvariantChecker.h"
#include "core/simulation/SimulatedMarket.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

constexpr Timestamp kStart = 1'760'000'000;
const UInt256 kStartBalance = 1'000'000;

} // namespace

class TestInvariantChecker : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<SimulatedMarket> m_market;
    std::unique_ptr<HostEngine> m_engine;
    AvailabilityId m_availability;

    void openEngine() {
        HostEngine::Options options;
        options.dataDirectory = m_dir->path();
        options.quotaBytes = 1024 * 1024;
        options.seed = 11;
        auto engine = HostEngine::open(*m_market, *m_clock, options);
        SD_VERIFY_OK(engine);
        m_engine = std::move(*engine);
    }

    // Reopens the engine so that its books are read again from the database.
    void reopenEngine() {
        m_engine.reset();
        openEngine();
    }

    QStringList broken() {
        InvariantChecker checker(
            kStartBalance,
            [this](const AvailabilityId& id) {
                return id == m_availability ? QStringLiteral("a1") : id.toHex();
            },
            [](const RequestId&) { return QStringLiteral("r1"); });
        auto result = checker.check(*m_engine, *m_market);
        if (!result.ok())
            return {QStringLiteral("check failed: ") + result.message()};
        return *result;
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
        SD_VERIFY_OK(m_market->control().mint(m_market->signer(), kStartBalance));
        openEngine();
        NewAvailability offer;
        offer.totalSize = 4096;
        offer.duration = 3600;
        offer.minPricePerBytePerSecond = 1;
        offer.totalCollateral = 10'000;
        auto created = m_engine->reservations().createAvailability(offer);
        SD_VERIFY_OK(created);
        m_availability = created->id;
    }
    void cleanup() {
        m_engine.reset();
        m_market.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void wholeBooksBreakNothing() { QCOMPARE(broken(), QStringList()); }

    void freeSizeThatDoesNotAddUpBreaksInvariantOne() {
        SD_VERIFY_OK(m_engine->database().execute(
            QStringLiteral("UPDATE availabilities SET free_size = free_size - 1")));
        reopenEngine();
        const QStringList b = broken();
        QVERIFY2(b.contains(QStringLiteral("availability a1: freeSize + Σ slotSize of its "
                                           "reservations (4095) != totalSize (4096)")),
                 qPrintable(b.join(QLatin1Char('\n'))));
    }

    void reservedBytesBeyondTheBooksBreakInvariantTwo() {
        SD_VERIFY_OK(m_engine->repo().reserve(100));
        QCOMPARE(broken(), QStringList{QStringLiteral(
                               "repo: reservedBytes (4196) != Σ freeSize + Σ reservation.size "
                               "(4096)")});
    }

    void collateralThatDoesNotAddUpBreaksInvariantThree() {
        SD_VERIFY_OK(m_engine->database().execute(
            QStringLiteral("UPDATE availabilities SET remaining_collateral = zeroblob(32)")));
        reopenEngine();
        QCOMPARE(broken(), QStringList{QStringLiteral(
                               "availability a1: totalRemainingCollateral + collateralCommitted "
                               "+ collateralLost (0) != totalCollateral (10000)")});
    }

    void balanceThatTheLedgerDoesNotExplainBreaksInvariantFour() {
        SD_VERIFY_OK(m_market->control().mint(m_market->signer(), 5));
        QCOMPARE(broken(), QStringList{QStringLiteral(
                               "host: balance (1000005) != startBalance − Σ collateralDeposited "
                               "+ Σ collateralReturned + Σ payout (1000000)")});
    }

    void reservationWithoutAnAgentBreaksInvariantFive() {
        const RequestId request = RequestId::fromBytes(QByteArray(32, '\x07'));
        auto reservation = m_engine->reservations().createReservation(m_availability, request, 2,
                                                                      1024, 1, kStart + 3600);
        SD_VERIFY_OK(reservation);
        // The bytes and the collateral moved consistently: only the orphan is reported.
        QCOMPARE(broken(), QStringList{QStringLiteral(
                               "reservation for slot r1[2] (availability a1) has no running "
                               "agent")});
    }
};

QTEST_GUILESS_MAIN(TestInvariantChecker)
#include "tst_invariantchecker.moc"
