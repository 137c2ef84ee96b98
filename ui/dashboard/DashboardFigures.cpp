#include "ui/dashboard/DashboardFigures.h"

#include "core/desk/Desk.h"
#include "core/domain/Availability.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SlotQueue.h"
#include "core/stats/LedgerEntry.h"
#include "core/storage/HistoryStore.h"
#include "ui/common/MarketsWatch.h"

#include <algorithm>

namespace salesdesk::ui {

namespace {

bool isHosting(SaleStateKind state) {
    switch (state) {
    case SaleStateKind::Filled:
    case SaleStateKind::Proving:
    case SaleStateKind::ProvingSimulated:
    case SaleStateKind::Payout:
        return true;
    default:
        return false;
    }
}

} // namespace

DashboardFigures::DashboardFigures(Desk& desk, QObject* parent)
    : QObject(parent)
    , m_desk(desk) {
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardFigures::refreshNow);

    HostEngine& engine = desk.engine();
    loadStorageHistory();
    if (auto entries = engine.ledger().entries(); entries.ok()) {
        for (const LedgerEntry& entry : *entries)
            onRecorded(entry);
    } else {
        m_lastError = entries.message();
    }
    connect(&engine.ledger(), &Ledger::recorded, this, [this](const LedgerEntry& entry) {
        onRecorded(entry);
        scheduleRefresh();
    });
    connect(&engine.repo(), &Repo::quotaChanged, this, &DashboardFigures::scheduleRefresh);
    Reservations* books = &engine.reservations();
    connect(books, &Reservations::availabilityAdded, this, &DashboardFigures::scheduleRefresh);
    connect(books, &Reservations::availabilityChanged, this, &DashboardFigures::scheduleRefresh);
    connect(books, &Reservations::availabilityRemoved, this, &DashboardFigures::scheduleRefresh);
    connect(books, &Reservations::reservationCreated, this, &DashboardFigures::scheduleRefresh);
    connect(books, &Reservations::reservationDeleted, this, &DashboardFigures::scheduleRefresh);
    Sales* sales = &engine.sales();
    connect(sales, &Sales::agentStarted, this, &DashboardFigures::scheduleRefresh);
    connect(sales, &Sales::agentStateChanged, this, &DashboardFigures::scheduleRefresh);
    connect(sales, &Sales::agentFinished, this, &DashboardFigures::scheduleRefresh);
    SlotQueue* queue = &engine.queue();
    connect(queue, &SlotQueue::sizeChanged, this, &DashboardFigures::scheduleRefresh);
    connect(queue, &SlotQueue::pausedChanged, this, &DashboardFigures::scheduleRefresh);
    connect(new MarketsWatch(desk, this), &MarketsWatch::changed, this,
            &DashboardFigures::scheduleRefresh);
    refreshNow();
}

void DashboardFigures::scheduleRefresh() {
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void DashboardFigures::onRecorded(const LedgerEntry& entry) {
    switch (entry.kind) {
    case LedgerKind::CollateralDeposited:
        m_totals.deposited += entry.amount;
        break;
    case LedgerKind::CollateralReturned:
        m_totals.returned += entry.amount;
        break;
    case LedgerKind::Payout:
        m_totals.payouts += entry.amount;
        addEarningsPoint(entry.at);
        break;
    case LedgerKind::CollateralLost:
        m_totals.lost += entry.amount;
        break;
    }
}

void DashboardFigures::addEarningsPoint(Timestamp at) {
    if (!m_earningsHistory.isEmpty() && m_earningsHistory.last().at == at)
        m_earningsHistory.last().cumulativePayouts = m_totals.payouts;
    else
        m_earningsHistory.append({at, m_totals.payouts});
    trim(m_earningsHistory);
}

template <typename T> void DashboardFigures::trim(QList<T>& samples) {
    // Past the limit, drop every other point of the older half: the curve keeps its shape.
    if (samples.size() <= kMaxSamples)
        return;
    QList<T> kept;
    kept.reserve(kMaxSamples);
    const qsizetype half = samples.size() / 2;
    for (qsizetype i = 0; i < half; i += 2)
        kept.append(samples.at(i));
    for (qsizetype i = half; i < samples.size(); ++i)
        kept.append(samples.at(i));
    samples = std::move(kept);
}

void DashboardFigures::refreshNow() {
    m_refreshTimer.stop();
    HostEngine& engine = m_desk.engine();
    DashboardSnapshot s;
    s.at = m_desk.clock().now();
    m_lastError.clear();
    if (auto quota = engine.repo().quota(); quota.ok())
        s.quota = *quota;
    else
        m_lastError = quota.message();
    if (auto availabilities = engine.reservations().availabilities(); availabilities.ok()) {
        s.availabilityCount = static_cast<int>(availabilities->size());
        for (const Availability& a : *availabilities) {
            s.offeredBytes += a.totalSize;
            s.freeBytes += a.freeSize;
            s.committedBytes += a.committedBytes();
        }
    } else {
        m_lastError = availabilities.message();
    }
    for (const SalesAgent* agent : engine.sales().agents()) {
        const SaleStateKind state = agent->state();
        if (isTerminal(state))
            continue;
        ++s.runningSales;
        ++s.salesByState[state];
        if (agent->data().filledByUs && isHosting(state))
            ++s.hostedSlots;
    }
    const SlotQueue& queue = engine.queue();
    s.queueLength = queue.size();
    s.queuePaused = queue.isPaused();
    s.queueUserPaused = queue.userPaused();
    s.totals = m_totals;
    s.collateralLocked = m_totals.collateralLocked();
    s.markets = MarketTotals::read(m_desk);
    if (!s.markets.problems.isEmpty())
        m_lastError = s.markets.problems.join(QStringLiteral("; "));
    m_snapshot = s;

    const StorageSample sample{s.at, s.quota.usedBytes, s.committedBytes, s.offeredBytes};
    if (m_storageHistory.isEmpty() || m_storageHistory.last().usedBytes != sample.usedBytes ||
        m_storageHistory.last().committedBytes != sample.committedBytes ||
        m_storageHistory.last().offeredBytes != sample.offeredBytes) {
        if (!m_storageHistory.isEmpty() && m_storageHistory.last().at == sample.at)
            m_storageHistory.last() = sample;
        else
            m_storageHistory.append(sample);
        trim(m_storageHistory);
        saveStorageSample(sample);
    }
    Q_EMIT changed();
}

const QString DashboardFigures::kStorageChannel = QStringLiteral("storage-use");

void DashboardFigures::loadStorageHistory() {
    auto records = HistoryStore(m_desk.engine().database()).load(kStorageChannel, kMaxSamples);
    if (!records.ok()) {
        m_lastError = records.message();
        return;
    }
    for (const QByteArray& record : *records) {
        const QList<QByteArray> fields = record.split(' ');
        if (fields.size() != 4)
            continue;
        StorageSample sample{fields[0].toLongLong(), fields[1].toULongLong(),
                             fields[2].toULongLong(), fields[3].toULongLong()};
        // A sample replaced within the same second was saved twice: the later one counts.
        if (!m_storageHistory.isEmpty() && m_storageHistory.last().at == sample.at)
            m_storageHistory.last() = sample;
        else if (m_storageHistory.isEmpty() || m_storageHistory.last().at < sample.at)
            m_storageHistory.append(sample);
    }
}

void DashboardFigures::saveStorageSample(const StorageSample& sample) {
    const QByteArray record =
        QByteArray::number(sample.at) + ' ' + QByteArray::number(sample.usedBytes) + ' ' +
        QByteArray::number(sample.committedBytes) + ' ' + QByteArray::number(sample.offeredBytes);
    auto saved = HistoryStore(m_desk.engine().database())
                     .append(kStorageChannel, {record}, static_cast<int>(kMaxSamples));
    if (!saved.ok())
        m_lastError = saved.message();
}

} // namespace salesdesk::ui
