#include "core/simulation/CompetingHosts.h"
#include "core/simulation/MarketLedger.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

using EventKind = MarketEvent::Kind;

// Other storage providers (scenario othersReserve / othersFill).
class TestCompetingHosts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addressesAreFixedAndDistinct();
    void reserveUpToTheCountOrTheMaximum();
    void reserveLeavesOurReservationAlone();
    void fillTakesFreeSlotsWithValidProofs();
    void fillUsesAnExistingReservation();
    void fillSkipsWhatCannotBeTaken();
    void fillRepairsAFreedSlotAtTheDiscount();
    void unknownRequestIsAnError();
};

void TestCompetingHosts::addressesAreFixedAndDistinct() {
    QCOMPARE(CompetingHosts::address(0), CompetingHosts::address(0));
    QVERIFY(CompetingHosts::address(0) != CompetingHosts::address(1));
    QVERIFY(!CompetingHosts::address(0).isZero());
    LedgerFixture f;
    const CompetingHosts others(f.ledger, kHost());
    QVERIFY(others.isCompetingHost(CompetingHosts::address(3)));
    QVERIFY(!others.isCompetingHost(kHost()));
}

void TestCompetingHosts::reserveUpToTheCountOrTheMaximum() {
    LedgerFixture f;
    CompetingHosts others(f.ledger, kHost());
    const RequestId id = f.post();
    f.ledger.takeEvents();
    auto two = others.reserve(id, 0, 2, f.now);
    SD_VERIFY_OK(two);
    QCOMPARE(*two, quint64(2));
    QVERIFY(f.eventKinds().isEmpty());
    auto more = others.reserve(id, 0, 5, f.now);
    SD_VERIFY_OK(more);
    QCOMPARE(*more, quint64(1)); // maxReservations 3
    QCOMPARE(f.eventKinds(), QList<EventKind>{EventKind::SlotReservationsFull});
    QCOMPARE(f.ledger.books().reservations(slotIdOf(id, 0)).size(), 3);
    QVERIFY(!f.ledger.books().canReserveSlot(kHost(), id, 0, f.now));
}

void TestCompetingHosts::reserveLeavesOurReservationAlone() {
    LedgerFixture f;
    CompetingHosts others(f.ledger, kHost());
    const RequestId id = f.post();
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kHost(), id, 1, f.now));
    QCOMPARE(*others.reserve(id, 1, 3, f.now), quint64(2));
    const QList<Address> reservations = f.ledger.books().reservations(slotIdOf(id, 1));
    QCOMPARE(reservations.first(), kHost());
    QVERIFY(!reservations.mid(1).contains(kHost()));
}

void TestCompetingHosts::fillTakesFreeSlotsWithValidProofs() {
    LedgerFixture f;
    CompetingHosts others(f.ledger, kHost());
    const RequestId id = f.post();
    const UInt256 supply = f.ledger.books().tokens().totalSupply();
    f.ledger.takeEvents();
    auto filled = others.fill(id, {0, 1, 2, 3}, f.now);
    SD_VERIFY_OK(filled);
    QCOMPARE(*filled, (QList<quint64>{0, 1, 2, 3}));
    SD_COMPARE_STATE(f.ledger.books().requestState(id, f.now), RequestState::Started);
    for (quint64 i = 0; i < 4; ++i) {
        const SimSlot* s = f.ledger.books().slot(slotIdOf(id, i));
        QVERIFY(s);
        QVERIFY(others.isCompetingHost(s->host));
        QCOMPARE(s->currentCollateral, UInt256(2000));
    }
    // Their collateral was minted for them: the supply grew by exactly that.
    QCOMPARE(f.ledger.books().tokens().totalSupply(), supply + 4 * 2000);
    const QList<EventKind> kinds = f.eventKinds();
    QCOMPARE(kinds.count(EventKind::SlotFilled), 4);
    QCOMPARE(kinds.last(), EventKind::RequestFulfilled);
    QVERIFY(f.conserved());
}

void TestCompetingHosts::fillUsesAnExistingReservation() {
    LedgerFixture f;
    CompetingHosts others(f.ledger, kHost());
    const RequestId id = f.post();
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kHost(), id, 0, f.now));
    QCOMPARE(*others.reserve(id, 0, 2, f.now), quint64(2)); // full now
    auto filled = others.fill(id, {0}, f.now);
    SD_VERIFY_OK(filled);
    QCOMPARE(*filled, QList<quint64>{0});
    QCOMPARE(f.ledger.books().slot(slotIdOf(id, 0))->host,
             f.ledger.books().reservations(slotIdOf(id, 0))[1]);
}

void TestCompetingHosts::fillSkipsWhatCannotBeTaken() {
    MarketConfig oneReservation;
    oneReservation.maxReservations = 1;
    LedgerFixture f(oneReservation);
    CompetingHosts others(f.ledger, kHost());
    const RequestId id = f.post();
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kHost(), id, 0, f.now)); // ours: others cannot in
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 1, kOtherHost()));       // already filled
    auto filled = others.fill(id, {0, 1, 2, 9}, f.now);               // 9: no such slot
    SD_VERIFY_OK(filled);
    QCOMPARE(*filled, QList<quint64>{2});
    // After expiry nothing can be filled.
    auto late = others.fill(id, {3}, kStart + 601);
    SD_VERIFY_OK(late);
    QVERIFY(late->isEmpty());
}

void TestCompetingHosts::fillRepairsAFreedSlotAtTheDiscount() {
    LedgerFixture f;
    CompetingHosts others(f.ledger, kHost());
    const RequestId id = f.post();
    QVERIFY(f.fillAll(id));
    SD_VERIFY_MARKET_OK(f.ledger.freeSlot(kHost(), slotIdOf(id, 2), f.now)); // we leave
    const UInt256 escrow = f.ledger.books().tokens().balanceOf(kMarketplace());
    auto filled = others.fill(id, {2}, f.now);
    SD_VERIFY_OK(filled);
    QCOMPARE(*filled, QList<quint64>{2});
    QCOMPARE(f.ledger.books().tokens().balanceOf(kMarketplace()), escrow + 1800);
    QCOMPARE(f.ledger.books().slot(slotIdOf(id, 2))->currentCollateral, UInt256(2000));
}

void TestCompetingHosts::unknownRequestIsAnError() {
    LedgerFixture f;
    CompetingHosts others(f.ledger, kHost());
    SD_VERIFY_ERROR(others.reserve(makeRequest(8).id(), 0, 1, f.now), ErrorCode::NotFound);
    SD_VERIFY_ERROR(others.fill(makeRequest(8).id(), {0}, f.now), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestCompetingHosts)
#include "tst_competinghosts.moc"
