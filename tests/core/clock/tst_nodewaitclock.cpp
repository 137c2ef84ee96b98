// NodeWaitClock: a timer runs when the desk's clock or real time reaches it, once.
#include "core/clock/AcceleratedClock.h"
#include "core/clock/ClockHold.h"
#include "core/clock/NodeWaitClock.h"
#include "core/clock/VirtualClock.h"

#include <QTest>

#include <memory>

using namespace salesdesk;

namespace {

constexpr Timestamp kStart = 1'760'000'000;

} // namespace

class TestNodeWaitClock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nowIsTheDeskClocks() {
        VirtualClock desk(kStart);
        VirtualClock real(5);
        NodeWaitClock clock(desk, real);
        QCOMPARE(clock.now(), kStart);
        desk.advanceBy(7);
        QCOMPARE(clock.now(), kStart + 7);
    }

    void theDeskClockRunsItOnce() {
        VirtualClock desk(kStart);
        VirtualClock real(5);
        NodeWaitClock clock(desk, real);
        int runs = 0;
        clock.callAfter(5, this, [&] { ++runs; });
        desk.advanceBy(4);
        QCOMPARE(runs, 0);
        desk.advanceBy(1);
        QCOMPARE(runs, 1);
        real.advanceBy(60);
        QCOMPARE(runs, 1);
        QCOMPARE(clock.pendingTimers(), 0);
        QCOMPARE(real.pendingTimers(), 0);
    }

    void realTimeRunsItWhenTheDeskStandsStill() {
        VirtualClock desk(kStart);
        VirtualClock real(5);
        NodeWaitClock clock(desk, real);
        int runs = 0;
        clock.callAfter(3, this, [&] { ++runs; });
        real.advanceBy(2);
        QCOMPARE(runs, 0);
        real.advanceBy(1);
        QCOMPARE(runs, 1);
        desk.advanceBy(60);
        QCOMPARE(runs, 1);
        QCOMPARE(desk.pendingTimers(), 0);
    }

    void aHeldAcceleratedClockDoesNotStopTheWait() {
        qint64 ms = 1'000;
        AcceleratedClock desk(kStart, 60, nullptr, [&ms] { return ms; });
        VirtualClock real(5);
        NodeWaitClock clock(desk, real);
        // A fill waiting for its receipt holds the desk before the period's end …
        ClockHold hold = ClockHold::before(desk, kStart + 2, ClockHoldReason::Fill);
        int runs = 0;
        clock.callAfter(5, this, [&] { ++runs; }); // … and the receipt's poll is due after it
        ms += 60'000;
        QTest::qWait(50);
        QVERIFY(desk.now() < kStart + 2);
        QCOMPARE(runs, 0);
        real.advanceBy(5);
        QCOMPARE(runs, 1);
    }

    void cancelledTimersRunOnNeitherClock() {
        VirtualClock desk(kStart);
        VirtualClock real(5);
        NodeWaitClock clock(desk, real);
        int runs = 0;
        const Clock::TimerId id = clock.callAfter(2, this, [&] { ++runs; });
        QVERIFY(id != 0);
        clock.cancel(id);
        clock.cancel(id); // twice does nothing
        desk.advanceBy(10);
        real.advanceBy(10);
        QCOMPARE(runs, 0);
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void aDestroyedContextRunsNothing() {
        VirtualClock desk(kStart);
        VirtualClock real(5);
        NodeWaitClock clock(desk, real);
        int runs = 0;
        auto context = std::make_unique<QObject>();
        clock.callAfter(2, context.get(), [&] { ++runs; });
        context.reset();
        desk.advanceBy(2);
        QCOMPARE(runs, 0);
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void equalDeadlinesRunInTheirOrder() {
        VirtualClock desk(kStart);
        VirtualClock real(5);
        NodeWaitClock clock(desk, real);
        QList<int> order;
        clock.callAfter(2, this, [&] { order << 1; });
        clock.callAfter(2, this, [&] { order << 2; });
        clock.callAfter(1, this, [&] { order << 0; });
        desk.advanceBy(2);
        QCOMPARE(order, (QList<int>{0, 1, 2}));
    }

    void aDueTimerRunsFromEitherClockOnce() {
        VirtualClock desk(kStart);
        VirtualClock real(5);
        NodeWaitClock clock(desk, real);
        int runs = 0;
        clock.callAt(kStart - 10, this, [&] { ++runs; });
        desk.advanceBy(0);
        real.advanceBy(0);
        QCoreApplication::processEvents();
        QCOMPARE(runs, 1);
        QCOMPARE(clock.pendingTimers(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNodeWaitClock)
#include "tst_nodewaitclock.moc"
