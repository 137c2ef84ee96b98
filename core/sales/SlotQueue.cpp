#include "core/sales/SlotQueue.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <optional>
#include <utility>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcSlotQueue, "salesdesk.sales.slotqueue")

namespace {

// Index space is set aside for maxSize + 1 items (a push may briefly exceed maxSize), up to this.
constexpr int kMaxReserved = 1 << 16;

Result<void> checkLimits(int maxWorkers, int maxSize) {
    if (maxSize < 1)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("The slot queue size must be at least 1, got %1").arg(maxSize));
    if (maxWorkers < 1 || maxWorkers > maxSize)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The number of slot queue workers must be between 1 and "
                                        "the queue size %1, got %2")
                             .arg(maxSize)
                             .arg(maxWorkers));
    return {};
}

} // namespace

SlotQueue::SlotQueue(QObject* parent)
    : QObject(parent) {
    m_items.reserve(m_maxSize + 1);
}

SlotQueue::~SlotQueue() = default;

Result<void> SlotQueue::setMaxWorkers(int maxWorkers) {
    return setLimits(maxWorkers, m_maxSize);
}

Result<void> SlotQueue::setMaxSize(int maxSize) {
    return setLimits(m_maxWorkers, maxSize);
}

Result<void> SlotQueue::setLimits(int maxWorkers, int maxSize) {
    SD_TRY(checkLimits(maxWorkers, maxSize));
    const bool moreWorkers = maxWorkers > m_maxWorkers;
    m_maxWorkers = maxWorkers;
    m_maxSize = maxSize;
    qCInfo(lcSlotQueue).noquote()
        << QStringLiteral("limits set: maxWorkers=%1 maxSize=%2").arg(maxWorkers).arg(maxSize);
    m_items.reserve(std::min(m_maxSize, kMaxReserved) + 1);
    if (dropBeyond(m_maxSize)) {
        Q_EMIT sizeChanged(size());
        Q_EMIT itemsChanged();
    }
    if (moreWorkers)
        scheduleDispatch();
    return {};
}

void SlotQueue::setProcessor(Processor processor) {
    m_processor = std::move(processor);
    scheduleDispatch();
}

void SlotQueue::start() {
    if (m_running)
        return;
    m_running = true;
    qCInfo(lcSlotQueue) << "started";
    scheduleDispatch();
}

void SlotQueue::stop() {
    if (!m_running)
        return;
    m_running = false;
    qCInfo(lcSlotQueue) << "stopped;" << size() << "items and" << activeWorkers()
                        << "busy workers stay";
}

Result<void> SlotQueue::insert(const SlotQueueItem& item) {
    if (!m_running)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("The slot queue is not running: slot %1 of request %2 "
                                        "was not queued")
                             .arg(item.slotIndex())
                             .arg(item.requestId().toHex()));
    if (!m_items.insert(item))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Slot %1 of request %2 is already in the slot queue")
                             .arg(item.slotIndex())
                             .arg(item.requestId().toHex()));
    qCDebug(lcSlotQueue).noquote()
        << "pushed" << item.describe()
        << QStringLiteral("seen=%1 size=%2").arg(item.seen()).arg(size());
    return {};
}

bool SlotQueue::dropBeyond(int limit) {
    bool dropped = false;
    while (size() > limit) {
        const SlotQueueItem item = m_items.takeLast();
        dropped = true;
        qCInfo(lcSlotQueue).noquote()
            << "dropped" << item.describe() << "(lowest priority; the queue holds at most" << limit
            << "items)";
        Q_EMIT itemDropped(item);
    }
    return dropped;
}

Result<void> SlotQueue::push(const SlotQueueItem& item) {
    SD_TRY(insert(item));
    dropBeyond(m_maxSize);
    Q_EMIT sizeChanged(size());
    Q_EMIT itemsChanged();
    if (!item.seen())
        setSelfPaused(false, QStringLiteral("unseen item pushed: ") + item.describe());
    scheduleDispatch();
    return {};
}

Result<void> SlotQueue::push(const QList<SlotQueueItem>& items) {
    std::optional<Error> firstError;
    const SlotQueueItem* firstUnseen = nullptr;
    bool changed = false;
    for (const SlotQueueItem& item : items) {
        if (auto pushed = insert(item); !pushed.ok()) {
            qCDebug(lcSlotQueue).noquote() << "push refused:" << pushed.message();
            if (!firstError)
                firstError = pushed.error();
            continue;
        }
        changed = true;
        if (!item.seen() && !firstUnseen)
            firstUnseen = &item;
        dropBeyond(m_maxSize);
    }
    if (changed) {
        Q_EMIT sizeChanged(size());
        Q_EMIT itemsChanged();
    }
    if (firstUnseen)
        setSelfPaused(false, QStringLiteral("unseen item pushed: ") + firstUnseen->describe());
    if (changed)
        scheduleDispatch();
    if (firstError)
        return *firstError;
    return {};
}

bool SlotQueue::remove(const RequestId& requestId, quint64 slotIndex) {
    if (!m_items.remove(requestId, slotIndex))
        return false;
    qCDebug(lcSlotQueue).noquote()
        << "removed requestId=" + requestId.toHex() << "slotIndex=" + QString::number(slotIndex);
    Q_EMIT sizeChanged(size());
    Q_EMIT itemsChanged();
    return true;
}

int SlotQueue::remove(const RequestId& requestId) {
    const QList<SlotQueueItem> removed = m_items.removeRequest(requestId);
    if (removed.isEmpty())
        return 0;
    qCDebug(lcSlotQueue).noquote()
        << "removed" << removed.size() << "items of requestId=" + requestId.toHex();
    Q_EMIT sizeChanged(size());
    Q_EMIT itemsChanged();
    return static_cast<int>(removed.size());
}

bool SlotQueue::contains(const RequestId& requestId, quint64 slotIndex) const {
    return m_items.contains(requestId, slotIndex);
}

bool SlotQueue::contains(const SlotQueueItem& item) const {
    return m_items.contains(item.requestId(), item.slotIndex());
}

void SlotQueue::clearSeenFlags() {
    const qsizetype cleared = m_items.clearSeenFlags();
    if (cleared == 0)
        return;
    qCDebug(lcSlotQueue) << "cleared the seen flag of" << cleared << "items";
    Q_EMIT itemsChanged();
    scheduleDispatch();
}

void SlotQueue::pause() {
    setSelfPaused(true, QStringLiteral("pause() called"));
}

void SlotQueue::unpause() {
    setSelfPaused(false, QStringLiteral("unpause() called"));
}

void SlotQueue::onAvailabilityWidened() {
    clearSeenFlags();
    setSelfPaused(false, QStringLiteral("an availability was widened"));
}

void SlotQueue::setUserPaused(bool paused) {
    if (m_userPaused == paused)
        return;
    m_userPaused = paused;
    qCInfo(lcSlotQueue).noquote() << (paused ? "paused by the user" : "resumed by the user")
                                  << QStringLiteral("selfPaused=%1").arg(m_selfPaused);
    Q_EMIT pausedChanged(isPaused());
    if (!isPaused())
        scheduleDispatch();
}

void SlotQueue::setSelfPaused(bool paused, const QString& why) {
    if (m_selfPaused == paused)
        return;
    m_selfPaused = paused;
    qCInfo(lcSlotQueue).noquote() << (paused ? "paused itself:" : "resumed:") << why
                                  << "userPaused=" + QString::number(m_userPaused);
    Q_EMIT pausedChanged(isPaused());
    if (!isPaused())
        scheduleDispatch();
}

void SlotQueue::releaseWorker(WorkerId worker) {
    if (!m_busyWorkers.remove(worker)) {
        qCWarning(lcSlotQueue) << "releaseWorker: worker" << worker
                               << "is not busy (unknown or already released); ignored";
        return;
    }
    qCDebug(lcSlotQueue) << "worker" << worker << "released;" << activeWorkers() << "busy";
    Q_EMIT activeWorkersChanged(activeWorkers());
    scheduleDispatch();
}

void SlotQueue::scheduleDispatch() {
    if (m_dispatchScheduled)
        return;
    m_dispatchScheduled = true;
    QMetaObject::invokeMethod(this, &SlotQueue::dispatch, Qt::QueuedConnection);
}

void SlotQueue::dispatch() {
    m_dispatchScheduled = false;
    const QPointer<SlotQueue> alive(this); // the processor or a listener may delete the queue
    while (alive && m_running && !isPaused() && m_processor && activeWorkers() < m_maxWorkers &&
           !m_items.isEmpty()) {
        if (m_items.first().seen()) {
            // Everything left was already evaluated without a match: wait for an unseen item or a
            // widened availability instead of spinning on it. The item takes no worker (the
            // reference's worker leak, #1081).
            setSelfPaused(true,
                          QStringLiteral("first item already seen: ") + m_items.first().describe());
            break;
        }
        const Processor processor = m_processor; // a listener or the processor may replace it
        const SlotQueueItem item = m_items.takeFirst();
        const WorkerId worker = m_nextWorkerId++;
        m_busyWorkers.insert(worker);
        qCDebug(lcSlotQueue).noquote() << "dispatched" << item.describe() << "to worker" << worker;
        Q_EMIT sizeChanged(size());
        Q_EMIT itemsChanged();
        Q_EMIT activeWorkersChanged(activeWorkers());
        if (!alive)
            return;
        processor(item, worker);
    }
}

} // namespace salesdesk
