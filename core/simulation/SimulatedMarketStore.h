#pragma once

#include "core/domain/Result.h"
#include "core/market/MarketConfig.h"
#include "core/simulation/MarketBooks.h"
#include "core/simulation/MarketRecords.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

namespace salesdesk {

class Database;

// The simulated market's own SQLite file (not the host's database): every row of the books, the
// market's settings and the simulation's bookkeeping (validator progress, fault rules, demo
// clients) as key/value rows. Opened through Database, so it gets the same checks, WAL, lock and
// migrations (its schema: MarketSchema.h); it carries the same application_id as the host's file
// ("SDK1") and is told apart by its `market_meta` table (a file without it is refused).
//
// SimulatedMarket saves after every change: save() rewrites exactly the rows named in the
// LedgerChanges, plus the given meta values, in one transaction.
class SimulatedMarketStore {
public:
    // "SDM1": the simulated market's file (PRAGMA application_id), distinct from the host's.
    static constexpr qint32 kApplicationId = 0x53444D31;

    // Everything the file holds.
    struct Snapshot {
        bool hasMarket = false; // false for a new file
        MarketConfig config;
        quint64 seed = 0;
        Address signer;
        quint64 lastValidatedPeriod = 0;
        QList<SimRequest> requests;
        QList<SimSlot> slots;
        QHash<SlotId, QList<Address>> reservations;
        QHash<Address, UInt256> balances;
        QMap<QString, QVariant> meta;
    };

    // The meta rows that make a file a market: its config, seed, signer and validator progress.
    static QMap<QString, QVariant> identityMeta(const MarketConfig& config, quint64 seed,
                                                const Address& signer, quint64 lastValidatedPeriod);
    static QMap<QString, QVariant> lastPeriodMeta(quint64 lastValidatedPeriod);

    static Result<std::unique_ptr<SimulatedMarketStore>> open(const QString& filePath);
    // The file as it is, for reading only (Database::openReadOnly): save() fails.
    static Result<std::unique_ptr<SimulatedMarketStore>> openReadOnly(const QString& filePath);
    ~SimulatedMarketStore();
    SimulatedMarketStore(const SimulatedMarketStore&) = delete;
    SimulatedMarketStore& operator=(const SimulatedMarketStore&) = delete;

    const QString& filePath() const;

    Result<Snapshot> load();
    Result<void> save(const MarketBooks& books, const LedgerChanges& changes,
                      const QMap<QString, QVariant>& meta);

private:
    explicit SimulatedMarketStore(std::unique_ptr<Database> database);
    Result<void> saveRequest(const SimRequest& request);
    Result<void> saveSlot(const SimSlot& slot);
    Result<void> saveProvenPeriods(const SimSlot& slot);
    // Replaces the slot's missed periods (rows of market_slot_periods).
    Result<void> saveMissedPeriods(const SimSlot& slot);
    Result<void> saveSettlements(const SimSlot& slot);
    Result<void> saveReservations(const SlotId& id, const QList<Address>& addresses);
    Result<void> saveBalance(const Address& address, const UInt256& amount);
    Result<void> saveMeta(const QString& key, const QVariant& value);

    std::unique_ptr<Database> m_db;
};

} // namespace salesdesk
