#include "core/sales/SlotQueue.h"
#include "core/sales/SlotQueueItem.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace salesdesk;

namespace salesdesk {
char* toString(const SlotQueueItem& item) {
    return qstrdup(qPrintable(item.describe()));
}
} // namespace salesdesk

namespace {

RequestId requestId(int n) {
    QByteArray raw(32, '\0');
    raw[0] = static_cast<char>(n);
    raw[31] = static_cast<char>(n >> 8);
    return RequestId::fromBytes(raw);
}

struct Fields {
    quint64 slotSize = 1024;
    quint64 duration = 3600;
    UInt256 price = 10;
    UInt256 collateral = 100;
    std::optional<Timestamp> expiry = std::nullopt;
    bool seen = false;
};

SlotQueueItem item(int request, quint64 slotIndex, const Fields& f = {}) {
    return SlotQueueItem(requestId(request), slotIndex, f.slotSize, f.duration, f.price,
                         f.collateral, f.expiry, f.seen);
}

SlotQueueItem seenItem(int request, quint64 slotIndex, const UInt256& price = 10) {
    return item(request, slotIndex, {.price = price, .seen = true});
}

// The dispatch is a queued call: a few rounds of the event loop deliver it and the dispatches
// it causes (a release inside the processor queues the next one). No timers, no sleeps.
void settle() {
    for (int round = 0; round < 8; ++round)
        QCoreApplication::processEvents();
}

// Records what the queue hands out. With `autoRelease` the worker is released from inside the
// processor, like a sale that finishes at once.
struct Recorder {
    QList<SlotQueueItem> processed;
    QList<SlotQueue::WorkerId> workers;
    bool autoRelease = false;

    void attach(SlotQueue& queue) {
        queue.setProcessor([this, &queue](const SlotQueueItem& i, SlotQueue::WorkerId worker) {
            processed.append(i);
            workers.append(worker);
            if (autoRelease)
                queue.releaseWorker(worker);
        });
    }
    void releaseAll(SlotQueue& queue) {
        for (SlotQueue::WorkerId w : workers)
            queue.releaseWorker(w);
        workers.clear();
    }
};

QList<quint64> indicesOf(const QList<SlotQueueItem>& items) {
    QList<quint64> out;
    for (const SlotQueueItem& i : items)
        out.append(i.slotIndex());
    return out;
}

} // namespace

class TestSlotQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- Suite "Slot queue start/stop" ---

    // A new queue is not running.
    void startsOutNotRunning() {
        SlotQueue queue;
        QVERIFY(!queue.isRunning());
    }

    // A new queue starts paused.
    void startsPaused() {
        SlotQueue queue;
        QVERIFY(queue.isPaused());
        QVERIFY(queue.selfPaused());
        QVERIFY(!queue.userPaused());
    }

    // start() may be called again while the queue runs; it keeps running.
    void canStartMultipleTimes() {
        SlotQueue queue;
        queue.start();
        queue.start();
        QVERIFY(queue.isRunning());
        SD_VERIFY_OK(queue.push(item(1, 0)));
    }

    // stop() on a stopped queue is harmless.
    void canStopWhenAlreadyStopped() {
        SlotQueue queue;
        queue.stop();
        QVERIFY(!queue.isRunning());
    }

    // stop() stops a running queue.
    void canStopWhenRunning() {
        SlotQueue queue;
        queue.start();
        queue.stop();
        QVERIFY(!queue.isRunning());
        SD_VERIFY_ERROR(queue.push(item(1, 0)), ErrorCode::Conflict);
    }

    // stop() may be called several times.
    void canStopMultipleTimes() {
        SlotQueue queue;
        queue.start();
        queue.stop();
        queue.stop();
        QVERIFY(!queue.isRunning());
    }

    // --- Suite "Slot queue workers" ---

    // maxWorkers must be at least 1.
    void maxWorkersCannotBeZero() {
        SlotQueue queue;
        SD_VERIFY_ERROR(queue.setMaxWorkers(0), ErrorCode::InvalidArgument);
        QCOMPARE(queue.maxWorkers(), SlotQueue::kDefaultMaxWorkers);
    }

    // maxWorkers may not exceed maxSize.
    void maxWorkersCannotSurpassMaxSize() {
        SlotQueue queue;
        const Result<void> refused = queue.setLimits(2, 1);
        SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QVERIFY(refused.message().contains(QStringLiteral("got 2")));
        QCOMPARE(queue.maxWorkers(), SlotQueue::kDefaultMaxWorkers);
        QCOMPARE(queue.maxSize(), SlotQueue::kDefaultMaxSize);
    }

    // --- Suite "Slot queue" ---

    // A new queue is empty.
    void startsOutEmpty() {
        SlotQueue queue;
        QCOMPARE(queue.size(), 0);
        QVERIFY(queue.isEmpty());
        QVERIFY(queue.items().isEmpty());
    }

    // The queue reports its maximum size.
    void reportsCorrectMaxSize() {
        SlotQueue queue;
        QCOMPARE(queue.maxSize(), 128);
        SD_VERIFY_OK(queue.setLimits(1, 2));
        QCOMPARE(queue.maxSize(), 2);
    }

    // Pushed items are all processed, in order.
    void canProcessItems() {
        SlotQueue queue;
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        const SlotQueueItem rich = item(1, 0, {.price = 20});
        const SlotQueueItem poor = item(2, 0, {.price = 10});
        SD_VERIFY_OK(queue.push(QList<SlotQueueItem>{poor, rich}));
        settle();
        QCOMPARE(recorder.processed, (QList<SlotQueueItem>{rich, poor}));
        QVERIFY(queue.isEmpty());
    }

    // More items than workers can be pushed.
    void canPushItemsPastMaxWorkers() {
        SlotQueue queue;
        SD_VERIFY_OK(queue.setLimits(2, 2));
        queue.start();
        for (quint64 i = 0; i < 5; ++i)
            SD_VERIFY_OK(queue.push(item(1, i)));
        QCOMPARE(queue.size(), 2); // the three lowest were dropped
    }

    // An item already in the queue cannot be pushed again.
    void cannotPushDuplicateItems() {
        SlotQueue queue;
        queue.start();
        const SlotQueueItem item2 = item(1, 2);
        const Result<void> pushed = queue.push(QList<SlotQueueItem>{item2, item2, item2, item2});
        SD_VERIFY_ERROR(pushed, ErrorCode::Conflict);
        QVERIFY(pushed.message().contains(QStringLiteral("Slot 2")));
        QVERIFY(pushed.message().contains(requestId(1).toHex()));
        QCOMPARE(queue.size(), 1);
        SD_VERIFY_ERROR(queue.push(item(1, 2, {.price = 99})), ErrorCode::Conflict);
        QCOMPARE(queue.size(), 1);
    }

    // Items beyond maxSize can be pushed and are processed.
    void canAddItemsPastMaxSize() {
        // maxSize 4, 4 items, one worker: every one is processed, one after another.
        SlotQueue queue;
        SD_VERIFY_OK(queue.setLimits(1, 4));
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        for (quint64 i = 0; i < 4; ++i)
            SD_VERIFY_OK(queue.push(item(1, i, {.price = 10 + i})));
        QCOMPARE(queue.size(), 4);
        settle();
        QCOMPARE(indicesOf(recorder.processed), (QList<quint64>{3, 2, 1, 0}));
        QVERIFY(queue.isEmpty());
    }

    // A deleted item is no longer in the queue.
    void canDeleteItems() {
        SlotQueue queue;
        queue.start();
        for (quint64 i = 0; i < 4; ++i)
            SD_VERIFY_OK(queue.push(item(1, i)));
        const SlotQueueItem item3 = item(1, 3);
        QVERIFY(queue.contains(item3));
        QVERIFY(queue.remove(item3.requestId(), item3.slotIndex()));
        QVERIFY(!queue.contains(item3));
        QCOMPARE(queue.size(), 3);
    }

    // A slot deleted from the queue is never processed.
    void deletedSlotIsNeverProcessed() {
        SlotQueue queue;
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        for (quint64 i = 0; i < 4; ++i)
            SD_VERIFY_OK(queue.push(item(1, i)));
        QVERIFY(queue.remove(requestId(1), 2)); // before the queued dispatch runs
        settle();
        QCOMPARE(recorder.processed.size(), 3);
        QVERIFY(!recorder.processed.contains(item(1, 2)));
    }

    // No slot of a request deleted from the queue is processed.
    void deletedRequestIsNeverProcessed() {
        SlotQueue queue;
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        for (quint64 i = 0; i < 3; ++i) {
            SD_VERIFY_OK(queue.push(item(1, i)));
            SD_VERIFY_OK(queue.push(item(2, i)));
        }
        QCOMPARE(queue.remove(requestId(1)), 3);
        settle();
        QCOMPARE(recorder.processed.size(), 3);
        for (const SlotQueueItem& i : recorder.processed)
            QCOMPARE(i.requestId(), requestId(2));
    }

    // contains() is false before a push and true after.
    void canCheckIfContainsItem() {
        SlotQueue queue;
        queue.start();
        const SlotQueueItem i = item(1, 5);
        QVERIFY(!queue.contains(i));
        QVERIFY(!queue.contains(requestId(1), 5));
        SD_VERIFY_OK(queue.push(i));
        QVERIFY(queue.contains(i));
        QVERIFY(queue.contains(requestId(1), 5));
        QVERIFY(!queue.contains(requestId(1), 4));
    }

    // The processor is called once an item is pushed.
    void callsProcessorOnceAnItemIsAdded() {
        SlotQueue queue;
        Recorder recorder;
        recorder.attach(queue);
        queue.start();
        SD_VERIFY_OK(queue.push(item(1, 0)));
        QVERIFY(recorder.processed.isEmpty()); // never inside push()
        settle();
        QCOMPARE(recorder.processed, QList<SlotQueueItem>{item(1, 0)});
    }

    // An item is processed exactly once.
    void processesAnItemOnlyOnce() {
        SlotQueue queue;
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        SD_VERIFY_OK(queue.push(item(1, 0)));
        settle();
        SD_VERIFY_OK(queue.push(item(2, 0)));
        settle();
        settle();
        QCOMPARE(recorder.processed.count(item(1, 0)), 1);
        QCOMPARE(recorder.processed.count(item(2, 0)), 1);
        QCOMPARE(recorder.processed.size(), 2);
    }

    // Items pushed one at a time are processed in push order.
    void processesItemsInPushOrderWhenPushedOneAtATime() {
        // Each later item would win on priority, but each is dispatched before the next arrives.
        SlotQueue queue;
        Recorder recorder;
        recorder.attach(queue);
        queue.start();
        for (quint64 i = 0; i < 3; ++i) {
            SD_VERIFY_OK(queue.push(item(1, i, {.price = 10 + i})));
            settle();
        }
        QCOMPARE(indicesOf(recorder.processed), (QList<quint64>{0, 1, 2}));
        QCOMPARE(queue.activeWorkers(), 3);
    }

    // Items pushed together are processed in priority order.
    void processesItemsInPriorityOrderWhenPushedTogether() {
        SlotQueue queue;
        SD_VERIFY_OK(queue.setMaxWorkers(2));
        Recorder recorder;
        recorder.attach(queue);
        queue.start();
        for (quint64 i = 0; i < 4; ++i)
            SD_VERIFY_OK(queue.push(item(1, i, {.price = 10 + i})));
        settle();
        QCOMPARE(indicesOf(recorder.processed), (QList<quint64>{3, 2})); // two workers
        QCOMPARE(queue.activeWorkers(), 2);
        recorder.releaseAll(queue);
        settle();
        QCOMPARE(indicesOf(recorder.processed), (QList<quint64>{3, 2, 1, 0}));
    }

    // Pushing a request's items unpauses the queue, which then drains.
    void pushingItemsUnpausesTheQueue() {
        SlotQueue queue;
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        queue.pause();
        QVERIFY(queue.isPaused());
        QRandomGenerator random(3);
        StorageAsk ask;
        ask.slots = 5;
        ask.slotSize = 1024;
        ask.duration = 60;
        ask.pricePerBytePerSecond = 1;
        auto items = SlotQueueItem::forRequest(requestId(9), ask, 1, std::nullopt, random);
        SD_VERIFY_OK(items);
        SD_VERIFY_OK(queue.push(*items));
        QVERIFY(!queue.isPaused());
        settle();
        QCOMPARE(queue.size(), 0);
        QCOMPARE(recorder.processed.size(), 5);
    }

    // Pushing a seen item does not unpause the queue.
    void pushingSeenItemDoesNotUnpause() {
        SlotQueue queue;
        Recorder recorder;
        recorder.attach(queue);
        queue.start();
        queue.pause();
        SD_VERIFY_OK(queue.push(seenItem(1, 0)));
        QVERIFY(queue.isPaused());
        QVERIFY(queue.selfPaused());
        settle();
        QVERIFY(recorder.processed.isEmpty());
        QCOMPARE(queue.size(), 1);
    }

    // A paused queue waits for an unseen push, then processes it.
    void pausedQueueWaitsForUnpause() {
        SlotQueue queue;
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        queue.pause();
        SD_VERIFY_OK(queue.push(seenItem(1, 0, 1000)));
        settle();
        QVERIFY(recorder.processed.isEmpty()); // paused: nothing moves
        SD_VERIFY_OK(queue.push(item(2, 0)));
        settle();
        QCOMPARE(recorder.processed, QList<SlotQueueItem>{item(2, 0)});
        // Only the seen item is left; it is not taken and the queue pauses itself again.
        QCOMPARE(queue.items(), QList<SlotQueueItem>{seenItem(1, 0)});
        QVERIFY(queue.selfPaused());
    }

    // Processing a seen item pauses the queue.
    void processingASeenItemPausesTheQueue() {
        SlotQueue queue;
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        SD_VERIFY_OK(queue.push(item(1, 0)));
        SD_VERIFY_OK(queue.push(item(1, 1)));
        settle();
        QCOMPARE(recorder.processed.size(), 2);
        QVERIFY(!queue.isPaused());
        QSignalSpy paused(&queue, &SlotQueue::pausedChanged);
        SD_VERIFY_OK(queue.push(seenItem(1, 2)));
        settle();
        QVERIFY(queue.isPaused());
        QVERIFY(queue.selfPaused());
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.at(0).at(0).toBool(), true);
        QCOMPARE(recorder.processed.size(), 2);
        QVERIFY(queue.contains(requestId(1), 2)); // put back, not lost
        QCOMPARE(queue.activeWorkers(), 0);
    }

    // clearSeenFlags() clears the seen flag of every item.
    void seenFlagsCanBeCleared() {
        SlotQueue queue;
        queue.start();
        SD_VERIFY_OK(queue.push(seenItem(1, 0)));
        SD_VERIFY_OK(queue.push(seenItem(1, 1)));
        QVERIFY(queue.items().at(0).seen());
        QVERIFY(queue.items().at(1).seen());
        QSignalSpy changed(&queue, &SlotQueue::itemsChanged);
        queue.clearSeenFlags();
        QVERIFY(!queue.items().at(0).seen());
        QVERIFY(!queue.items().at(1).seen());
        QCOMPARE(changed.size(), 1);
        QVERIFY(queue.selfPaused()); // clearing alone does not unpause
    }

    // --- Beyond the reference ---

    void dropsTheLowestPriorityItemOnOverflow() {
        // The reference dropped heap index 128, a leaf that need not be the lowest item.
        SlotQueue queue;
        SD_VERIFY_OK(queue.setLimits(1, 3));
        queue.start();
        queue.setUserPaused(true); // keep everything in the queue
        QSignalSpy dropped(&queue, &SlotQueue::itemDropped);
        SD_VERIFY_OK(queue.push(item(1, 0, {.price = 1}))); // the lowest, pushed first
        SD_VERIFY_OK(queue.push(item(1, 1, {.price = 50})));
        SD_VERIFY_OK(queue.push(item(1, 2, {.price = 30})));
        SD_VERIFY_OK(queue.push(item(1, 3, {.price = 40})));
        QCOMPARE(queue.size(), 3);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.at(0).at(0).value<SlotQueueItem>(), item(1, 0));
        QCOMPARE(indicesOf(queue.items()), (QList<quint64>{1, 3, 2}));
        // A pushed item that is itself the lowest is the one dropped.
        SD_VERIFY_OK(queue.push(item(1, 4, {.price = 2})));
        QCOMPARE(dropped.size(), 2);
        QCOMPARE(dropped.at(1).at(0).value<SlotQueueItem>(), item(1, 4));
        QCOMPARE(indicesOf(queue.items()), (QList<quint64>{1, 3, 2}));
        // Seen items rank below every unseen one, whatever they pay.
        SD_VERIFY_OK(queue.push(seenItem(2, 0, 1000)));
        QCOMPARE(dropped.at(2).at(0).value<SlotQueueItem>(), seenItem(2, 0));
    }

    void userPauseHoldsAcrossUnseenPushesAndAvailabilityChanges() {
        SlotQueue queue;
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        QSignalSpy paused(&queue, &SlotQueue::pausedChanged);
        queue.setUserPaused(true);
        QVERIFY(queue.userPaused());
        SD_VERIFY_OK(queue.push(item(1, 0))); // lifts the self-pause only
        QVERIFY(!queue.selfPaused());
        QVERIFY(queue.isPaused());
        queue.onAvailabilityWidened();
        queue.unpause();
        settle();
        QVERIFY(queue.isPaused());
        QVERIFY(recorder.processed.isEmpty());
        QCOMPARE(queue.size(), 1);
        queue.setUserPaused(false);
        QVERIFY(!queue.isPaused());
        settle();
        QCOMPARE(recorder.processed, QList<SlotQueueItem>{item(1, 0)});
        QVERIFY(!paused.isEmpty());
        QCOMPARE(paused.last().at(0).toBool(), false);
    }

    void availabilityWidenedClearsSeenFlagsAndResumes() {
        SlotQueue queue;
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        SD_VERIFY_OK(queue.push(seenItem(1, 0)));
        SD_VERIFY_OK(queue.push(seenItem(1, 1)));
        settle();
        QVERIFY(queue.selfPaused());
        QVERIFY(recorder.processed.isEmpty());
        queue.onAvailabilityWidened();
        QVERIFY(!queue.isPaused());
        settle();
        QCOMPARE(recorder.processed.size(), 2);
        QVERIFY(queue.isEmpty());
    }

    void seenItemNeverLeaksAWorker() {
        // The reference's worker leak (#1081): every pause on a seen item cost a worker, so
        // after maxWorkers cycles nothing was processed any more.
        SlotQueue queue;
        SD_VERIFY_OK(queue.setMaxWorkers(1));
        Recorder recorder;
        recorder.attach(queue);
        queue.start();
        SD_VERIFY_OK(queue.push(seenItem(1, 0)));
        for (int cycle = 0; cycle < 5; ++cycle) {
            settle();
            QVERIFY(queue.selfPaused());
            QCOMPARE(queue.activeWorkers(), 0);
            queue.unpause(); // the seen item is on top again: pauses without taking a worker
            settle();
            QVERIFY(queue.selfPaused());
            QCOMPARE(queue.activeWorkers(), 0);
            queue.pause();
            SD_VERIFY_OK(queue.push(item(2, static_cast<quint64>(cycle))));
            settle();
            QCOMPARE(recorder.processed.size(), cycle + 1);
            QCOMPARE(queue.activeWorkers(), 1);
            recorder.releaseAll(queue);
            QCOMPARE(queue.activeWorkers(), 0);
        }
        QCOMPARE(queue.items(), QList<SlotQueueItem>{seenItem(1, 0)});
    }

    void tiesAreBrokenByInsertionOrder() {
        SlotQueue queue;
        SD_VERIFY_OK(queue.setMaxWorkers(1));
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        queue.setUserPaused(true);
        // Equal in every criterion; pushed in an order unlike their ids or indices.
        const QList<SlotQueueItem> pushed{item(3, 1), item(1, 7), item(2, 0), item(1, 2)};
        for (const SlotQueueItem& i : pushed)
            SD_VERIFY_OK(queue.push(i));
        QCOMPARE(queue.items(), pushed);
        queue.setUserPaused(false);
        settle();
        QCOMPARE(recorder.processed, pushed);
    }

    void seenItemsKeepTheirInsertionOrderWhenCleared() {
        SlotQueue queue;
        queue.start();
        queue.setUserPaused(true);
        SD_VERIFY_OK(queue.push(item(1, 0)));
        SD_VERIFY_OK(queue.push(seenItem(1, 1)));
        SD_VERIFY_OK(queue.push(item(1, 2)));
        QCOMPARE(indicesOf(queue.items()), (QList<quint64>{0, 2, 1}));
        queue.clearSeenFlags();
        QCOMPARE(indicesOf(queue.items()), (QList<quint64>{0, 1, 2}));
    }

    void removesByRequestAndBySlot() {
        SlotQueue queue;
        queue.start();
        queue.setUserPaused(true);
        for (quint64 i = 0; i < 3; ++i) {
            SD_VERIFY_OK(queue.push(item(1, i)));
            SD_VERIFY_OK(queue.push(item(2, i)));
        }
        QSignalSpy sizes(&queue, &SlotQueue::sizeChanged);
        QVERIFY(queue.remove(requestId(2), 1));
        QVERIFY(!queue.remove(requestId(2), 1)); // already gone
        QVERIFY(!queue.remove(requestId(3), 0)); // never there
        QCOMPARE(queue.remove(requestId(1)), 3);
        QCOMPARE(queue.remove(requestId(1)), 0);
        QCOMPARE(queue.items(), (QList<SlotQueueItem>{item(2, 0), item(2, 2)}));
        QCOMPARE(sizes.size(), 2);
        QCOMPARE(sizes.last().at(0).toInt(), 2);
        queue.stop();
        QVERIFY(queue.remove(requestId(2), 0)); // removal works while stopped
        QCOMPARE(queue.size(), 1);
    }

    void validatesMaxWorkersAndMaxSize() {
        SlotQueue queue;
        SD_VERIFY_ERROR(queue.setMaxWorkers(-1), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(queue.setMaxWorkers(129), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(queue.setMaxSize(0), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(queue.setMaxSize(2), ErrorCode::InvalidArgument); // below 3 workers
        QCOMPARE(queue.maxWorkers(), 3);
        QCOMPARE(queue.maxSize(), 128);
        SD_VERIFY_OK(queue.setMaxWorkers(128));
        SD_VERIFY_OK(queue.setLimits(1, 1));
        QCOMPARE(queue.maxWorkers(), 1);
        QCOMPARE(queue.maxSize(), 1);
        SD_VERIFY_OK(queue.setMaxSize(1000));
        QCOMPARE(queue.maxSize(), 1000);
    }

    void loweringMaxSizeDropsTheLowest() {
        SlotQueue queue;
        queue.start();
        queue.setUserPaused(true);
        for (quint64 i = 0; i < 5; ++i)
            SD_VERIFY_OK(queue.push(item(1, i, {.price = 10 + i})));
        QSignalSpy dropped(&queue, &SlotQueue::itemDropped);
        SD_VERIFY_OK(queue.setMaxSize(3));
        QCOMPARE(dropped.size(), 2);
        QCOMPARE(indicesOf(queue.items()), (QList<quint64>{4, 3, 2}));
    }

    void atMostMaxWorkersAreBusy() {
        SlotQueue queue;
        SD_VERIFY_OK(queue.setMaxWorkers(2));
        Recorder recorder;
        recorder.attach(queue);
        queue.start();
        for (quint64 i = 0; i < 5; ++i)
            SD_VERIFY_OK(queue.push(item(1, i)));
        settle();
        QCOMPARE(recorder.processed.size(), 2);
        QCOMPARE(queue.activeWorkers(), 2);
        QCOMPARE(queue.size(), 3);
        QVERIFY(recorder.workers.at(0) != recorder.workers.at(1));
        queue.releaseWorker(recorder.workers.takeFirst());
        QCOMPARE(recorder.processed.size(), 2); // not inside releaseWorker()
        settle();
        QCOMPARE(recorder.processed.size(), 3);
        QCOMPARE(queue.activeWorkers(), 2);
    }

    void releasingTwiceOrUnknownIsHarmless() {
        SlotQueue queue;
        Recorder recorder;
        recorder.attach(queue);
        queue.start();
        SD_VERIFY_OK(queue.push(item(1, 0)));
        settle();
        QCOMPARE(queue.activeWorkers(), 1);
        const SlotQueue::WorkerId worker = recorder.workers.first();
        queue.releaseWorker(worker);
        QCOMPARE(queue.activeWorkers(), 0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not busy")));
        queue.releaseWorker(worker);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not busy")));
        queue.releaseWorker(9999);
        QCOMPARE(queue.activeWorkers(), 0);
    }

    void processorNeverRunsReentrantly() {
        SlotQueue queue;
        int depth = 0;
        int maxDepth = 0;
        int calls = 0;
        queue.setProcessor([&](const SlotQueueItem& i, SlotQueue::WorkerId worker) {
            ++depth;
            ++calls;
            maxDepth = std::max(maxDepth, depth);
            if (i.slotIndex() < 3)
                SD_VERIFY_OK(queue.push(item(1, i.slotIndex() + 1)));
            queue.releaseWorker(worker);
            --depth;
        });
        queue.start();
        SD_VERIFY_OK(queue.push(item(1, 0)));
        QCOMPARE(calls, 0);
        settle();
        QCOMPARE(calls, 4);
        QCOMPARE(maxDepth, 1);
    }

    void pushIsRefusedWhenNotRunning() {
        SlotQueue queue;
        const Result<void> pushed = queue.push(item(1, 0));
        SD_VERIFY_ERROR(pushed, ErrorCode::Conflict);
        QVERIFY(pushed.message().contains(QStringLiteral("not running")));
        QCOMPARE(queue.size(), 0);
    }

    void pushListPushesWhatItCanAndReportsTheFirstError() {
        SlotQueue queue;
        queue.start();
        SD_VERIFY_OK(queue.push(item(1, 1)));
        QSignalSpy sizes(&queue, &SlotQueue::sizeChanged);
        const Result<void> pushed =
            queue.push(QList<SlotQueueItem>{item(1, 0), item(1, 1), item(1, 2), item(1, 0)});
        SD_VERIFY_ERROR(pushed, ErrorCode::Conflict);
        QVERIFY(pushed.message().contains(QStringLiteral("Slot 1 ")));
        QCOMPARE(queue.size(), 3);
        QCOMPARE(sizes.size(), 1); // one notification for the list
    }

    void stopStopsDispatchingAndKeepsItems() {
        SlotQueue queue;
        Recorder recorder;
        recorder.autoRelease = true;
        recorder.attach(queue);
        queue.start();
        SD_VERIFY_OK(queue.push(item(1, 0)));
        SD_VERIFY_OK(queue.push(item(1, 1)));
        queue.stop(); // before the queued dispatch runs
        settle();
        QVERIFY(recorder.processed.isEmpty());
        QCOMPARE(queue.size(), 2);
        queue.start();
        settle();
        QCOMPARE(recorder.processed.size(), 2);
    }

    void signalsReportEveryChange() {
        SlotQueue queue;
        Recorder recorder;
        recorder.attach(queue);
        QSignalSpy sizes(&queue, &SlotQueue::sizeChanged);
        QSignalSpy items(&queue, &SlotQueue::itemsChanged);
        QSignalSpy workers(&queue, &SlotQueue::activeWorkersChanged);
        QSignalSpy paused(&queue, &SlotQueue::pausedChanged);
        queue.start();
        SD_VERIFY_OK(queue.push(item(1, 0)));
        QCOMPARE(sizes.size(), 1);
        QCOMPARE(sizes.last().at(0).toInt(), 1);
        QCOMPARE(items.size(), 1);
        QCOMPARE(paused.size(), 1); // the self-pause was lifted
        QCOMPARE(paused.last().at(0).toBool(), false);
        settle();
        QCOMPARE(sizes.size(), 2); // dispatched
        QCOMPARE(sizes.last().at(0).toInt(), 0);
        QCOMPARE(items.size(), 2);
        QCOMPARE(workers.size(), 1);
        QCOMPARE(workers.last().at(0).toInt(), 1);
        queue.setUserPaused(true);
        QCOMPARE(paused.size(), 2);
        QCOMPARE(paused.last().at(0).toBool(), true);
        queue.pause(); // still paused, but the reason changed
        QCOMPARE(paused.size(), 3);
        QVERIFY(queue.selfPaused());
    }
};

QTEST_GUILESS_MAIN(TestSlotQueue)
#include "tst_slotqueue.moc"
