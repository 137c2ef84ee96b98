#include "core/clock/VirtualClock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>

#include <memory>

using namespace salesdesk;

namespace {

constexpr Timestamp kStart = 1'700'000'000;

// Queues `f` on the event loop, as a queued signal or QMetaObject::invokeMethod would.
void post(QObject* context, std::function<void()> f) {
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

// Runs an event loop until `done` or a generous timeout (a hang would otherwise block CI).
bool runLoopUntil(QEventLoop& loop, const std::function<bool()>& done, int timeoutMs = 5000) {
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(timeoutMs);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

class tst_VirtualClock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsAtGivenTime();
    void ordersByDeadlineThenSchedulingOrder();
    void callbackSeesItsDeadline();
    void idsAreNeverZeroNorReused();
    void timeNeverGoesBackwards();
    void pastDeadlineRunsAtCurrentTime();
    void cancelBeforeRun();
    void cancelFromCallbackAtSameInstant();
    void destroyedContextIsNeverCalledBack();
    void clockDestroyedBeforeItsChildContext();
    void contextDestroyedByEarlierCallbackAtSameInstant();
    void callbackSchedulingAtCurrentInstantRunsInSameAdvance();
    void advanceToStopsExactlyAtTarget();
    void advanceByMovesRelative();
    void runNextRunsOneInstant();
    void runUntilIdleRespectsLimit();
    void nextDeadlineAndPendingTimers();
    void postedEventsRunBeforeEachTimer();
    void chainedQueuedCallsSettleBeforeTimeMoves();
    void deferredDeletesAreProcessed();
    void advancingFromCallbackIsRefused();
    void timeChangedIsEmitted();
    void holdsAreWaitedForOnAdvance();
    void scopedHoldReleases();
    void holdsBlockAutoAdvance();
    void autoAdvanceRunsChainInOrderAfterPostedEvents();
    void autoAdvanceStopsWhenSwitchedOff();
};

void tst_VirtualClock::startsAtGivenTime() {
    VirtualClock clock(kStart);
    QCOMPARE(clock.now(), kStart);
    QCOMPARE(clock.pendingTimers(), 0);
    QVERIFY(!clock.nextDeadline().has_value());
}

void tst_VirtualClock::ordersByDeadlineThenSchedulingOrder() {
    VirtualClock clock(kStart);
    QStringList log;
    clock.callAt(kStart + 30, nullptr, [&] { log << "30"; });
    clock.callAt(kStart + 10, nullptr, [&] { log << "10a"; });
    clock.callAt(kStart + 20, nullptr, [&] { log << "20"; });
    clock.callAt(kStart + 10, nullptr, [&] { log << "10b"; });
    clock.callAt(kStart + 10, nullptr, [&] { log << "10c"; });
    clock.advanceTo(kStart + 100);
    QCOMPARE(log, (QStringList{"10a", "10b", "10c", "20", "30"}));
}

void tst_VirtualClock::callbackSeesItsDeadline() {
    VirtualClock clock(kStart);
    QList<Timestamp> seen;
    for (qint64 offset : {5, 17, 42})
        clock.callAfter(offset, nullptr, [&] { seen << clock.now(); });
    clock.advanceTo(kStart + 100);
    QCOMPARE(seen, (QList<Timestamp>{kStart + 5, kStart + 17, kStart + 42}));
}

void tst_VirtualClock::idsAreNeverZeroNorReused() {
    VirtualClock clock(kStart);
    QSet<Clock::TimerId> ids;
    for (int i = 0; i < 50; ++i) {
        const Clock::TimerId id = clock.callAfter(i % 3, nullptr, [] {});
        QVERIFY(id != 0);
        QVERIFY(!ids.contains(id));
        ids.insert(id);
        if (i % 2)
            clock.cancel(id);
        else
            clock.runUntilIdle();
    }
}

void tst_VirtualClock::timeNeverGoesBackwards() {
    VirtualClock clock(kStart);
    clock.advanceTo(kStart + 50);
    clock.advanceTo(kStart + 10);
    QCOMPARE(clock.now(), kStart + 50);
    clock.advanceBy(-20);
    QCOMPARE(clock.now(), kStart + 50);

    QList<Timestamp> seen;
    clock.callAt(kStart + 5, nullptr, [&] { seen << clock.now(); });
    clock.callAt(kStart + 60, nullptr, [&] { seen << clock.now(); });
    clock.advanceTo(kStart + 60);
    QCOMPARE(seen, (QList<Timestamp>{kStart + 50, kStart + 60}));
}

void tst_VirtualClock::pastDeadlineRunsAtCurrentTime() {
    VirtualClock clock(kStart);
    bool ran = false;
    Timestamp ranAt = 0;
    clock.callAt(kStart - 1000, nullptr, [&] {
        ran = true;
        ranAt = clock.now();
    });
    QVERIFY2(!ran, "callAt must never run the callback synchronously");
    QCOMPARE(clock.nextDeadline(), std::optional<Timestamp>(kStart));
    clock.advanceTo(kStart);
    QVERIFY(ran);
    QCOMPARE(ranAt, kStart);
}

void tst_VirtualClock::cancelBeforeRun() {
    VirtualClock clock(kStart);
    bool cancelledRan = false;
    bool otherRan = false;
    const auto id = clock.callAfter(10, nullptr, [&] { cancelledRan = true; });
    clock.callAfter(10, nullptr, [&] { otherRan = true; });
    clock.cancel(id);
    QCOMPARE(clock.pendingTimers(), 1);
    clock.cancel(id);    // twice: no effect
    clock.cancel(0);     // never issued
    clock.cancel(12345); // never issued
    QCOMPARE(clock.pendingTimers(), 1);
    clock.advanceBy(20);
    QVERIFY(!cancelledRan);
    QVERIFY(otherRan);
    clock.cancel(id); // after the others ran: still nothing
    QCOMPARE(clock.pendingTimers(), 0);
}

void tst_VirtualClock::cancelFromCallbackAtSameInstant() {
    VirtualClock clock(kStart);
    QStringList log;
    Clock::TimerId second = 0;
    Clock::TimerId later = 0;
    clock.callAt(kStart + 10, nullptr, [&] {
        log << "first";
        clock.cancel(second);
        clock.cancel(later);
    });
    second = clock.callAt(kStart + 10, nullptr, [&] { log << "second"; });
    clock.callAt(kStart + 10, nullptr, [&] { log << "third"; });
    later = clock.callAt(kStart + 20, nullptr, [&] { log << "later"; });
    clock.advanceTo(kStart + 30);
    QCOMPARE(log, (QStringList{"first", "third"}));
}

void tst_VirtualClock::destroyedContextIsNeverCalledBack() {
    VirtualClock clock(kStart);
    auto context = std::make_unique<QObject>();
    bool ran = false;
    clock.callAfter(10, context.get(), [&] { ran = true; });
    QCOMPARE(clock.pendingTimers(), 1);
    context.reset();
    QCOMPARE(clock.pendingTimers(), 0);
    clock.advanceBy(20);
    QVERIFY(!ran);

    // A context that lives on is called back.
    QObject alive;
    clock.callAfter(10, &alive, [&] { ran = true; });
    clock.advanceBy(20);
    QVERIFY(ran);
}

void tst_VirtualClock::contextDestroyedByEarlierCallbackAtSameInstant() {
    VirtualClock clock(kStart);
    auto* context = new QObject;
    bool ran = false;
    clock.callAfter(10, nullptr, [&] { delete context; });
    clock.callAfter(10, context, [&] { ran = true; });
    clock.advanceBy(10);
    QVERIFY(!ran);
    QCOMPARE(clock.pendingTimers(), 0);
}

void tst_VirtualClock::callbackSchedulingAtCurrentInstantRunsInSameAdvance() {
    VirtualClock clock(kStart);
    QStringList log;
    clock.callAt(kStart + 10, nullptr, [&] {
        log << "a";
        clock.callAt(clock.now(), nullptr, [&] { log << QStringLiteral("b@%1").arg(clock.now()); });
        clock.callAt(clock.now() - 5, nullptr,
                     [&] { log << QStringLiteral("c@%1").arg(clock.now()); });
        clock.callAfter(5, nullptr, [&] { log << "later"; });
    });
    clock.callAt(kStart + 10, nullptr, [&] { log << "sibling"; });
    clock.advanceTo(kStart + 12);
    const QString at = QString::number(kStart + 10);
    QCOMPARE(log, (QStringList{"a", "sibling", "b@" + at, "c@" + at}));
    QCOMPARE(clock.now(), kStart + 12);
    QCOMPARE(clock.nextDeadline(), std::optional<Timestamp>(kStart + 15));
}

void tst_VirtualClock::advanceToStopsExactlyAtTarget() {
    VirtualClock clock(kStart);
    bool early = false;
    bool atTarget = false;
    bool late = false;
    clock.callAt(kStart + 10, nullptr, [&] { early = true; });
    clock.callAt(kStart + 20, nullptr, [&] { atTarget = true; });
    clock.callAt(kStart + 21, nullptr, [&] { late = true; });
    clock.advanceTo(kStart + 20);
    QVERIFY(early);
    QVERIFY(atTarget);
    QVERIFY(!late);
    QCOMPARE(clock.now(), kStart + 20);
    QCOMPARE(clock.nextDeadline(), std::optional<Timestamp>(kStart + 21));
}

void tst_VirtualClock::advanceByMovesRelative() {
    VirtualClock clock(kStart);
    clock.advanceBy(30);
    QCOMPARE(clock.now(), kStart + 30);
    clock.advanceBy(0);
    QCOMPARE(clock.now(), kStart + 30);
}

void tst_VirtualClock::runNextRunsOneInstant() {
    VirtualClock clock(kStart);
    QVERIFY(!clock.runNext());
    QCOMPARE(clock.now(), kStart);

    int atTen = 0;
    bool atTwenty = false;
    clock.callAt(kStart + 10, nullptr, [&] { ++atTen; });
    clock.callAt(kStart + 10, nullptr, [&] {
        ++atTen;
        // Scheduled at the instant being run: part of the same instant.
        clock.callAt(clock.now(), nullptr, [&] { ++atTen; });
    });
    clock.callAt(kStart + 20, nullptr, [&] { atTwenty = true; });

    QVERIFY(clock.runNext());
    QCOMPARE(clock.now(), kStart + 10);
    QCOMPARE(atTen, 3);
    QVERIFY(!atTwenty);

    QVERIFY(clock.runNext());
    QCOMPARE(clock.now(), kStart + 20);
    QVERIFY(atTwenty);

    QVERIFY(!clock.runNext());
    QCOMPARE(clock.now(), kStart + 20);
}

void tst_VirtualClock::runUntilIdleRespectsLimit() {
    VirtualClock clock(kStart);
    int runs = 0;
    for (qint64 offset : {10, 20, 20, 30})
        clock.callAfter(offset, nullptr, [&] { ++runs; });
    // A cancelled timer and a timer with a dead context are not counted as run.
    const auto cancelled = clock.callAfter(15, nullptr, [&] { ++runs; });
    clock.cancel(cancelled);

    QCOMPARE(clock.runUntilIdle(kStart + 25), 3);
    QCOMPARE(runs, 3);
    QCOMPARE(clock.now(), kStart + 20);
    QCOMPARE(clock.pendingTimers(), 1);

    QCOMPARE(clock.runUntilIdle(), 1);
    QCOMPARE(clock.now(), kStart + 30);
    QCOMPARE(clock.runUntilIdle(), 0);
}

void tst_VirtualClock::nextDeadlineAndPendingTimers() {
    VirtualClock clock(kStart);
    const auto b = clock.callAt(kStart + 20, nullptr, [] {});
    const auto a = clock.callAt(kStart + 10, nullptr, [] {});
    QCOMPARE(clock.pendingTimers(), 2);
    QCOMPARE(clock.nextDeadline(), std::optional<Timestamp>(kStart + 10));
    clock.cancel(a);
    QCOMPARE(clock.nextDeadline(), std::optional<Timestamp>(kStart + 20));
    clock.cancel(b);
    QCOMPARE(clock.pendingTimers(), 0);
    QVERIFY(!clock.nextDeadline().has_value());
}

void tst_VirtualClock::postedEventsRunBeforeEachTimer() {
    VirtualClock clock(kStart);
    QObject context;
    QStringList log;
    post(&context, [&] { log << QStringLiteral("posted@%1").arg(clock.now() - kStart); });
    clock.callAfter(10, nullptr, [&] {
        log << "t10";
        post(&context, [&] { log << QStringLiteral("queued@%1").arg(clock.now() - kStart); });
    });
    clock.callAfter(10, nullptr, [&] { log << "t10b"; });
    clock.callAfter(20, nullptr, [&] { log << "t20"; });
    clock.advanceBy(30);
    QCOMPARE(log, (QStringList{"posted@0", "t10", "queued@10", "t10b", "t20"}));
}

void tst_VirtualClock::chainedQueuedCallsSettleBeforeTimeMoves() {
    // Each queued call queues the next: every link must run before the clock moves on, although
    // one pass of the event queue only delivers the first.
    VirtualClock clock(kStart);
    QObject context;
    QList<Timestamp> linkTimes;
    std::function<void(int)> link = [&](int remaining) {
        linkTimes << clock.now();
        if (remaining > 0)
            post(&context, [&link, remaining] { link(remaining - 1); });
    };
    bool laterRan = false;
    clock.callAfter(10, nullptr, [&] { post(&context, [&] { link(4); }); });
    clock.callAfter(11, nullptr, [&] { laterRan = true; });
    clock.advanceBy(10);
    QCOMPARE(linkTimes, QList<Timestamp>(5, kStart + 10));
    QVERIFY(!laterRan);
}

void tst_VirtualClock::deferredDeletesAreProcessed() {
    VirtualClock clock(kStart);
    QPointer<QObject> doomed = new QObject;
    clock.callAfter(10, nullptr, [&] { doomed->deleteLater(); });
    clock.advanceBy(10);
    QVERIFY(doomed.isNull());
}

void tst_VirtualClock::advancingFromCallbackIsRefused() {
    VirtualClock clock(kStart);
    bool laterRan = false;
    clock.callAfter(10, nullptr, [&] {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("advanceTo.*ignored"));
        clock.advanceTo(kStart + 100);
    });
    clock.callAfter(50, nullptr, [&] { laterRan = true; });
    clock.advanceBy(10);
    QCOMPARE(clock.now(), kStart + 10);
    QVERIFY(!laterRan);
}

void tst_VirtualClock::timeChangedIsEmitted() {
    VirtualClock clock(kStart);
    QSignalSpy spy(&clock, &VirtualClock::timeChanged);
    clock.callAfter(10, nullptr, [] {});
    clock.callAfter(10, nullptr, [] {});
    clock.advanceBy(25);
    clock.advanceBy(0);
    QCOMPARE(spy.count(), 2); // once per distinct time, never for "no change"
    QCOMPARE(spy.at(0).at(0).value<Timestamp>(), kStart + 10);
    QCOMPARE(spy.at(1).at(0).value<Timestamp>(), kStart + 25);
}

void tst_VirtualClock::holdsAreWaitedForOnAdvance() {
    VirtualClock clock(kStart);
    QObject receiver;
    int result = 0;
    int resultSeenByTimer = -1;
    clock.callAfter(10, nullptr, [&] { resultSeenByTimer = result; });

    // The job blocks until a real event loop runs (a QTimer only fires there), so advancing
    // without running one would reach the timer before the result: a deterministic failure.
    QSemaphore gate;
    QTimer opener;
    opener.setSingleShot(true);
    connect(&opener, &QTimer::timeout, &receiver, [&] { gate.release(); });
    opener.start(1);

    clock.hold();
    QCOMPARE(clock.outstandingHolds(), 1);
    auto job = QtConcurrent::run([&gate, &receiver, &clock, &result] {
        gate.acquire();
        int computed = 6 * 7; // stands in for the real work
        post(&receiver, [&clock, &result, computed] {
            result = computed;
            clock.release();
        });
    });
    clock.advanceBy(20);
    // Lets the job finish even if the clock did not wait, so that bug fails the test, not hangs it.
    gate.release();
    job.waitForFinished();

    QCOMPARE(clock.outstandingHolds(), 0);
    QCOMPARE(resultSeenByTimer, 42);
    QCOMPARE(clock.now(), kStart + 20);
}

void tst_VirtualClock::scopedHoldReleases() {
    VirtualClock clock(kStart);
    QSignalSpy released(&clock, &VirtualClock::holdsReleased);
    {
        VirtualClock::Hold outer(clock);
        VirtualClock::Hold inner(clock);
        QCOMPARE(clock.outstandingHolds(), 2);
        VirtualClock::Hold moved(std::move(inner));
        QVERIFY(!inner.active()); // NOLINT(bugprone-use-after-move): testing the moved-from state
        QVERIFY(moved.active());
        QCOMPARE(clock.outstandingHolds(), 2);
        moved.release();
        moved.release(); // second release is a no-op
        QCOMPARE(clock.outstandingHolds(), 1);
        QCOMPARE(released.count(), 0);
    }
    QCOMPARE(clock.outstandingHolds(), 0);
    QCOMPARE(released.count(), 1);
}

void tst_VirtualClock::holdsBlockAutoAdvance() {
    VirtualClock clock(kStart);
    bool ran = false;
    clock.callAfter(10, nullptr, [&] { ran = true; });
    clock.hold();
    clock.setAutoAdvance(true);
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    QVERIFY(!ran);
    QCOMPARE(clock.now(), kStart);

    clock.release();
    QEventLoop loop;
    clock.callAfter(20, &loop, [&] { loop.quit(); });
    QVERIFY(runLoopUntil(loop, [&] { return clock.now() == kStart + 20; }));
    QVERIFY(ran);
}

void tst_VirtualClock::autoAdvanceRunsChainInOrderAfterPostedEvents() {
    VirtualClock clock(kStart);
    QObject context;
    QStringList log;
    auto stamp = [&](const QString& what) {
        log << QStringLiteral("%1@%2").arg(what).arg(clock.now() - kStart);
    };
    QEventLoop loop;

    // Scheduled out of order; each step queues work, two levels deep.
    clock.callAfter(30, nullptr, [&] {
        stamp("t30");
        loop.quit();
    });
    clock.callAfter(10, nullptr, [&] {
        stamp("t10");
        post(&context, [&] {
            stamp("q1");
            post(&context, [&] { stamp("q2"); });
        });
    });
    clock.callAfter(20, nullptr, [&] {
        stamp("t20");
        clock.callAfter(5, nullptr, [&] { stamp("t25"); });
    });
    post(&context, [&] { stamp("before"); });

    clock.setAutoAdvance(true);
    QVERIFY(runLoopUntil(loop, [&] { return clock.pendingTimers() == 0; }));
    QCOMPARE(log,
             (QStringList{"before@0", "t10@10", "q1@10", "q2@10", "t20@20", "t25@25", "t30@30"}));
    QCOMPARE(clock.now(), kStart + 30);
}

void tst_VirtualClock::autoAdvanceStopsWhenSwitchedOff() {
    VirtualClock clock(kStart);
    QEventLoop loop;
    bool firstRan = false;
    bool secondRan = false;
    clock.callAfter(10, nullptr, [&] {
        firstRan = true;
        clock.setAutoAdvance(false);
        loop.quit();
    });
    clock.callAfter(20, nullptr, [&] { secondRan = true; });
    clock.setAutoAdvance(true);
    QVERIFY(runLoopUntil(loop, [&] { return firstRan; }));
    // Plenty of turns of the event loop in which a still-running clock would move on.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(clock.now(), kStart + 10);
    QVERIFY(!secondRan);
    QCOMPARE(clock.pendingTimers(), 1);
}

void tst_VirtualClock::clockDestroyedBeforeItsChildContext() {
    // The context dies after the clock's destructor has run; its destroyed() must not reach the
    // clock any more, and nothing may be called back.
    auto* clock = new VirtualClock(kStart);
    auto* context = new QObject(clock);
    bool ran = false;
    clock->callAt(kStart + 10, context, [&] { ran = true; });
    clock->callAt(kStart + 10, context, [&] { ran = true; });
    delete clock;
    QCoreApplication::processEvents();
    QVERIFY(!ran);
}

QTEST_GUILESS_MAIN(tst_VirtualClock)
#include "tst_virtualclock.moc"
