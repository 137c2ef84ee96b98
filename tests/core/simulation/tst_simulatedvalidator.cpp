#include "core/clock/VirtualClock.h"
#include "core/simulation/MarketLedger.h"
#include "core/simulation/SimulatedValidator.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QTest>

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

// The simulated validator (docs/market-rules.md, "Missed proofs"): one second after each period,
// our host's missed proofs are marked, slashed and, after maxNumberOfSlashes, the slot is freed.
class TestSimulatedValidator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void idleWithoutFilledSlotsOfOurs();
    void missedProofIsSlashedOneSecondAfterThePeriod();
    void submittedProofIsNotSlashed();
    void forcedFreeAfterMaxNumberOfSlashes();
    void requestFailsWhenTooManySlotsAreLost();
    void competingHostsAreNotWatched();
    void stopsWatchingOnceTheRequestEnds();
    void resumeCatchesUpOnPeriodsThatPassed();

private:
    void makeValidator();
    // Fills slot 0 with our host and the others with another host: the request starts, so it
    // does not expire under the test.
    RequestId postStarted();
    Timestamp checkTime(int periodsAfterFill) const;

    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<LedgerFixture> m_f;
    std::unique_ptr<SimulatedValidator> m_validator;
    int m_runs = 0;
};

void TestSimulatedValidator::init() {
    m_clock = std::make_unique<VirtualClock>(kStart);
    m_f = std::make_unique<LedgerFixture>();
    m_runs = 0;
    makeValidator();
}

void TestSimulatedValidator::cleanup() {
    m_validator.reset();
    m_f.reset();
    m_clock.reset();
}

void TestSimulatedValidator::makeValidator() {
    m_validator =
        std::make_unique<SimulatedValidator>(m_f->ledger, *m_clock, kHost(), [this] { ++m_runs; });
}

RequestId TestSimulatedValidator::postStarted() {
    const RequestId id = m_f->post();
    if (!m_f->reserveAndFill(id, 0).ok())
        return RequestId();
    for (quint64 i = 1; i < 4; ++i)
        if (!m_f->reserveAndFill(id, i, kOtherHost()).ok())
            return RequestId();
    return id;
}

// One second after the end of the n-th period after the fill period (fills happen at kStart).
Timestamp TestSimulatedValidator::checkTime(int periodsAfterFill) const {
    return kStart + 120 * (periodsAfterFill + 1) + 1;
}

void TestSimulatedValidator::idleWithoutFilledSlotsOfOurs() {
    m_f->post();
    m_validator->update();
    QVERIFY(!m_validator->armed());
    QCOMPARE(m_clock->pendingTimers(), qsizetype(0));
}

void TestSimulatedValidator::missedProofIsSlashedOneSecondAfterThePeriod() {
    const RequestId id = m_f->post();
    const SlotId slot = slotIdOf(id, 0);
    SD_VERIFY_MARKET_OK(m_f->reserveAndFill(id, 0));
    m_validator->update();
    QVERIFY(m_validator->armed());
    // The fill period needs no further proof; the next one does (proofProbability 1).
    m_clock->advanceTo(checkTime(1) - 1);
    QCOMPARE(m_f->ledger.books().missingProofs(slot), quint64(0));
    m_clock->advanceTo(checkTime(1));
    QCOMPARE(m_f->ledger.books().missingProofs(slot), quint64(1));
    QCOMPARE(m_f->ledger.books().slot(slot)->currentCollateral, UInt256(1600));
    QCOMPARE(m_f->ledger.books().tokens().balanceOf(SimulatedValidator::address()), UInt256(80));
    QVERIFY(m_runs >= 1);
    QCOMPARE(m_f->ledger.books().lastValidatedPeriod(),
             m_f->ledger.books().schedule().periodOf(kStart) + 1);
}

void TestSimulatedValidator::submittedProofIsNotSlashed() {
    const RequestId id = postStarted();
    QVERIFY(!id.isZero());
    const SlotId slot = slotIdOf(id, 0);
    m_validator->update();
    for (int p = 1; p <= 3; ++p) {
        const Timestamp t = kStart + 120 * p + 5;
        m_clock->advanceTo(t);
        SD_VERIFY_MARKET_OK(
            m_f->ledger.submitProof(kHost(), slot, validProof(m_f->ledger.books(), id, 0, t), t));
    }
    m_clock->advanceTo(checkTime(3));
    QCOMPARE(m_f->ledger.books().missingProofs(slot), quint64(0));
    QCOMPARE(m_f->ledger.books().slot(slot)->currentCollateral, UInt256(2000));
    // Stop proving: the next period is marked.
    m_clock->advanceTo(checkTime(4));
    QCOMPARE(m_f->ledger.books().missingProofs(slot), quint64(1));
}

void TestSimulatedValidator::forcedFreeAfterMaxNumberOfSlashes() {
    const RequestId id = m_f->post();
    const SlotId slot = slotIdOf(id, 0);
    SD_VERIFY_MARKET_OK(m_f->reserveAndFill(id, 0));
    m_validator->update();
    m_f->ledger.takeEvents();
    m_clock->advanceTo(checkTime(2));
    SD_COMPARE_STATE(m_f->ledger.books().slotState(slot, m_clock->now()), SlotState::Repair);
    QVERIFY(m_f->ledger.books().mySlots(kHost()).isEmpty());
    QCOMPARE(m_f->ledger.books().tokens().balanceOf(SimulatedValidator::address()), UInt256(160));
    QCOMPARE(m_f->eventKinds(), QList<MarketEvent::Kind>{MarketEvent::Kind::SlotFreed});
    // Nothing of ours is filled any more: the validator goes idle.
    QVERIFY(!m_validator->armed());
}

void TestSimulatedValidator::requestFailsWhenTooManySlotsAreLost() {
    const RequestId id = m_f->post(); // 4 slots, maxSlotLoss 1
    SD_VERIFY_MARKET_OK(m_f->reserveAndFill(id, 0));
    SD_VERIFY_MARKET_OK(m_f->reserveAndFill(id, 1));
    SD_VERIFY_MARKET_OK(m_f->reserveAndFill(id, 2, kOtherHost()));
    SD_VERIFY_MARKET_OK(m_f->reserveAndFill(id, 3, kOtherHost()));
    SD_COMPARE_STATE(m_f->ledger.books().requestState(id, kStart), RequestState::Started);
    m_validator->update();
    m_f->ledger.takeEvents();
    m_clock->advanceTo(checkTime(2));
    SD_COMPARE_STATE(m_f->ledger.books().requestState(id, m_clock->now()), RequestState::Failed);
    QCOMPARE(m_f->ledger.books().request(id)->endsAt, checkTime(2) - 1);
    QCOMPARE(m_f->eventKinds(),
             (QList<MarketEvent::Kind>{MarketEvent::Kind::SlotFreed, MarketEvent::Kind::SlotFreed,
                                       MarketEvent::Kind::RequestFailed}));
    // The other host's slots were never slashed.
    QCOMPARE(m_f->ledger.books().slot(slotIdOf(id, 2))->currentCollateral, UInt256(2000));
}

void TestSimulatedValidator::competingHostsAreNotWatched() {
    const RequestId id = m_f->post();
    SD_VERIFY_MARKET_OK(m_f->reserveAndFill(id, 0, kOtherHost()));
    m_validator->update();
    QVERIFY(!m_validator->armed());
    QCOMPARE(m_validator->validatePeriod(m_f->ledger.books().schedule().periodOf(kStart) + 1,
                                         checkTime(1)),
             0);
    QCOMPARE(m_f->ledger.books().missingProofs(slotIdOf(id, 0)), quint64(0));
}

void TestSimulatedValidator::stopsWatchingOnceTheRequestEnds() {
    StorageRequest shortOne = makeRequest(4);
    shortOne.ask.duration = 300;
    shortOne.expiry = 100;
    shortOne.ask.slots = 1;
    shortOne.ask.maxSlotLoss = 0;
    const RequestId id = m_f->post(shortOne);
    SD_VERIFY_MARKET_OK(m_f->reserveAndFill(id, 0));
    m_validator->update();
    const SlotId slot = slotIdOf(id, 0);
    // Prove in period 1 so the slot survives into the end of the request.
    const Timestamp t = kStart + 125;
    m_clock->advanceTo(t);
    SD_VERIFY_MARKET_OK(
        m_f->ledger.submitProof(kHost(), slot, validProof(m_f->ledger.books(), id, 0, t), t));
    m_clock->runUntilIdle(kStart + 10'000);
    // The request ended at kStart + 300: period 2 (240..359) was cut short and nothing later is
    // checked; the validator is idle and left no timer behind.
    SD_COMPARE_STATE(m_f->ledger.books().slotState(slot, m_clock->now()), SlotState::Finished);
    QVERIFY(!m_validator->armed());
    QCOMPARE(m_clock->pendingTimers(), qsizetype(0));
}

void TestSimulatedValidator::resumeCatchesUpOnPeriodsThatPassed() {
    const RequestId id = postStarted();
    QVERIFY(!id.isZero());
    const SlotId slot = slotIdOf(id, 0);
    m_f->ledger.setLastValidatedPeriod(m_f->ledger.books().schedule().periodOf(kStart));
    // The market was not running: no validator while time passed.
    m_validator.reset();
    m_clock->advanceTo(checkTime(1) + 5);
    QCOMPARE(m_f->ledger.books().missingProofs(slot), quint64(0));
    makeValidator();
    m_validator->resume();
    QCOMPARE(m_f->ledger.books().missingProofs(slot), quint64(1));
    QCOMPARE(m_runs, 1);
    QVERIFY(m_validator->armed());
    QCOMPARE(m_validator->nextRunAt(), checkTime(2));
    // A long absence: the second miss frees the slot at its own time.
    m_validator.reset();
    m_f->ledger.takeEvents();
    m_clock->advanceTo(checkTime(10));
    makeValidator();
    m_validator->resume();
    SD_COMPARE_STATE(m_f->ledger.books().slotState(slot, m_clock->now()), SlotState::Repair);
    QCOMPARE(m_f->eventKinds(), QList<MarketEvent::Kind>{MarketEvent::Kind::SlotFreed});
    QVERIFY(!m_validator->armed());
    QCOMPARE(m_f->ledger.books().lastValidatedPeriod(),
             m_f->ledger.books().schedule().periodOf(m_clock->now()) - 1);
}

QTEST_GUILESS_MAIN(TestSimulatedValidator)
#include "tst_simulatedvalidator.moc"
