#include "core/simulation/MarketLedger.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

using Kind = MarketError::Kind;
using EventKind = MarketEvent::Kind;

// Slot reservations, fillSlot, freeSlot, submitProof, markProofAsMissing and forced frees
// (docs/market-rules.md).
class TestSlotFunctions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reservationsUpToTheMaximumThenFull(); // SlotReservationsFull at the maximum
    void reservingTwiceOrAFilledSlotIsNotAllowed();
    void forcedFreeClearsReservationsAndAllowsRepair();
    void fillChecksInTheContractsOrder();
    void fillRequiresTheCurrentPeriodsChallenge();
    void fillRequiresAllowanceAndBalance();
    void fillPullsCollateralAndEmits(); // the host is recorded; SlotFilled
    void lastFillStartsTheRequest();    // RequestFulfilled, Started
    void repairFillIsDiscountedButHoldsFullCollateral();
    void submitProofRules(); // one per period; ProofSubmitted
    void freeingAFreeSlotOrSomeoneElsesIsRefused();
    void freeingAFilledSlotForfeitsTheCollateral(); // the host is gone; SlotFreed
    void finishedSlotIsPaidOnce();                  // reward and collateral
    void cancelledSlotIsPaidUntilExpiry();
    void failedSlotIsOnlyDelisted();
    void losingMoreThanMaxSlotLossFailsTheRequest(); // RequestFailed
    void lossesBeforeTheStartDoNotFail();
    void markingAProofMissingSlashesAndRewards(); // missingProofs counts it
    void maxNumberOfSlashesFreesTheSlot();
};

void TestSlotFunctions::reservationsUpToTheMaximumThenFull() {
    LedgerFixture f;
    const RequestId id = f.post();
    f.ledger.takeEvents();
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kHost(), id, 1, f.now));
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kOtherHost(), id, 1, f.now));
    QVERIFY(f.eventKinds().isEmpty());
    QVERIFY(f.ledger.books().canReserveSlot(kThirdHost(), id, 1, f.now));
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kThirdHost(), id, 1, f.now));
    const std::vector<MarketEvent> events = f.ledger.takeEvents();
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].kind, EventKind::SlotReservationsFull);
    QCOMPARE(events[0].requestId, id);
    QCOMPARE(events[0].slotIndex, quint64(1));
    QCOMPARE(f.ledger.books().reservations(slotIdOf(id, 1)),
             (QList<Address>{kHost(), kOtherHost(), kThirdHost()}));
    QVERIFY(!f.ledger.books().canReserveSlot(address(0x77), id, 1, f.now));
    SD_VERIFY_MARKET_ERROR(f.ledger.reserveSlot(address(0x77), id, 1, f.now),
                           Kind::ReservationNotAllowed);
    // Other slots are independent.
    QVERIFY(f.ledger.books().canReserveSlot(address(0x77), id, 2, f.now));
}

void TestSlotFunctions::reservingTwiceOrAFilledSlotIsNotAllowed() {
    LedgerFixture f;
    const RequestId id = f.post();
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kHost(), id, 0, f.now));
    QVERIFY(!f.ledger.books().canReserveSlot(kHost(), id, 0, f.now));
    auto twice = f.ledger.reserveSlot(kHost(), id, 0, f.now);
    SD_VERIFY_MARKET_ERROR(twice, Kind::ReservationNotAllowed);
    QVERIFY(
        twice.error().message.contains(QStringLiteral("SlotReservations_ReservationNotAllowed")));
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 1, kOtherHost()));
    QVERIFY(!f.ledger.books().canReserveSlot(kHost(), id, 1, f.now));
    SD_VERIFY_MARKET_ERROR(f.ledger.reserveSlot(kHost(), id, 1, f.now),
                           Kind::ReservationNotAllowed);
}

void TestSlotFunctions::forcedFreeClearsReservationsAndAllowsRepair() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SlotId slot = slotIdOf(id, 0);
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kOtherHost(), id, 0, f.now));
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    QCOMPARE(f.ledger.books().reservations(slot).size(), 2);
    SD_VERIFY_MARKET_OK(f.ledger.forceFreeSlot(slot, f.now));
    QVERIFY(f.ledger.books().reservations(slot).isEmpty());
    SD_COMPARE_STATE(f.ledger.books().slotState(slot, f.now), SlotState::Repair);
    QVERIFY(f.ledger.books().canReserveSlot(kHost(), id, 0, f.now)); // even the former host
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0, kOtherHost()));
    QCOMPARE(f.ledger.books().slot(slot)->host, kOtherHost());
}

void TestSlotFunctions::fillChecksInTheContractsOrder() {
    LedgerFixture f;
    const RequestId id = f.post();
    SD_VERIFY_OK(f.ledger.mint(kHost(), 100'000));
    const StorageProof bad = damagedProof(f.ledger.books(), id, 0, f.now);
    // 1. The request must be known.
    SD_VERIFY_MARKET_ERROR(f.ledger.fillSlot(kHost(), makeRequest(9).id(), 0, bad, 10'000, f.now),
                           Kind::UnknownRequest);
    // 2. The index in range (checked before the reservation).
    auto outOfRange = f.ledger.fillSlot(kHost(), id, 4, bad, 10'000, f.now);
    SD_VERIFY_MARKET_ERROR(outOfRange, Kind::Rejected);
    QVERIFY(outOfRange.error().message.contains(QStringLiteral("Marketplace_InvalidSlot")));
    // 3. A reservation (checked before the proof).
    auto unreserved = f.ledger.fillSlot(kHost(), id, 0, bad, 10'000, f.now);
    SD_VERIFY_MARKET_ERROR(unreserved, Kind::Rejected);
    QVERIFY(unreserved.error().message.contains(QStringLiteral("Marketplace_ReservationRequired")));
    // 4. The slot free (checked before the proof): slot 1 is filled by another host.
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kHost(), id, 1, f.now));
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 1, kOtherHost()));
    auto taken = f.ledger.fillSlot(kHost(), id, 1, bad, 10'000, f.now);
    SD_VERIFY_MARKET_ERROR(taken, Kind::SlotStateMismatch);
    QVERIFY(taken.error().message.contains(QStringLiteral("Marketplace_SlotNotFree")));
    // 5. The proof.
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kHost(), id, 0, f.now));
    f.ledger.takeEvents();
    f.ledger.takeChanges();
    SD_VERIFY_MARKET_ERROR(f.ledger.fillSlot(kHost(), id, 0, bad, 10'000, f.now),
                           Kind::InvalidProof);
    // A failed fill changes nothing.
    QCOMPARE(f.ledger.books().tokens().balanceOf(kHost()), UInt256(100'000));
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(id, 0), f.now), SlotState::Free);
    QVERIFY(f.ledger.takeEvents().empty());
    QVERIFY(f.ledger.takeChanges().isEmpty());
    // A cancelled request's slot is not free either, even if nobody ever filled it.
    SD_VERIFY_MARKET_ERROR(f.ledger.fillSlot(kHost(), id, 0,
                                             validProof(f.ledger.books(), id, 0, kStart + 601),
                                             10'000, kStart + 601),
                           Kind::SlotStateMismatch);
}

void TestSlotFunctions::fillRequiresTheCurrentPeriodsChallenge() {
    LedgerFixture f;
    const RequestId id = f.post();
    SD_VERIFY_OK(f.ledger.mint(kHost(), 2000));
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kHost(), id, 0, f.now));
    const StorageProof lastPeriods = validProof(f.ledger.books(), id, 0, kStart - 1);
    auto stale = f.ledger.fillSlot(kHost(), id, 0, lastPeriods, 2000, kStart);
    SD_VERIFY_MARKET_ERROR(stale, Kind::InvalidProof);
    QVERIFY(stale.error().message.contains(QStringLiteral("challenge")));
    // A proof made at the start of the period still holds at its last second.
    const StorageProof proof = validProof(f.ledger.books(), id, 0, kStart);
    SD_VERIFY_MARKET_OK(f.ledger.fillSlot(kHost(), id, 0, proof, 2000, kStart + 119));
}

void TestSlotFunctions::fillRequiresAllowanceAndBalance() {
    LedgerFixture f;
    const RequestId id = f.post();
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kHost(), id, 0, f.now));
    const StorageProof proof = validProof(f.ledger.books(), id, 0, f.now);
    SD_VERIFY_OK(f.ledger.mint(kHost(), 1999));
    auto allowance = f.ledger.fillSlot(kHost(), id, 0, proof, 1999, f.now);
    SD_VERIFY_MARKET_ERROR(allowance, Kind::Rejected);
    QVERIFY(allowance.error().message.contains(QStringLiteral("ERC20InsufficientAllowance")));
    auto balance = f.ledger.fillSlot(kHost(), id, 0, proof, 2000, f.now);
    SD_VERIFY_MARKET_ERROR(balance, Kind::Rejected);
    QVERIFY(balance.error().message.contains(QStringLiteral("ERC20InsufficientBalance")));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kHost()), UInt256(1999));
    SD_VERIFY_OK(f.ledger.mint(kHost(), 1));
    // A larger allowance is fine: only the collateral is pulled.
    auto filled = f.ledger.fillSlot(kHost(), id, 0, proof, 5000, f.now);
    SD_VERIFY_MARKET_OK(filled);
    QCOMPARE(*filled, UInt256(2000));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kHost()), UInt256(0));
}

void TestSlotFunctions::fillPullsCollateralAndEmits() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SlotId slot = slotIdOf(id, 2);
    f.now = kStart + 100;
    f.ledger.takeEvents();
    const UInt256 escrowBefore = f.ledger.books().tokens().balanceOf(kMarketplace());
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 2));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kMarketplace()), escrowBefore + 2000);
    const SimSlot* s = f.ledger.books().slot(slot);
    QVERIFY(s);
    QCOMPARE(s->host, kHost());
    QCOMPARE(s->filledAt, kStart + 100);
    QCOMPARE(s->currentCollateral, UInt256(2000));
    SD_COMPARE_STATE(s->state, SlotState::Filled);
    QCOMPARE(f.ledger.books().mySlots(kHost()), QList<SlotId>{slot});
    const SimRequest* r = f.ledger.books().request(id);
    QCOMPARE(r->slotsFilled, quint64(1));
    QCOMPARE(r->fundsToReturnToClient, makeRequest().totalPrice() - UInt256(3500 * 1000));
    const std::vector<MarketEvent> events = f.ledger.takeEvents();
    QCOMPARE(events.size(), std::size_t(2));
    QCOMPARE(events[0].kind, EventKind::ProofSubmitted); // fillSlot calls submitProof
    QCOMPARE(events[0].slotId, slot);
    QCOMPARE(events[1].kind, EventKind::SlotFilled);
    QCOMPARE(events[1].requestId, id);
    QCOMPARE(events[1].slotIndex, quint64(2));
    QVERIFY(f.conserved());
}

void TestSlotFunctions::lastFillStartsTheRequest() {
    LedgerFixture f;
    const RequestId id = f.post();
    for (quint64 i = 0; i < 3; ++i)
        SD_VERIFY_MARKET_OK(f.reserveAndFill(id, i));
    SD_COMPARE_STATE(f.ledger.books().requestState(id, f.now), RequestState::New);
    f.ledger.takeEvents();
    f.now = kStart + 42;
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 3, kOtherHost()));
    SD_COMPARE_STATE(f.ledger.books().requestState(id, f.now), RequestState::Started);
    QCOMPARE(f.ledger.books().request(id)->startedAt, kStart + 42);
    QCOMPARE(f.eventKinds(), (QList<EventKind>{EventKind::ProofSubmitted, EventKind::SlotFilled,
                                               EventKind::RequestFulfilled}));
}

void TestSlotFunctions::repairFillIsDiscountedButHoldsFullCollateral() {
    LedgerFixture f;
    const RequestId id = f.post();
    QVERIFY(f.fillAll(id, kOtherHost()));
    SD_VERIFY_MARKET_OK(f.ledger.forceFreeSlot(slotIdOf(id, 3), f.now));
    const UInt256 before = f.ledger.books().tokens().balanceOf(kHost());
    auto pulled = f.reserveAndFill(id, 3, kHost());
    SD_VERIFY_MARKET_OK(pulled);
    QCOMPARE(*pulled, UInt256(1800));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kHost()), before); // minted 1800, pulled 1800
    QCOMPARE(f.ledger.books().slot(slotIdOf(id, 3))->currentCollateral, UInt256(2000));
    // The repair reward is realised at the end: the full collateral comes back.
    auto payout = f.ledger.freeSlot(kHost(), slotIdOf(id, 3), kStart + 3601);
    SD_VERIFY_MARKET_OK(payout);
    QCOMPARE(payout->collateral, UInt256(2000));
}

void TestSlotFunctions::submitProofRules() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SlotId slot = slotIdOf(id, 0);
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    // The fill's proof counts for the fill period.
    auto samePeriod =
        f.ledger.submitProof(kHost(), slot, validProof(f.ledger.books(), id, 0, f.now), f.now);
    SD_VERIFY_MARKET_ERROR(samePeriod, Kind::ProofAlreadySubmitted);
    QVERIFY(samePeriod.error().message.contains(QStringLiteral("Proofs_ProofAlreadySubmitted")));
    const Timestamp next = kStart + 150;
    SD_VERIFY_MARKET_ERROR(
        f.ledger.submitProof(kOtherHost(), slot, validProof(f.ledger.books(), id, 0, next), next),
        Kind::Rejected);
    SD_VERIFY_MARKET_ERROR(
        f.ledger.submitProof(kHost(), slot, damagedProof(f.ledger.books(), id, 0, next), next),
        Kind::InvalidProof);
    SD_VERIFY_MARKET_ERROR(
        f.ledger.submitProof(kHost(), slot, validProof(f.ledger.books(), id, 0, f.now), next),
        Kind::InvalidProof); // last period's challenge
    f.ledger.takeEvents();
    SD_VERIFY_MARKET_OK(
        f.ledger.submitProof(kHost(), slot, validProof(f.ledger.books(), id, 0, next), next));
    QVERIFY(f.ledger.books().proofReceived(slot, f.ledger.books().schedule().periodOf(next)));
    QCOMPARE(f.eventKinds(), QList<EventKind>{EventKind::ProofSubmitted});
    SD_VERIFY_MARKET_ERROR(
        f.ledger.submitProof(kHost(), slot, validProof(f.ledger.books(), id, 0, next), next + 10),
        Kind::ProofAlreadySubmitted);
    SD_VERIFY_MARKET_ERROR(f.ledger.submitProof(kHost(), slotIdOf(id, 3),
                                                validProof(f.ledger.books(), id, 3, next), next),
                           Kind::UnknownRequest);
}

void TestSlotFunctions::freeingAFreeSlotOrSomeoneElsesIsRefused() {
    LedgerFixture f;
    const RequestId id = f.post();
    auto free = f.ledger.freeSlot(kHost(), slotIdOf(id, 0), f.now);
    SD_VERIFY_MARKET_ERROR(free, Kind::SlotStateMismatch);
    QVERIFY(free.error().message.contains(QStringLiteral("Marketplace_SlotIsFree")));
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0, kOtherHost()));
    auto notMine = f.ledger.freeSlot(kHost(), slotIdOf(id, 0), f.now);
    SD_VERIFY_MARKET_ERROR(notMine, Kind::Rejected);
    QVERIFY(notMine.error().message.contains(QStringLiteral("Marketplace_InvalidSlotHost")));
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(id, 0), f.now), SlotState::Filled);
}

void TestSlotFunctions::freeingAFilledSlotForfeitsTheCollateral() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SlotId slot = slotIdOf(id, 1);
    f.now = kStart + 100;
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 1));
    const UInt256 fundsBefore = f.ledger.books().request(id)->fundsToReturnToClient;
    f.ledger.takeEvents();
    f.now = kStart + 200;
    auto payout = f.ledger.freeSlot(kHost(), slot, f.now);
    SD_VERIFY_MARKET_OK(payout);
    QCOMPARE(payout->reward, UInt256(0));
    QCOMPARE(payout->collateral, UInt256(0));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kHost()), UInt256(0));
    SD_COMPARE_STATE(f.ledger.books().slotState(slot, f.now), SlotState::Repair);
    const SimSlot* s = f.ledger.books().slot(slot);
    QVERIFY(s->host.isZero());
    QCOMPARE(s->currentCollateral, UInt256(0));
    QCOMPARE(s->filledAt, Timestamp(0));
    QVERIFY(f.ledger.books().mySlots(kHost()).isEmpty());
    QCOMPARE(f.ledger.books().request(id)->slotsFilled, quint64(0));
    // The client gets the unearned time back into its funds.
    QCOMPARE(f.ledger.books().request(id)->fundsToReturnToClient,
             fundsBefore + UInt256(3500 * 1000));
    const std::vector<MarketEvent> events = f.ledger.takeEvents();
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].kind, EventKind::SlotFreed);
    QCOMPARE(events[0].slotIndex, quint64(1));
    QVERIFY(f.conserved());
}

void TestSlotFunctions::finishedSlotIsPaidOnce() {
    LedgerFixture f;
    const RequestId id = f.post();
    f.now = kStart + 100;
    QVERIFY(f.fillAll(id));
    const SlotId slot = slotIdOf(id, 0);
    const UInt256 before = f.ledger.books().tokens().balanceOf(kHost());
    f.now = kStart + 5000;
    auto payout = f.ledger.freeSlot(kHost(), slot, f.now);
    SD_VERIFY_MARKET_OK(payout);
    // (requestEnd - filledAt) * pricePerSlotPerSecond + collateral
    const UInt256 expectedReward = UInt256(3600 - 100) * 1000;
    QCOMPARE(payout->reward, expectedReward);
    QCOMPARE(payout->collateral, UInt256(2000));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kHost()), before + expectedReward + 2000);
    SD_COMPARE_STATE(f.ledger.books().slotState(slot, f.now), SlotState::Paid);
    QCOMPARE(f.ledger.books().mySlots(kHost()).size(), 3);
    SD_COMPARE_STATE(f.ledger.books().request(id)->state, RequestState::Finished);
    auto again = f.ledger.freeSlot(kHost(), slot, f.now);
    SD_VERIFY_MARKET_ERROR(again, Kind::Rejected);
    QVERIFY(again.error().message.contains(QStringLiteral("Marketplace_AlreadyPaid")));
}

void TestSlotFunctions::cancelledSlotIsPaidUntilExpiry() {
    LedgerFixture f;
    const RequestId id = f.post();
    f.now = kStart + 250;
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    auto payout = f.ledger.freeSlot(kHost(), slotIdOf(id, 0), kStart + 601);
    SD_VERIFY_MARKET_OK(payout);
    QCOMPARE(payout->reward, UInt256(600 - 250) * 1000);
    QCOMPARE(payout->collateral, UInt256(2000));
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(id, 0), kStart + 601), SlotState::Paid);
    QVERIFY(f.ledger.books().mySlots(kHost()).isEmpty());
}

void TestSlotFunctions::failedSlotIsOnlyDelisted() {
    LedgerFixture f;
    const RequestId id = f.post();
    QVERIFY(f.fillAll(id));
    SD_VERIFY_MARKET_OK(f.ledger.failRequest(id, kStart + 300));
    const UInt256 before = f.ledger.books().tokens().balanceOf(kHost());
    auto payout = f.ledger.freeSlot(kHost(), slotIdOf(id, 0), kStart + 301);
    SD_VERIFY_MARKET_OK(payout);
    QCOMPARE(payout->reward + payout->collateral, UInt256(0));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kHost()), before);
    QCOMPARE(f.ledger.books().mySlots(kHost()).size(), 3);
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(id, 0), kStart + 301), SlotState::Failed);
}

void TestSlotFunctions::losingMoreThanMaxSlotLossFailsTheRequest() {
    LedgerFixture f; // 4 slots, maxSlotLoss 1
    const RequestId id = f.post();
    QVERIFY(f.fillAll(id));
    f.ledger.takeEvents();
    f.now = kStart + 700;
    SD_VERIFY_MARKET_OK(f.ledger.forceFreeSlot(slotIdOf(id, 0), f.now));
    SD_COMPARE_STATE(f.ledger.books().requestState(id, f.now),
                     RequestState::Started); // one lost: allowed
    QCOMPARE(f.eventKinds(), QList<EventKind>{EventKind::SlotFreed});
    f.now = kStart + 800;
    SD_VERIFY_MARKET_OK(f.ledger.forceFreeSlot(slotIdOf(id, 1), f.now));
    SD_COMPARE_STATE(f.ledger.books().requestState(id, f.now), RequestState::Failed);
    QCOMPARE(f.ledger.books().request(id)->endsAt, kStart + 799);
    QCOMPARE(f.eventKinds(), (QList<EventKind>{EventKind::SlotFreed, EventKind::RequestFailed}));
    // The remaining slots read Failed; their hosts only leave.
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(id, 2), f.now), SlotState::Failed);
    SD_VERIFY_MARKET_ERROR(f.ledger.forceFreeSlot(slotIdOf(id, 2), f.now), Kind::SlotStateMismatch);
}

void TestSlotFunctions::lossesBeforeTheStartDoNotFail() {
    LedgerFixture f;
    const RequestId id = f.post();
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 1));
    SD_VERIFY_MARKET_OK(f.ledger.forceFreeSlot(slotIdOf(id, 0), f.now));
    SD_VERIFY_MARKET_OK(f.ledger.forceFreeSlot(slotIdOf(id, 1), f.now));
    SD_COMPARE_STATE(f.ledger.books().requestState(id, f.now), RequestState::New);
}

void TestSlotFunctions::markingAProofMissingSlashesAndRewards() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SlotId slot = slotIdOf(id, 0);
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    const quint64 next = f.ledger.books().schedule().periodOf(f.now) + 1;
    const Timestamp at = f.ledger.books().schedule().periodEnd(next) + 1;
    const UInt256 escrow = f.ledger.books().tokens().balanceOf(kMarketplace());
    SD_VERIFY_MARKET_OK(f.ledger.markProofAsMissing(kValidator(), slot, next, at));
    // slashed = 2000 * 20 / 100 = 400; validator reward = 400 * 20 / 100 = 80.
    QCOMPARE(f.ledger.books().missingProofs(slot), quint64(1));
    QCOMPARE(f.ledger.books().slot(slot)->currentCollateral, UInt256(1600));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kValidator()), UInt256(80));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kMarketplace()), escrow - 80);
    SD_COMPARE_STATE(f.ledger.books().slotState(slot, at), SlotState::Filled);
    QVERIFY(f.conserved());
}

void TestSlotFunctions::maxNumberOfSlashesFreesTheSlot() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SlotId slot = slotIdOf(id, 0);
    QVERIFY(f.fillAll(id));
    const quint64 p1 = f.ledger.books().schedule().periodOf(f.now) + 1;
    const quint64 p2 = p1 + 1;
    SD_VERIFY_MARKET_OK(f.ledger.markProofAsMissing(kValidator(), slot, p1,
                                                    f.ledger.books().schedule().periodEnd(p1) + 1));
    f.ledger.takeEvents();
    const Timestamp at = f.ledger.books().schedule().periodEnd(p2) + 1;
    SD_VERIFY_MARKET_OK(f.ledger.markProofAsMissing(kValidator(), slot, p2, at));
    SD_COMPARE_STATE(f.ledger.books().slotState(slot, at), SlotState::Repair);
    QCOMPARE(f.ledger.books().missingProofs(slot), quint64(0)); // reset by the forced free
    QVERIFY(f.ledger.books().slot(slot)->host.isZero());
    QCOMPARE(f.eventKinds(), QList<EventKind>{EventKind::SlotFreed});
    // The host lost everything: 2 · 400 slashed, the remaining 1200 forfeited.
    QCOMPARE(f.ledger.books().tokens().balanceOf(kValidator()), UInt256(160));
    SD_COMPARE_STATE(f.ledger.books().requestState(id, at),
                     RequestState::Started); // one slot: within maxSlotLoss
}

QTEST_GUILESS_MAIN(TestSlotFunctions)
#include "tst_slotfunctions.moc"
