#include "core/domain/AbiEncoder.h"
#include "core/simulation/ProofSchedule.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

class TestProofSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void periodsFollowThePeriodLength();
    void pointerFollowsTheContractFormula();
    void pointerMovesOneStepPerSecond();
    void challengeIsStableWithinAPeriodAndChangesAcross();
    void challengeIsKeccakOfSlotIdAndPeriod();
    void selectsRoughlyOneInProofProbability();
    void probabilityOneAlwaysSelects();
};

void TestProofSchedule::periodsFollowThePeriodLength() {
    MarketConfig config;
    config.periodSeconds = 120;
    const ProofSchedule schedule(config);
    QCOMPARE(schedule.periodOf(kStart), quint64(14'666'667));
    QCOMPARE(schedule.periodOf(kStart + 119), quint64(14'666'667));
    QCOMPARE(schedule.periodOf(kStart + 120), quint64(14'666'668));
    QCOMPARE(schedule.periodStart(14'666'667), kStart);
    QCOMPARE(schedule.periodEnd(14'666'667), kStart + 120);
}

void TestProofSchedule::pointerFollowsTheContractFormula() {
    MarketConfig config;
    config.periodSeconds = 90;
    config.downtimeProduct = 97;
    const ProofSchedule schedule(config);
    const SlotId id = SlotId::fromBytes(QByteArray(QByteArray(31, '\x00') + QByteArray(1, '\xfe')));
    const Timestamp now = 1'760'000'123;
    const quint64 period = static_cast<quint64>(now) / 90;
    const quint64 expected = (static_cast<quint64>(now) % 256 + (period * 97) % 256 + 0xfe) % 256;
    QCOMPARE(schedule.pointer(id, now), static_cast<quint8>(expected));
}

void TestProofSchedule::pointerMovesOneStepPerSecond() {
    const ProofSchedule schedule{MarketConfig{}};
    const SlotId id = slotIdOf(makeRequest().id(), 0);
    // Within a period the pointer increases by one per second (mod 256).
    const Timestamp t = kStart + 10;
    QCOMPARE(static_cast<quint8>(schedule.pointer(id, t) + 1), schedule.pointer(id, t + 1));
    QCOMPARE(static_cast<quint8>(schedule.pointer(id, t) + 100), schedule.pointer(id, t + 100));
    MarketConfig config;
    config.downtime = 64;
    const ProofSchedule withDowntime(config);
    // Over 256 periods the pointer spends downtime / 256 of the time in downtime (the period
    // term shifts it by downtimeProduct each period, 67 being odd visits every offset).
    const Timestamp span = 256 * 120;
    qint64 inDowntime = 0;
    for (Timestamp s = 0; s < span; ++s)
        inDowntime += withDowntime.inDowntime(id, kStart + s) ? 1 : 0;
    const double share = static_cast<double>(inDowntime) / span;
    QVERIFY2(share > 0.23 && share < 0.27, qPrintable(QString::number(share)));
}

void TestProofSchedule::challengeIsStableWithinAPeriodAndChangesAcross() {
    const SlotId a = slotIdOf(makeRequest().id(), 0);
    const SlotId b = slotIdOf(makeRequest().id(), 1);
    QCOMPARE(ProofSchedule::challenge(a, 5), ProofSchedule::challenge(a, 5));
    QVERIFY(ProofSchedule::challenge(a, 5) != ProofSchedule::challenge(a, 6));
    QVERIFY(ProofSchedule::challenge(a, 5) != ProofSchedule::challenge(b, 5));
}

void TestProofSchedule::challengeIsKeccakOfSlotIdAndPeriod() {
    const SlotId id = slotIdOf(makeRequest().id(), 2);
    QByteArray encoded = id.toByteArray();
    QByteArray period(32, '\0');
    period[31] = 7;
    encoded += period;
    QCOMPARE(ProofSchedule::challenge(id, 7), abi::keccak256(encoded));
    // A period of more than one byte is a big-endian uint256, as abi.encode writes it.
    const quint64 large = 0x0102030405060708ull;
    QCOMPARE(ProofSchedule::challenge(id, large),
             abi::keccak256(abi::encode({abi::bytes32(id), abi::uint(large)})));
    QVERIFY(ProofSchedule::challenge(id, large) != ProofSchedule::challenge(id, 0x08));
}

void TestProofSchedule::selectsRoughlyOneInProofProbability() {
    const SlotId id = slotIdOf(makeRequest().id(), 0);
    int selected = 0;
    for (quint64 p = 0; p < 4000; ++p)
        selected += ProofSchedule::selects(ProofSchedule::challenge(id, p), 4) ? 1 : 0;
    // 1000 expected; 5 sigma is about 137.
    QVERIFY2(selected > 860 && selected < 1140, qPrintable(QString::number(selected)));
    // Deterministic: the same challenge gives the same answer.
    const Hash32 c = ProofSchedule::challenge(id, 3);
    QCOMPARE(ProofSchedule::selects(c, 4), ProofSchedule::selects(c, 4));
    // uint(challenge) % 4 == 0 exactly when the last byte is a multiple of 4.
    QCOMPARE(ProofSchedule::selects(c, 4), c.bytes().back() % 4 == 0);
}

void TestProofSchedule::probabilityOneAlwaysSelects() {
    const SlotId id = slotIdOf(makeRequest().id(), 0);
    for (quint64 p = 0; p < 50; ++p)
        QVERIFY(ProofSchedule::selects(ProofSchedule::challenge(id, p), 1));
}

QTEST_GUILESS_MAIN(TestProofSchedule)
#include "tst_proofschedule.moc"
