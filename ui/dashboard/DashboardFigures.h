#pragma once

#include "core/clock/Clock.h"
#include "core/domain/UInt256.h"
#include "core/sales/SaleStateKind.h"
#include "core/stats/Ledger.h"
#include "core/storage/Repo.h"
#include "ui/common/MarketTotals.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace salesdesk {

class Desk;
struct LedgerEntry;

namespace ui {

// The dashboard's figures at one moment, all from the engine.
struct DashboardSnapshot {
    Timestamp at = 0;
    QuotaUsage quota;
    int availabilityCount = 0;
    quint64 offeredBytes = 0;   // Σ totalSize of the availabilities
    quint64 freeBytes = 0;      // Σ freeSize: room for new slots
    quint64 committedBytes = 0; // Σ bytes held by reservations
    int runningSales = 0;
    int hostedSlots = 0; // sales whose slot we filled and that have not ended
    QMap<SaleStateKind, int> salesByState;
    int queueLength = 0;
    bool queuePaused = false;
    bool queueUserPaused = false;
    LedgerTotals totals;
    UInt256 collateralLocked = 0; // deposited − returned − lost
    MarketTotals markets;         // direct deals and paid retrieval, when they run
};

// A point of the storage-use history.
struct StorageSample {
    Timestamp at = 0;
    quint64 usedBytes = 0;
    quint64 committedBytes = 0;
    quint64 offeredBytes = 0;
};

// A point of the cumulative-earnings history.
struct EarningsSample {
    Timestamp at = 0;
    UInt256 cumulativePayouts = 0;
};

// Collects the dashboard's figures from the engine's signals (repo quota, availabilities and
// reservations, ledger, sales, slot queue) and refreshes them in batches: a burst of engine
// signals makes one refresh at most every kRefreshIntervalMs. Ledger totals are read once and
// then kept up to date from Ledger::recorded, so a refresh never queries the ledger table. The
// direct deals and paid retrieval are followed from the moment they start (the GUI's main starts
// them after the desk: MarketsWatch tells when).
class DashboardFigures : public QObject {
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMs = 250;
    static constexpr qsizetype kMaxSamples = 2'000;
    // The storage-use samples are kept across restarts in the host database (HistoryStore
    // channel "storage-use", the newest kMaxSamples points).
    static const QString kStorageChannel;

    explicit DashboardFigures(Desk& desk, QObject* parent = nullptr);

    const DashboardSnapshot& snapshot() const { return m_snapshot; }
    const QList<StorageSample>& storageHistory() const { return m_storageHistory; }
    const QList<EarningsSample>& earningsHistory() const { return m_earningsHistory; }
    // An error reading the engine at the last refresh (empty when none).
    QString lastError() const { return m_lastError; }

    // Recomputes now instead of waiting for the batch.
    void refreshNow();

Q_SIGNALS:
    void changed();

private:
    void scheduleRefresh();
    void onRecorded(const LedgerEntry& entry);
    void addEarningsPoint(Timestamp at);
    void loadStorageHistory();
    void saveStorageSample(const StorageSample& sample);
    template <typename T> static void trim(QList<T>& samples);

    Desk& m_desk;
    DashboardSnapshot m_snapshot;
    LedgerTotals m_totals;
    QList<StorageSample> m_storageHistory;
    QList<EarningsSample> m_earningsHistory;
    QString m_lastError;
    QTimer m_refreshTimer;
};

} // namespace ui
} // namespace salesdesk
