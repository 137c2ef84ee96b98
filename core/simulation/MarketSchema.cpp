#include "core/simulation/MarketSchema.h"

namespace salesdesk {

const std::vector<Migration>& marketSchemaMigrations() {
    static const std::vector<Migration> list = {
        {1,
         {
             QStringLiteral("CREATE TABLE market_meta (key TEXT PRIMARY KEY, value NOT NULL)"
                            " WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE TABLE market_requests ("
                 " id BLOB PRIMARY KEY CHECK (length(id) = 32),"
                 " seq INTEGER NOT NULL UNIQUE,"
                 " client BLOB NOT NULL CHECK (length(client) = 20),"
                 " proof_probability BLOB NOT NULL CHECK (length(proof_probability) = 32),"
                 " price_per_byte_per_second BLOB NOT NULL"
                 "  CHECK (length(price_per_byte_per_second) = 32),"
                 " collateral_per_byte BLOB NOT NULL CHECK (length(collateral_per_byte) = 32),"
                 " slots INTEGER NOT NULL, slot_size INTEGER NOT NULL, duration INTEGER NOT NULL,"
                 " max_slot_loss INTEGER NOT NULL,"
                 " cid BLOB NOT NULL, merkle_root BLOB NOT NULL CHECK (length(merkle_root) = 32),"
                 " expiry INTEGER NOT NULL, nonce BLOB NOT NULL CHECK (length(nonce) = 32),"
                 " state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 4),"
                 " funds_to_return BLOB NOT NULL CHECK (length(funds_to_return) = 32),"
                 " slots_filled INTEGER NOT NULL, started_at INTEGER NOT NULL,"
                 " ends_at INTEGER NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE TABLE market_slots ("
                 " id BLOB PRIMARY KEY CHECK (length(id) = 32),"
                 " request_id BLOB NOT NULL REFERENCES market_requests (id),"
                 " slot_index INTEGER NOT NULL,"
                 " state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 6),"
                 " host BLOB NOT NULL CHECK (length(host) = 20),"
                 " filled_at INTEGER NOT NULL,"
                 " current_collateral BLOB NOT NULL CHECK (length(current_collateral) = 32),"
                 " missed_proofs INTEGER NOT NULL, start_period INTEGER NOT NULL,"
                 " listed INTEGER NOT NULL CHECK (listed IN (0, 1))) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE market_slot_periods ("
                            " slot_id BLOB NOT NULL REFERENCES market_slots (id),"
                            " kind INTEGER NOT NULL CHECK (kind IN (0, 1)),"
                            " period INTEGER NOT NULL,"
                            " PRIMARY KEY (slot_id, kind, period)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE market_reservations ("
                            " slot_id BLOB NOT NULL CHECK (length(slot_id) = 32),"
                            " position INTEGER NOT NULL,"
                            " address BLOB NOT NULL CHECK (length(address) = 20),"
                            " PRIMARY KEY (slot_id, position)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE market_balances ("
                            " address BLOB PRIMARY KEY CHECK (length(address) = 20),"
                            " amount BLOB NOT NULL CHECK (length(amount) = 32)) WITHOUT ROWID"),
         }},
        // A slot's recent proven periods move into its row ("12,13"): an accepted proof is then
        // one UPDATE instead of a delete and an insert per period.
        {2,
         {
             QStringLiteral("ALTER TABLE market_slots ADD COLUMN proven_periods TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("UPDATE market_slots SET proven_periods = coalesce((SELECT"
                            " group_concat(period, ',') FROM (SELECT period FROM"
                            " market_slot_periods p WHERE p.slot_id = market_slots.id AND"
                            " p.kind = 0 ORDER BY period)), '')"),
             QStringLiteral("DELETE FROM market_slot_periods WHERE kind = 0"),
         }},
        // What each host deposited into a slot and was paid from it (hostSettlement): what a
        // restarted host reconciles its ledger with. Older files start without: their slots'
        // past deposits cannot be told apart from slashes, so nothing is made up for them.
        {3,
         {
             QStringLiteral("CREATE TABLE market_settlements ("
                            " slot_id BLOB NOT NULL REFERENCES market_slots (id),"
                            " host BLOB NOT NULL CHECK (length(host) = 20),"
                            " deposited BLOB NOT NULL CHECK (length(deposited) = 32),"
                            " reward BLOB NOT NULL CHECK (length(reward) = 32),"
                            " returned BLOB NOT NULL CHECK (length(returned) = 32),"
                            " PRIMARY KEY (slot_id, host)) WITHOUT ROWID"),
         }},
    };
    return list;
}

} // namespace salesdesk
