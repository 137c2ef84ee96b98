#include "core/clock/SystemClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTest>
#include <QTimer>

#include <limits>
#include <memory>

using namespace salesdesk;

class tst_SystemClock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nowIsUnixSeconds();
    void timerOneSecondAheadFires();
    void pastDeadlineRunsLaterNotSynchronously();
    void equalDeadlinesRunInSchedulingOrder();
    void cancelBeforeRun();
    void cancelFromAnotherCallback();
    void destroyedContextIsNeverCalledBack();
    void clockDestroyedBeforeItsChildContext();
    void farDeadlineIsArmedInChunks();
};

void tst_SystemClock::nowIsUnixSeconds() {
    SystemClock clock;
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Timestamp now = clock.now();
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY(before <= now);
    QVERIFY(now <= after);
}

void tst_SystemClock::timerOneSecondAheadFires() {
    SystemClock clock;
    const Timestamp at = clock.now() + 1;
    bool fired = false;
    Timestamp firedAt = 0;
    clock.callAt(at, nullptr, [&] {
        fired = true;
        firedAt = clock.now();
    });
    QVERIFY(!fired);
    QCOMPARE(clock.pendingTimers(), 1);
    // At most two seconds away, since now() truncates; the rest is slack for a loaded machine.
    QTRY_VERIFY_WITH_TIMEOUT(fired, 5000);
    QVERIFY2(firedAt >= at, "a timer must not run before its deadline");
    QCOMPARE(clock.pendingTimers(), 0);
}

void tst_SystemClock::pastDeadlineRunsLaterNotSynchronously() {
    SystemClock clock;
    bool fired = false;
    clock.callAt(clock.now() - 3600, nullptr, [&] { fired = true; });
    QVERIFY2(!fired, "callAt must never run the callback synchronously");
    QTRY_VERIFY_WITH_TIMEOUT(fired, 2000);
}

void tst_SystemClock::equalDeadlinesRunInSchedulingOrder() {
    SystemClock clock;
    QStringList log;
    const Timestamp at = clock.now() - 1;
    for (const char* name : {"a", "b", "c", "d"})
        clock.callAt(at, nullptr, [&log, name] { log << QString::fromLatin1(name); });
    clock.callAt(at - 1, nullptr, [&log] { log << "earlier"; });
    QTRY_COMPARE_WITH_TIMEOUT(log.size(), 5, 2000);
    QCOMPARE(log, (QStringList{"earlier", "a", "b", "c", "d"}));
}

void tst_SystemClock::cancelBeforeRun() {
    SystemClock clock;
    bool cancelledFired = false;
    bool otherFired = false;
    const Timestamp at = clock.now() - 1;
    const auto id = clock.callAt(at, nullptr, [&] { cancelledFired = true; });
    clock.callAt(at, nullptr, [&] { otherFired = true; });
    clock.cancel(id);
    clock.cancel(id); // twice: no effect
    clock.cancel(0);  // never issued
    QCOMPARE(clock.pendingTimers(), 1);
    // The cancelled one was due first, so by the time the other has run it would have too.
    QTRY_VERIFY_WITH_TIMEOUT(otherFired, 2000);
    QVERIFY(!cancelledFired);
    QCOMPARE(clock.pendingTimers(), 0);
}

void tst_SystemClock::cancelFromAnotherCallback() {
    SystemClock clock;
    const Timestamp at = clock.now() - 1;
    Clock::TimerId victim = 0;
    bool victimFired = false;
    bool lastFired = false;
    clock.callAt(at, nullptr, [&] { clock.cancel(victim); });
    victim = clock.callAt(at, nullptr, [&] { victimFired = true; });
    clock.callAt(at, nullptr, [&] { lastFired = true; });
    QTRY_VERIFY_WITH_TIMEOUT(lastFired, 2000);
    QVERIFY(!victimFired);
}

void tst_SystemClock::destroyedContextIsNeverCalledBack() {
    SystemClock clock;
    auto context = std::make_unique<QObject>();
    bool orphanFired = false;
    bool otherFired = false;
    const Timestamp at = clock.now() - 1;
    clock.callAt(at, context.get(), [&] { orphanFired = true; });
    QObject alive;
    clock.callAt(at, &alive, [&] { otherFired = true; });
    context.reset();
    QCOMPARE(clock.pendingTimers(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(otherFired, 2000);
    QVERIFY(!orphanFired);
}

void tst_SystemClock::farDeadlineIsArmedInChunks() {
    SystemClock clock;
    bool fired = false;
    // Far beyond what an int of milliseconds can hold; also the extreme value must not overflow.
    clock.callAt(clock.now() + 100LL * 365 * 24 * 3600, nullptr, [&] { fired = true; });
    clock.callAt(std::numeric_limits<Timestamp>::max(), nullptr, [&] { fired = true; });
    const auto* timer = clock.findChild<QTimer*>();
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QVERIFY(timer->interval() > 0);
    QVERIFY(timer->interval() <= SystemClock::kMaxIntervalMs);
    QCOMPARE(timer->timerType(), Qt::PreciseTimer);
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
    QVERIFY(!fired);
    QCOMPARE(clock.pendingTimers(), 2);
}

void tst_SystemClock::clockDestroyedBeforeItsChildContext() {
    // The context dies after the clock's destructor has run; its destroyed() must not reach the
    // clock any more, and nothing may be called back.
    auto* clock = new SystemClock;
    auto* context = new QObject(clock);
    bool ran = false;
    clock->callAt(clock->now() - 1, context, [&] { ran = true; });
    clock->callAt(clock->now() - 1, context, [&] { ran = true; });
    delete clock;
    QCoreApplication::processEvents();
    QVERIFY(!ran);
}

QTEST_GUILESS_MAIN(tst_SystemClock)
#include "tst_systemclock.moc"
