#include "core/simulation/MarketLedger.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

// The contract's view functions (docs/market-rules.md), on books changed through MarketLedger.
class TestMarketBooks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void configChecksOfTheConstructor();
    void newRequestBecomesCancelledStrictlyAfterExpiry();
    void startedRequestBecomesFinishedStrictlyAfterItsEnd();
    void failedAndFinishedStick();
    void unknownRequestHasNoState();
    void slotStateFollowsTheRequest();
    void slotOfAnUnknownRequestOrNeverFilledIsFree();
    void paidSlotStaysPaid();
    void requestEndByState();
    void slotCollateralIsDiscountedForRepair();
    void mySlotsListsTheHostsSlotsInFillOrder();
    void openRequestsAreNewUnexpiredAndNotFull();
    void proofIsRequiredOnlyAfterTheFillPeriod();
    void requiredSplitsIntoNowAndLaterByThePointer();
    void canMarkProofAsMissingChecksEveryCondition(); // false: free slot, not yet due, proof in
    void emptySlotRequiresNoProof();                  // neither now nor later in the period
};

void TestMarketBooks::configChecksOfTheConstructor() {
    SD_VERIFY_OK(MarketBooks::validateConfig(MarketConfig{}));
    MarketConfig c;
    c.periodSeconds = 0;
    SD_VERIFY_ERROR(MarketBooks::validateConfig(c), ErrorCode::InvalidArgument);
    c = MarketConfig{};
    c.repairRewardPercentage = 101;
    SD_VERIFY_ERROR(MarketBooks::validateConfig(c), ErrorCode::InvalidArgument);
    c = MarketConfig{};
    c.slashPercentage = 101;
    SD_VERIFY_ERROR(MarketBooks::validateConfig(c), ErrorCode::InvalidArgument);
    c = MarketConfig{};
    c.maxNumberOfSlashes = 6; // 6 * 20 > 100
    SD_VERIFY_ERROR(MarketBooks::validateConfig(c), ErrorCode::InvalidArgument);
    c.maxNumberOfSlashes = 5; // exactly 100
    SD_VERIFY_OK(MarketBooks::validateConfig(c));
}

void TestMarketBooks::newRequestBecomesCancelledStrictlyAfterExpiry() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SimRequest* r = f.ledger.books().request(id);
    QVERIFY(r);
    QCOMPARE(r->expiresAt, kStart + 600);
    QCOMPARE(r->endsAt, kStart + 3600);
    SD_COMPARE_STATE(f.ledger.books().requestState(id, kStart), RequestState::New);
    SD_COMPARE_STATE(f.ledger.books().requestState(id, kStart + 600), RequestState::New);
    SD_COMPARE_STATE(f.ledger.books().requestState(id, kStart + 601), RequestState::Cancelled);
    // Still Cancelled (not Finished) past the end: the New rule comes first.
    SD_COMPARE_STATE(f.ledger.books().requestState(id, kStart + 4000), RequestState::Cancelled);
    // Stored state unchanged: Cancelled is derived.
    SD_COMPARE_STATE(r->state, RequestState::New);
}

void TestMarketBooks::startedRequestBecomesFinishedStrictlyAfterItsEnd() {
    LedgerFixture f;
    const RequestId id = f.post();
    f.now = kStart + 100;
    QVERIFY(f.fillAll(id));
    SD_COMPARE_STATE(f.ledger.books().request(id)->state, RequestState::Started);
    SD_COMPARE_STATE(f.ledger.books().requestState(id, kStart + 601),
                     RequestState::Started); // not Cancelled
    SD_COMPARE_STATE(f.ledger.books().requestState(id, kStart + 3600), RequestState::Started);
    SD_COMPARE_STATE(f.ledger.books().requestState(id, kStart + 3601), RequestState::Finished);
}

void TestMarketBooks::failedAndFinishedStick() {
    LedgerFixture f;
    const RequestId id = f.post();
    QVERIFY(f.fillAll(id));
    f.now = kStart + 200;
    SD_VERIFY_MARKET_OK(f.ledger.failRequest(id, f.now));
    SD_COMPARE_STATE(f.ledger.books().requestState(id, f.now), RequestState::Failed);
    SD_COMPARE_STATE(f.ledger.books().requestState(id, kStart + 10'000), RequestState::Failed);
}

void TestMarketBooks::unknownRequestHasNoState() { // no request, no state
    LedgerFixture f;
    QVERIFY(!f.ledger.books().requestState(makeRequest().id(), kStart).has_value());
    QVERIFY(f.ledger.books().request(makeRequest().id()) == nullptr);
}

void TestMarketBooks::slotStateFollowsTheRequest() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SlotId slot0 = slotIdOf(id, 0);
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    SD_COMPARE_STATE(f.ledger.books().slotState(slot0, f.now), SlotState::Filled); // once filled
    // Only one slot filled: the request expires and the slot reads Cancelled.
    SD_COMPARE_STATE(f.ledger.books().slotState(slot0, kStart + 601), SlotState::Cancelled);

    LedgerFixture g;
    const RequestId started = g.post();
    QVERIFY(g.fillAll(started));
    SD_COMPARE_STATE(g.ledger.books().slotState(slotIdOf(started, 2), kStart + 3601),
                     SlotState::Finished);
    g.now = kStart + 50;
    SD_VERIFY_MARKET_OK(g.ledger.failRequest(started, g.now));
    SD_COMPARE_STATE(g.ledger.books().slotState(slotIdOf(started, 2), g.now), SlotState::Failed);
}

void TestMarketBooks::slotOfAnUnknownRequestOrNeverFilledIsFree() {
    LedgerFixture f;
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(makeRequest().id(), 0), kStart),
                     SlotState::Free);
    const RequestId id = f.post();
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(id, 1), kStart), SlotState::Free);
    // As on the contract (requestId == 0 for a slot nobody filled): even after expiry.
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(id, 1), kStart + 601), SlotState::Free);
}

void TestMarketBooks::paidSlotStaysPaid() {
    LedgerFixture f;
    const RequestId id = f.post();
    QVERIFY(f.fillAll(id));
    f.now = kStart + 3601;
    SD_VERIFY_MARKET_OK(f.ledger.freeSlot(kHost(), slotIdOf(id, 0), f.now));
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(id, 0), f.now), SlotState::Paid);
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(id, 1), f.now), SlotState::Finished);
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(id, 0), f.now + 100'000), SlotState::Paid);
}

void TestMarketBooks::requestEndByState() {
    LedgerFixture f;
    const RequestId id = f.post();
    QCOMPARE(*f.ledger.books().requestEnd(id, kStart), kStart + 3600);      // New
    QCOMPARE(*f.ledger.books().requestEnd(id, kStart + 601), kStart + 600); // Cancelled: expiresAt
    SD_VERIFY_MARKET_ERROR(f.ledger.books().requestEnd(makeRequest(9).id(), kStart),
                           MarketError::Kind::UnknownRequest);

    LedgerFixture g;
    const RequestId started = g.post();
    QVERIFY(g.fillAll(started));
    QCOMPARE(*g.ledger.books().requestEnd(started, kStart + 10), kStart + 3600);   // Started
    QCOMPARE(*g.ledger.books().requestEnd(started, kStart + 9000), kStart + 3600); // Finished
    SD_VERIFY_MARKET_OK(g.ledger.failRequest(started, kStart + 500));
    QCOMPARE(*g.ledger.books().requestEnd(started, kStart + 9000), kStart + 499); // Failed: now - 1
}

void TestMarketBooks::slotCollateralIsDiscountedForRepair() { // full, or minus the repair reward
    LedgerFixture f;
    const RequestId id = f.post();
    QCOMPARE(*f.ledger.books().slotCollateral(id, 0, f.now), UInt256(2000));
    QVERIFY(f.fillAll(id));
    SD_VERIFY_MARKET_OK(f.ledger.forceFreeSlot(slotIdOf(id, 0), f.now));
    SD_COMPARE_STATE(f.ledger.books().slotState(slotIdOf(id, 0), f.now), SlotState::Repair);
    QCOMPARE(*f.ledger.books().slotCollateral(id, 0, f.now), UInt256(2000 - 2000 * 10 / 100));
    QCOMPARE(*f.ledger.books().slotCollateral(id, 1, f.now), UInt256(2000));
    SD_VERIFY_MARKET_ERROR(f.ledger.books().slotCollateral(makeRequest(9).id(), 0, f.now),
                           MarketError::Kind::UnknownRequest);
}

void TestMarketBooks::mySlotsListsTheHostsSlotsInFillOrder() {
    LedgerFixture f;
    const RequestId id = f.post();
    f.now = kStart + 5;
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 2));
    f.now = kStart + 6;
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 1, kOtherHost()));
    QCOMPARE(f.ledger.books().mySlots(kHost()), (QList<SlotId>{slotIdOf(id, 2), slotIdOf(id, 0)}));
    QCOMPARE(f.ledger.books().mySlots(kOtherHost()), QList<SlotId>{slotIdOf(id, 1)});
    QVERIFY(f.ledger.books().mySlots(kThirdHost()).isEmpty());
    QVERIFY(f.ledger.books().hasFilledSlot(kHost(), f.now));
    QVERIFY(!f.ledger.books().hasFilledSlot(kThirdHost(), f.now));
    // Never started: once the request expires its slots are Cancelled, not Filled.
    QVERIFY(!f.ledger.books().hasFilledSlot(kHost(), kStart + 700));
}

void TestMarketBooks::openRequestsAreNewUnexpiredAndNotFull() {
    LedgerFixture f;
    const RequestId a = f.post(makeRequest(1));
    const RequestId b = f.post(makeRequest(2));
    QVERIFY(f.fillAll(b));
    StorageRequest shortLived = makeRequest(3);
    shortLived.expiry = 60;
    const RequestId c = f.post(shortLived);
    const QList<OpenRequest> open = f.ledger.books().openRequests(kStart + 30);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open[0].id, a);
    QCOMPARE(open[0].expiresAt, kStart + 600);
    QCOMPARE(open[0].ask, makeRequest(1).ask);
    QCOMPARE(open[1].id, c);
    QCOMPARE(f.ledger.books().openRequests(kStart + 61).size(), 1);
    QCOMPARE(f.ledger.books().openRequests(kStart + 601).size(), 0);
}

void TestMarketBooks::proofIsRequiredOnlyAfterTheFillPeriod() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SlotId slot = slotIdOf(id, 0);
    f.now = kStart + 10;
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    const quint64 fillPeriod = f.ledger.books().schedule().periodOf(f.now);
    QVERIFY(!f.ledger.books().proofRequired(slot, fillPeriod, f.now));
    QVERIFY(f.ledger.books().proofRequired(slot, fillPeriod + 1, kStart + 130)); // probability 1
    // Not for a slot that is no longer Filled (the request ended).
    QVERIFY(!f.ledger.books().proofRequired(slot, fillPeriod + 6, kStart + 4000));
    // proofProbability 1000: most periods require nothing, deterministically.
    LedgerFixture g;
    StorageRequest rare = makeRequest(5);
    rare.ask.proofProbability = 1000;
    const RequestId rareId = g.post(rare);
    SD_VERIFY_MARKET_OK(g.reserveAndFill(rareId, 0));
    int required = 0;
    for (quint64 p = 1; p <= 25; ++p)
        required +=
            g.ledger.books().proofRequired(slotIdOf(rareId, 0), fillPeriod + p, kStart + 121) ? 1
                                                                                              : 0;
    QVERIFY2(required <= 2, qPrintable(QString::number(required)));
}

void TestMarketBooks::requiredSplitsIntoNowAndLaterByThePointer() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SlotId slot = slotIdOf(id, 0);
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    int now = 0;
    int later = 0;
    // Every second of the next period: exactly one of the two holds, as the pointer says.
    for (Timestamp t = kStart + 120; t < kStart + 240; ++t) {
        const bool isRequired = f.ledger.books().isProofRequired(slot, t);
        const bool willBe = f.ledger.books().willProofBeRequired(slot, t);
        QVERIFY(isRequired != willBe);
        QCOMPARE(willBe, f.ledger.books().pointer(slot, t) < f.ledger.books().config().downtime);
        (isRequired ? now : later) += 1;
    }
    QVERIFY(now > 0);
    QVERIFY(later > 0);
}

void TestMarketBooks::canMarkProofAsMissingChecksEveryCondition() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SlotId slot = slotIdOf(id, 0);
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    const quint64 fillPeriod = f.ledger.books().schedule().periodOf(kStart);
    const quint64 next = fillPeriod + 1;
    const Timestamp nextEnd = f.ledger.books().schedule().periodEnd(next);
    const auto reason = [&](quint64 period, Timestamp at) {
        auto r = f.ledger.books().canMarkProofAsMissing(slot, period, at);
        return r.ok() ? QStringLiteral("ok") : r.error().message;
    };
    QVERIFY(reason(next, nextEnd).contains(QStringLiteral("Proofs_PeriodNotEnded")));
    QCOMPARE(reason(next, nextEnd + 1), QStringLiteral("ok"));
    QCOMPARE(reason(next, nextEnd + 29), QStringLiteral("ok"));
    QVERIFY(reason(next, nextEnd + 30).contains(QStringLiteral("Proofs_ValidationTimedOut")));
    QVERIFY(reason(fillPeriod, f.ledger.books().schedule().periodEnd(fillPeriod) + 1)
                .contains(QStringLiteral("Proofs_ProofNotMissing"))); // the fill's proof
    QVERIFY(
        reason(next, kStart + 4000).contains(QStringLiteral("Marketplace_SlotNotAcceptingProofs")));
    // A proof submitted in the period makes it not missing.
    SD_VERIFY_MARKET_OK(f.ledger.submitProof(
        kHost(), slot, validProof(f.ledger.books(), id, 0, kStart + 130), kStart + 130));
    QVERIFY(reason(next, nextEnd + 1).contains(QStringLiteral("Proofs_ProofNotMissing")));
    // Marked once, not twice.
    const quint64 later = next + 1;
    const Timestamp laterEnd = f.ledger.books().schedule().periodEnd(later);
    SD_VERIFY_MARKET_OK(f.ledger.markProofAsMissing(kValidator(), slot, later, laterEnd + 1));
    QVERIFY(
        reason(later, laterEnd + 2).contains(QStringLiteral("Proofs_ProofAlreadyMarkedMissing")));
    // Not required in that period: proofProbability large.
    LedgerFixture g;
    StorageRequest rare = makeRequest(6);
    rare.ask.proofProbability = UInt256(1) << 250;
    const RequestId rareId = g.post(rare);
    SD_VERIFY_MARKET_OK(g.reserveAndFill(rareId, 0));
    auto notRequired =
        g.ledger.books().canMarkProofAsMissing(slotIdOf(rareId, 0), next, nextEnd + 1);
    QVERIFY(!notRequired.ok());
    QVERIFY(notRequired.error().message.contains(QStringLiteral("Proofs_ProofNotRequired")));
}

void TestMarketBooks::emptySlotRequiresNoProof() {
    LedgerFixture f;
    const RequestId id = f.post();
    const SlotId slot = slotIdOf(id, 0);
    for (Timestamp t = kStart + 120; t < kStart + 240; t += 7) {
        QVERIFY(!f.ledger.books().isProofRequired(slot, t));
        QVERIFY(!f.ledger.books().willProofBeRequired(slot, t));
    }
    QCOMPARE(f.ledger.books().missingProofs(slot), quint64(0));
}

QTEST_GUILESS_MAIN(TestMarketBooks)
#include "tst_marketbooks.moc"
