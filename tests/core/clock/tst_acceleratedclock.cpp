// AcceleratedClock: real time scaled by a speed factor, never backwards.
#include "core/clock/AcceleratedClock.h"

#include <QSignalSpy>
#include <QTest>

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
