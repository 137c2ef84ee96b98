#pragma once

#include "core/domain/Result.h"
#include "core/sales/SlotQueueContainer.h"
#include "core/sales/SlotQueueItem.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

namespace salesdesk {

// The sales engine's slot queue: slots offered on the market wait here
// in priority order (SlotQueueItem::comparePriority, ties first pushed first) and are handed to at
// most maxWorkers() sales at a time.
//
// Workers: while the queue is running, not paused, has a free worker and is not empty, it takes
// the first item and calls the processor with it and a WorkerId, from the event loop (never inside
// push(), releaseWorker() or another call). The worker stays busy until releaseWorker(id) — when
// the sale's slot is filled or the sale is cleaned up.
//
// Pausing has two independent reasons; the queue dispatches only when neither holds:
// - self-pause (the reference's): the queue starts self-paused; it self-pauses when its first item
//   is `seen` (every remaining item was already evaluated without a match), leaving that item in
//   place without taking a worker. Pushing an unseen item, unpause() or onAvailabilityWidened()
//   lifts it.
// - user pause: setUserPaused(true) holds until setUserPaused(false), whatever happens meanwhile.
//
// Size: at most maxSize() items; a push beyond it drops the lowest-priority item (itemDropped).
class SlotQueue : public QObject {
    Q_OBJECT
public:
    using WorkerId = quint64;
    using Processor = std::function<void(const SlotQueueItem& item, WorkerId worker)>;

    static constexpr int kDefaultMaxWorkers = 3;
    static constexpr int kDefaultMaxSize = 128;

    explicit SlotQueue(QObject* parent = nullptr);
    ~SlotQueue() override;

    // Limits: 1 <= maxWorkers <= maxSize. A change that breaks that is refused and changes
    // nothing. Lowering maxSize below size() drops the lowest-priority items; lowering maxWorkers
    // below activeWorkers() lets the busy workers finish.
    int maxWorkers() const { return m_maxWorkers; }
    int maxSize() const { return m_maxSize; }
    Result<void> setMaxWorkers(int maxWorkers);
    Result<void> setMaxSize(int maxSize);
    Result<void> setLimits(int maxWorkers, int maxSize);

    // Called with each dispatched item; without a processor nothing is dispatched.
    void setProcessor(Processor processor);

    // start() lets the queue accept items and dispatch them; stop() stops both. Items and busy
    // workers stay. Both are idempotent.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Refused when the queue is not running or already holds the slot (requestId, slotIndex).
    Result<void> push(const SlotQueueItem& item);
    // Pushes every item it can; reports the first refusal.
    Result<void> push(const QList<SlotQueueItem>& items);
    // Removing works whether or not the queue runs. Returns whether / how many items went.
    bool remove(const RequestId& requestId, quint64 slotIndex);
    int remove(const RequestId& requestId);
    bool contains(const RequestId& requestId, quint64 slotIndex) const;
    bool contains(const SlotQueueItem& item) const;
    int size() const { return static_cast<int>(m_items.size()); }
    bool isEmpty() const { return m_items.isEmpty(); }
    // Every item becomes unseen (each keeps its place among equals). Does not unpause.
    void clearSeenFlags();
    // A copy of the items in the order they will be taken.
    QList<SlotQueueItem> items() const { return m_items.items(); }

    bool isPaused() const { return m_userPaused || m_selfPaused; }
    bool userPaused() const { return m_userPaused; }
    bool selfPaused() const { return m_selfPaused; }
    // Self-pause / lift it. A user pause is not affected.
    void pause();
    void unpause();
    void setUserPaused(bool paused);

    int activeWorkers() const { return static_cast<int>(m_busyWorkers.size()); }
    // The worker's sale no longer needs it. Releasing an unknown or already released worker does
    // nothing (and logs a warning).
    void releaseWorker(WorkerId worker);

public Q_SLOTS:
    // An availability may now match slots it did not match before: clears the seen flags and
    // lifts the self-pause (not a user pause). Connect Reservations::availabilityWidened here.
    void onAvailabilityWidened();

Q_SIGNALS:
    // Emitted whenever userPaused() or selfPaused() changes; `paused` is isPaused().
    void pausedChanged(bool paused);
    void sizeChanged(int size);
    // The items or their order changed (push, dispatch, removal, drop, seen flags).
    void itemsChanged();
    // The item did not fit within maxSize() and left the queue.
    void itemDropped(const salesdesk::SlotQueueItem& item);
    void activeWorkersChanged(int activeWorkers);

private:
    // Adds without signals; refused when not running or the slot is already queued.
    Result<void> insert(const SlotQueueItem& item);
    // Drops lowest-priority items until at most `limit` remain; returns whether any went.
    bool dropBeyond(int limit);
    void setSelfPaused(bool paused, const QString& why);
    void scheduleDispatch();
    void dispatch();

    SlotQueueContainer m_items;
    QSet<WorkerId> m_busyWorkers;
    Processor m_processor;
    WorkerId m_nextWorkerId = 1;
    int m_maxWorkers = kDefaultMaxWorkers;
    int m_maxSize = kDefaultMaxSize;
    bool m_running = false;
    bool m_selfPaused = true;
    bool m_userPaused = false;
    bool m_dispatchScheduled = false;
};

} // namespace salesdesk
