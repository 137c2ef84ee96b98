// AcceleratedClock: real time scaled by a speed factor, never backwards.
#include "core/clock/AcceleratedClock.h"
#include "core/clock/ClockHold.h"
#include "core/clock/SystemClock.h"
#include "core/clock/VirtualClock.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <vector>

using namespace salesdesk;

namespace {

constexpr Timestamp kStart = 1'760'000'000;

// A time source the test moves by hand.
struct FakeSource {
    qint64 ms = 5'000;
    AcceleratedClock::MonotonicSource source() {
        return [this] {
            return ms;
        };
    }
};

} // namespace

class TestAcceleratedClock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsAtItsSpeed() {
        FakeSource real;
        AcceleratedClock clock(kStart, 60, nullptr, real.source());
        QCOMPARE(clock.now(), kStart);
        real.ms += 1'000;
        QCOMPARE(clock.now(), kStart + 60);
        real.ms += 500;
        QCOMPARE(clock.now(), kStart + 90);
    }

    void changingTheSpeedNeverMovesTimeBack() {
        FakeSource real;
        AcceleratedClock clock(kStart, 600, nullptr, real.source());
        QSignalSpy changed(&clock, &AcceleratedClock::speedChanged);
        real.ms += 10'000; // 6,000 simulated seconds
        QCOMPARE(clock.now(), kStart + 6'000);
        clock.setSpeed(1);
        QCOMPARE(clock.speed(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(clock.now(), kStart + 6'000);
        real.ms += 2'000;
        QCOMPARE(clock.now(), kStart + 6'002);
        clock.setSpeed(60);
        QCOMPARE(clock.now(), kStart + 6'002);
        real.ms += 1'000;
        QCOMPARE(clock.now(), kStart + 6'062);
    }

    void clampsTheSpeed() {
        FakeSource real;
        AcceleratedClock clock(kStart, 0, nullptr, real.source());
        QCOMPARE(clock.speed(), AcceleratedClock::kMinSpeed);
        clock.setSpeed(AcceleratedClock::kMaxSpeed * 10);
        QCOMPARE(clock.speed(), AcceleratedClock::kMaxSpeed);
    }

    void advanceToOnlyMovesForward() {
        FakeSource real;
        AcceleratedClock clock(kStart, 60, nullptr, real.source());
        clock.advanceTo(kStart + 3'600);
        QCOMPARE(clock.now(), kStart + 3'600);
        clock.advanceTo(kStart);
        QCOMPARE(clock.now(), kStart + 3'600);
        real.ms += 1'000;
        QCOMPARE(clock.now(), kStart + 3'660);
    }

    void runsTimersOnlyWhenTheirSimulatedTimeHasCome() {
        FakeSource real;
        AcceleratedClock clock(kStart, 60, nullptr, real.source());
        QList<int> ran;
        clock.callAt(kStart + 120, this, [&] { ran.append(2); });
        clock.callAfter(60, this, [&] { ran.append(1); });
        const auto cancelled = clock.callAfter(90, this, [&] { ran.append(99); });
        clock.cancel(cancelled);
        QCOMPARE(clock.pendingTimers(), 2);
        QCOMPARE(clock.nextDeadline(), std::optional<Timestamp>(kStart + 60));
        QTest::qWait(20);
        QVERIFY(ran.isEmpty());
        real.ms += 1'000; // one simulated minute
        clock.recheck();
        QTRY_COMPARE(ran, QList<int>{1});
        real.ms += 1'000;
        clock.recheck();
        QTRY_COMPARE(ran, (QList<int>{1, 2}));
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void aTimerWhoseContextIsGoneNeverRuns() {
        FakeSource real;
        AcceleratedClock clock(kStart, 60, nullptr, real.source());
        bool ran = false;
        auto context = std::make_unique<QObject>();
        clock.callAfter(1, context.get(), [&] { ran = true; });
        context.reset();
        QCOMPARE(clock.pendingTimers(), 0);
        real.ms += 1'000;
        clock.recheck();
        QTest::qWait(10);
        QVERIFY(!ran);
    }

    // A hold keeps time before its deadline however much real time passes; released, time goes
    // on from where it stopped (no jump), at its speed.
    void aHoldStopsTimeBeforeItsDeadline() {
        FakeSource real;
        AcceleratedClock clock(kStart, 3'600, nullptr, real.source());
        ClockHold hold = ClockHold::before(clock, kStart + 120, ClockHoldReason::Proof);
        QVERIFY(hold.active());
        QCOMPARE(clock.activeHolds(), 1);
        real.ms += 10; // 36 s: before the deadline, time runs
        QCOMPARE(clock.now(), kStart + 36);
        QVERIFY(!clock.heldBy());
        real.ms += 10'000; // ten hours at 3,600×
        QCOMPARE(clock.now(), kStart + 119);
        QCOMPARE(clock.heldBy(), std::optional(ClockHoldReason::Proof));
        hold.release();
        QCOMPARE(clock.activeHolds(), 0);
        QCOMPARE(clock.now(), kStart + 119);
        real.ms += 1'000;
        QCOMPARE(clock.now(), kStart + 119 + 3'600);
    }

    // Of many holds, the earliest deadline stops time, whatever order they came and go in; a
    // hold held longer than kMaxHoldMs stops it no more, the next earliest does.
    void theEarliestOfManyHoldsStopsTime() {
        FakeSource real;
        AcceleratedClock clock(kStart, 1'000, nullptr, real.source());
        const qint64 firstTaken = real.ms;
        const QList<Timestamp> deadlines{kStart + 500, kStart + 90, kStart + 300, kStart + 90,
                                         kStart + 40};
        std::vector<ClockHold> holds;
        for (const Timestamp deadline : deadlines)
            holds.push_back(ClockHold::before(clock, deadline, ClockHoldReason::Proof));
        holds[2] = ClockHold::before(clock, kStart + 300, ClockHoldReason::Fill);
        real.ms += 20; // 20 s: before every deadline
        QCOMPARE(clock.now(), kStart + 20);
        holds.push_back(ClockHold::before(clock, kStart + 700, ClockHoldReason::Proof));
        real.ms += 10'000; // ten thousand seconds: past every deadline
        QCOMPARE(clock.now(), kStart + 39);
        holds[4].release(); // the 40: the two 90s remain
        real.ms += 10'000;  // time goes on from where the hold stopped it
        QCOMPARE(clock.now(), kStart + 89);
        holds[1].release();
        real.ms += 10'000; // time goes on from where the hold stopped it
        QCOMPARE(clock.now(), kStart + 89);
        holds[3].release();
        real.ms += 10'000; // time goes on from where the hold stopped it
        QCOMPARE(clock.now(), kStart + 299);
        QCOMPARE(clock.heldBy(), std::optional(ClockHoldReason::Fill));
        holds[2].release();
        real.ms += 10'000; // time goes on from where the hold stopped it
        QCOMPARE(clock.now(), kStart + 499);
        QCOMPARE(clock.activeHolds(), 2);
        // Past kMaxHoldMs the 500 (taken first) is given up when the clock next re-arms; the 700,
        // taken later, still stops time.
        real.ms = firstTaken + AcceleratedClock::kMaxHoldMs + 1;
        holds.push_back(ClockHold::before(clock, kStart + 10'000, ClockHoldReason::Download));
        real.ms += 500; // 500 s
        QCOMPARE(clock.now(), kStart + 699);
        clock.recheck(); // now the 700 is old too
        real.ms += 10'000;
        QCOMPARE(clock.now(), kStart + 9'999);
        QCOMPARE(clock.heldBy(), std::optional(ClockHoldReason::Download));
    }

    // Time stops at a due timer's deadline until the event loop has run it.
    void timeWaitsForADueTimer() {
        FakeSource real;
        AcceleratedClock clock(kStart, 3'600, nullptr, real.source());
        Timestamp ranAt = 0;
        clock.callAt(kStart + 60, this, [&] { ranAt = clock.now(); });
        real.ms += 5'000; // five simulated hours, and the loop has not turned
        QCOMPARE(clock.now(), kStart + 60);
        QCOMPARE(clock.heldBy(), std::optional(ClockHoldReason::Timers));
        QTRY_COMPARE(ranAt, kStart + 60);
        QCOMPARE(clock.now(), kStart + 60);
        real.ms += 1;
        QCOMPARE(clock.now(), kStart + 63); // 3.6 s later
    }

    // Work that takes far longer than the accelerated period (a proof hashed for 2 real seconds,
    // 2 hours at 3,600×, with 2-minute periods) lands in its period: the validator, a timer at
    // each period's end, never finds a period whose proof is missing.
    void slowProofsAreNeverLate() {
        AcceleratedClock clock(kStart - kStart % 120, 3'600, nullptr); // real time
        constexpr Timestamp kPeriod = 120;
        int missed = 0;
        int proven = 0;
        QSet<Timestamp> provenPeriods;
        std::function<void()> validate;
        Timestamp checkedPeriod = clock.now() / kPeriod;
        validate = [&] {
            // One second after the end of each period, as the simulated validator.
            const Timestamp period = clock.now() / kPeriod - 1;
            for (Timestamp p = checkedPeriod; p <= period; ++p)
                if (!provenPeriods.contains(p))
                    ++missed;
            checkedPeriod = period + 1;
            clock.callAt((clock.now() / kPeriod + 1) * kPeriod + 1, this, validate);
        };
        clock.callAt((clock.now() / kPeriod + 1) * kPeriod + 1, this, validate);
        // Each period a proof that takes 150 real ms: 540 simulated seconds, 4.5 periods.
        ClockHold hold;
        QElapsedTimer work;
        std::function<void()> prove;
        prove = [&] {
            const Timestamp period = clock.now() / kPeriod;
            hold = ClockHold::before(clock, (period + 1) * kPeriod, ClockHoldReason::Proof);
            work.start();
            QTimer::singleShot(150, this, [&, period] {
                QVERIFY(clock.now() / kPeriod == period);
                provenPeriods.insert(period);
                ++proven;
                hold.release();
                clock.callAt((period + 1) * kPeriod + 1, this, prove);
            });
        };
        clock.callAfter(0, this, prove);
        QTRY_VERIFY_WITH_TIMEOUT(proven >= 8, 10'000);
        QCOMPARE(missed, 0);
        // Without the hold the clock would have run 4.5 periods per proof.
        QVERIFY(clock.now() - kStart < 20 * kPeriod);
    }

    // Holds are the accelerated clock's: real and discrete time give empty ones.
    void otherClocksGiveEmptyHolds() {
        SystemClock system;
        QVERIFY(!ClockHold::before(system, system.now() + 10, ClockHoldReason::Proof).active());
        VirtualClock virtualClock(kStart);
        QVERIFY(!ClockHold::before(virtualClock, kStart + 10, ClockHoldReason::Fill).active());
    }

    // The pace says how fast time ran and what held it.
    void thePaceTellsWhatHeldTime() {
        FakeSource real;
        AcceleratedClock clock(kStart, 1'000, nullptr, real.source());
        real.ms += 1'000;
        auto pace = clock.takePace();
        QCOMPARE(pace.speed, 1'000.0);
        QVERIFY(!pace.heldBy);
        ClockHold hold = ClockHold::before(clock, clock.now() + 100, ClockHoldReason::Download);
        real.ms += 1'000;
        QCOMPARE(clock.now(), kStart + 1'099);
        pace = clock.takePace();
        QCOMPARE(pace.speed, 99.999); // 99.999 simulated seconds in one real second
        QCOMPARE(pace.heldBy, std::optional(ClockHoldReason::Download));
    }

    void firesOnRealTimeAtHighSpeed() {
        // The default monotonic source: at 3,600× a simulated minute is about 17 ms.
        AcceleratedClock clock(kStart, 3'600, nullptr);
        bool ran = false;
        clock.callAfter(60, this, [&] { ran = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ran, 2'000);
        QVERIFY(clock.now() >= kStart + 60);
    }
};

QTEST_GUILESS_MAIN(TestAcceleratedClock)
#include "tst_acceleratedclock.moc"
