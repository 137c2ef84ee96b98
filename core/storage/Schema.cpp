#include "core/storage/Migration.h"

namespace salesdesk {

// Amounts (UInt256) are 32-byte big-endian BLOBs: SQLite compares BLOBs with memcmp, which for
// fixed-width big-endian numbers is numeric order, so they can be used in WHERE clauses. Sizes and
// times are INTEGER (the API refuses values above INT64_MAX). Reservations per availability are
// served from ReservationStore's in-memory copy, so they need no index (every index is one more
// page written per change).
const std::vector<Migration>& schemaMigrations() {
    static const std::vector<Migration> migrations = {
        {1,
         {
             QStringLiteral("CREATE TABLE quota ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " max_bytes INTEGER NOT NULL CHECK (max_bytes >= 0),"
                            " reserved_bytes INTEGER NOT NULL CHECK (reserved_bytes >= 0),"
                            " used_bytes INTEGER NOT NULL CHECK (used_bytes >= 0))"),
             QStringLiteral("INSERT INTO quota (id, max_bytes, reserved_bytes, used_bytes)"
                            " VALUES (1, 21474836480, 0, 0)"),
             QStringLiteral("CREATE TABLE slot_data ("
                            " slot_id BLOB PRIMARY KEY CHECK (length(slot_id) = 32),"
                            " bytes INTEGER NOT NULL CHECK (bytes >= 0),"
                            " expiry INTEGER NOT NULL) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX slot_data_by_expiry ON slot_data (expiry)"),
             QStringLiteral(
                 "CREATE TABLE availabilities ("
                 " id BLOB PRIMARY KEY CHECK (length(id) = 32),"
                 " total_size INTEGER NOT NULL CHECK (total_size > 0),"
                 " free_size INTEGER NOT NULL CHECK (free_size >= 0 AND free_size <= total_size),"
                 " duration INTEGER NOT NULL CHECK (duration > 0),"
                 " min_price_per_byte_per_second BLOB NOT NULL CHECK "
                 "(length(min_price_per_byte_per_second) = 32),"
                 " total_collateral BLOB NOT NULL CHECK (length(total_collateral) = 32),"
                 " remaining_collateral BLOB NOT NULL CHECK (length(remaining_collateral) = 32),"
                 " lost_collateral BLOB NOT NULL CHECK (length(lost_collateral) = 32),"
                 " max_collateral_per_byte BLOB NOT NULL CHECK (length(max_collateral_per_byte) = "
                 "32),"
                 " enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),"
                 " until INTEGER NOT NULL CHECK (until >= 0)) WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE INDEX availabilities_match ON availabilities (enabled, free_size)"),
             QStringLiteral(
                 "CREATE TABLE reservations ("
                 " id BLOB PRIMARY KEY CHECK (length(id) = 32),"
                 " availability_id BLOB NOT NULL REFERENCES availabilities (id) ON DELETE RESTRICT,"
                 " request_id BLOB NOT NULL CHECK (length(request_id) = 32),"
                 " slot_index INTEGER NOT NULL CHECK (slot_index >= 0),"
                 " slot_size INTEGER NOT NULL CHECK (slot_size >= 0),"
                 " size INTEGER NOT NULL CHECK (size >= 0 AND size <= slot_size),"
                 " collateral BLOB NOT NULL CHECK (length(collateral) = 32),"
                 " valid_until INTEGER NOT NULL,"
                 " UNIQUE (request_id, slot_index)) WITHOUT ROWID"),
         }},
        {2,
         {
             // Every money movement of the host's sales: the source of earnings and of the
             // balance invariant. kind: 1 collateral deposited, 2 collateral returned,
             // 3 payout (reward), 4 collateral lost (slashed or forfeited).
             QStringLiteral("CREATE TABLE ledger ("
                            " id INTEGER PRIMARY KEY,"
                            " at INTEGER NOT NULL,"
                            " kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 4),"
                            " request_id BLOB NOT NULL CHECK (length(request_id) = 32),"
                            " slot_index INTEGER NOT NULL CHECK (slot_index >= 0),"
                            " amount BLOB NOT NULL CHECK (length(amount) = 32))"),
             QStringLiteral("CREATE INDEX ledger_by_slot ON ledger (request_id, slot_index)"),
         }},
        {3,
         {
             // A deposit announced before fillSlot and not yet in the ledger: what recovery
             // confirms when the process died between the fill and its ledger entry.
             QStringLiteral("CREATE TABLE expected_deposits ("
                            " request_id BLOB NOT NULL CHECK (length(request_id) = 32),"
                            " slot_index INTEGER NOT NULL CHECK (slot_index >= 0),"
                            " at INTEGER NOT NULL,"
                            " amount BLOB NOT NULL CHECK (length(amount) = 32),"
                            " PRIMARY KEY (request_id, slot_index)) WITHOUT ROWID"),
         }},
        {4,
         {
             // What the screens showed, kept across restarts (HistoryStore): bounded journals of
             // opaque records, one per channel ("events", "matching", "storage-use"), oldest
             // first by id.
             QStringLiteral("CREATE TABLE history ("
                            " id INTEGER PRIMARY KEY,"
                            " channel TEXT NOT NULL,"
                            " record BLOB NOT NULL)"),
             QStringLiteral("CREATE INDEX history_by_channel ON history (channel, id)"),
         }},
    };
    return migrations;
}

} // namespace salesdesk
