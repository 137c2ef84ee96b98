// TimerQueue: the timers of every clock, earliest first and in insertion order among equals,
// with ids that are never reused and timers that go when their context goes.
#include "core/clock/TimerQueue.h"

#include <QList>
#include <QTest>

#include <memory>

using namespace salesdesk;

namespace {

// A clock that only owns a queue and records what its cancel() was asked.
class QueueOwner final : public Clock {
    Q_OBJECT
public:
    TimerQueue queue{*this};
    QList<TimerId> cancelled;

    Timestamp now() const override { return 0; }
    TimerId callAt(Timestamp at, const QObject* context, std::function<void()> callback) override {
        return queue.add(at, context, std::move(callback));
    }
    void cancel(TimerId id) override {
        cancelled.append(id);
        queue.remove(id);
    }
};

} // namespace

class TestTimerQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Earliest deadline first; equal deadlines in the order they were added.
    void takesTimersInDeadlineThenInsertionOrder() {
        QueueOwner owner;
        QList<int> ran;
        owner.queue.add(30, nullptr, [&] { ran.append(1); });
        owner.queue.add(10, nullptr, [&] { ran.append(2); });
        owner.queue.add(20, nullptr, [&] { ran.append(3); });
        owner.queue.add(10, nullptr, [&] { ran.append(4); });
        QList<Timestamp> deadlines;
        while (!owner.queue.empty()) {
            TimerQueue::DueTimer due = owner.queue.takeFirst();
            deadlines.append(due.deadline());
            QVERIFY(due.runnable());
            due.run();
        }
        QCOMPARE(ran, (QList<int>{2, 4, 3, 1}));
        QCOMPARE(deadlines, (QList<Timestamp>{10, 10, 20, 30}));
    }

    // Ids start above 0, grow, and are not reused after a removal.
    void idsAreNeverZeroNorReused() {
        QueueOwner owner;
        const auto a = owner.queue.add(5, nullptr, [] {});
        QVERIFY(a != 0);
        QVERIFY(owner.queue.remove(a));
        const auto b = owner.queue.add(5, nullptr, [] {});
        QVERIFY(b > a);
        (void)owner.queue.takeFirst();
        QVERIFY(owner.queue.add(5, nullptr, [] {}) > b);
    }

    // The first id and the next deadline follow additions and removals; 0 and none when empty.
    void firstIdAndNextDeadlineFollowTheQueue() {
        QueueOwner owner;
        QCOMPARE(owner.queue.firstId(), TimerQueue::TimerId(0));
        QCOMPARE(owner.queue.nextDeadline(), std::nullopt);
        const auto late = owner.queue.add(50, nullptr, [] {});
        QCOMPARE(owner.queue.firstId(), late);
        const auto early = owner.queue.add(40, nullptr, [] {});
        QCOMPARE(owner.queue.firstId(), early);
        QCOMPARE(owner.queue.nextDeadline(), std::optional<Timestamp>(40));
        QCOMPARE(owner.queue.size(), 2);
        QVERIFY(owner.queue.remove(early));
        QCOMPARE(owner.queue.firstId(), late);
        QCOMPARE(owner.queue.nextDeadline(), std::optional<Timestamp>(50));
        QCOMPARE(owner.queue.size(), 1);
    }

    // Removing what is not queued (never added, removed, or taken) says so and changes nothing.
    void removingAnUnknownTimerChangesNothing() {
        QueueOwner owner;
        const auto id = owner.queue.add(7, nullptr, [] {});
        QVERIFY(!owner.queue.remove(id + 100));
        QVERIFY(owner.queue.remove(id));
        QVERIFY(!owner.queue.remove(id));
        const auto taken = owner.queue.add(8, nullptr, [] {});
        (void)owner.queue.takeFirst();
        QVERIFY(!owner.queue.remove(taken));
        QVERIFY(owner.queue.empty());
    }

    // A destroyed context cancels its timer through the owning clock, at once.
    void aDestroyedContextCancelsThroughTheClock() {
        QueueOwner owner;
        auto context = std::make_unique<QObject>();
        const auto keep = owner.queue.add(1, nullptr, [] {});
        const auto dropped = owner.queue.add(2, context.get(), [] {});
        context.reset();
        QCOMPARE(owner.cancelled, (QList<TimerQueue::TimerId>{dropped}));
        QCOMPARE(owner.queue.size(), 1);
        QCOMPARE(owner.queue.firstId(), keep);
    }

    // After a removal or a take the context no longer cancels anything; a timer taken whose
    // context then goes is not runnable and run() does nothing.
    void aTakenTimerWhoseContextWentDoesNotRun() {
        QueueOwner owner;
        auto removedContext = std::make_unique<QObject>();
        QVERIFY(owner.queue.remove(owner.queue.add(1, removedContext.get(), [] {})));
        removedContext.reset();
        QVERIFY(owner.cancelled.isEmpty());

        auto context = std::make_unique<QObject>();
        bool ran = false;
        owner.queue.add(3, context.get(), [&] { ran = true; });
        TimerQueue::DueTimer due = owner.queue.takeFirst();
        context.reset();
        QVERIFY(owner.cancelled.isEmpty());
        QVERIFY(!due.runnable());
        due.run();
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TestTimerQueue)
#include "tst_timerqueue.moc"
