#include "core/storage/Migration.h"

namespace salesdesk {

// Amounts (UInt256) are 32-byte big-endian BLOBs: SQLite compares BLOBs with memcmp, which for
// fixed-width big-endian numbers is numeric order, so they can be used in WHERE clauses. Sizes and
// times are INTEGER (the API refuses values above INT64_MAX). Reservations per availability and by
// id are served from ReservationStore's in-memory copy, so they need no index (every index is one
// more page written per change).
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
        {5,
         {
             // Event cursors of the chain client (EventCursorStore): per cursor, the last block
             // whose logs were handed over and committed, the hashes of a window of recent
             // blocks (to find the common ancestor after a reorg) and the logs delivered from
             // those blocks (handed back for undoing when a reorg removes them).
             QStringLiteral("CREATE TABLE chain_cursors ("
                            " name TEXT PRIMARY KEY,"
                            " block_number INTEGER NOT NULL CHECK (block_number >= 0),"
                            " block_hash BLOB NOT NULL CHECK (length(block_hash) = 32),"
                            " filter TEXT NOT NULL) WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE TABLE chain_cursor_blocks ("
                 " cursor TEXT NOT NULL REFERENCES chain_cursors (name) ON DELETE CASCADE,"
                 " block_number INTEGER NOT NULL CHECK (block_number >= 0),"
                 " block_hash BLOB NOT NULL CHECK (length(block_hash) = 32),"
                 " PRIMARY KEY (cursor, block_number)) WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE TABLE chain_cursor_logs ("
                 " cursor TEXT NOT NULL REFERENCES chain_cursors (name) ON DELETE CASCADE,"
                 " block_number INTEGER NOT NULL CHECK (block_number >= 0),"
                 " log_index INTEGER NOT NULL CHECK (log_index >= 0),"
                 " block_hash BLOB NOT NULL CHECK (length(block_hash) = 32),"
                 " transaction_hash BLOB NOT NULL CHECK (length(transaction_hash) = 32),"
                 " transaction_index INTEGER NOT NULL CHECK (transaction_index >= 0),"
                 " address BLOB NOT NULL CHECK (length(address) = 20),"
                 " topics BLOB NOT NULL CHECK (length(topics) % 32 = 0 AND length(topics) <= 128),"
                 " data BLOB NOT NULL,"
                 " PRIMARY KEY (cursor, block_number, log_index)) WITHOUT ROWID"),
         }},
        {6,
         {
             // The chain client's transactions (TransactionStore): one row per intent, named by
             // the caller's key (unique: a key sends at most one transaction), with the nonce and
             // what it calls, its state and, once mined, its receipt. Every signed attempt of the
             // intent (the first and each fee bump, all with the intent's nonce) is a row of
             // chain_transaction_attempts, written before it is broadcast. A failed intent without
             // a receipt was refused by the node: its nonce was never used, and a later intent
             // may sign the very same bytes (so an attempt's hash is not unique).
             QStringLiteral(
                 "CREATE TABLE chain_transactions ("
                 " id INTEGER PRIMARY KEY,"
                 " intent_key TEXT NOT NULL UNIQUE CHECK (length(intent_key) > 0),"
                 " account BLOB NOT NULL CHECK (length(account) = 20),"
                 " chain_id INTEGER NOT NULL CHECK (chain_id >= 0),"
                 " nonce INTEGER NOT NULL CHECK (nonce >= 0),"
                 " label TEXT NOT NULL,"
                 " to_address BLOB CHECK (to_address IS NULL OR length(to_address) = 20),"
                 " data BLOB NOT NULL,"
                 " value BLOB NOT NULL CHECK (length(value) = 32),"
                 " gas_limit INTEGER NOT NULL CHECK (gas_limit > 0),"
                 " state TEXT NOT NULL"
                 "  CHECK (state IN ('signed', 'sent', 'mined', 'failed', 'dropped')),"
                 " mined_hash BLOB CHECK (mined_hash IS NULL OR length(mined_hash) = 32),"
                 " block_number INTEGER CHECK (block_number IS NULL OR block_number >= 0),"
                 " block_hash BLOB CHECK (block_hash IS NULL OR length(block_hash) = 32),"
                 " receipt_status INTEGER CHECK (receipt_status IS NULL OR receipt_status IN (0, "
                 "1)),"
                 " gas_used INTEGER CHECK (gas_used IS NULL OR gas_used >= 0),"
                 " effective_gas_price BLOB"
                 "  CHECK (effective_gas_price IS NULL OR length(effective_gas_price) = 32),"
                 " contract_address BLOB"
                 "  CHECK (contract_address IS NULL OR length(contract_address) = 20),"
                 " revert_data BLOB,"
                 " error TEXT NOT NULL DEFAULT '',"
                 " created_at INTEGER NOT NULL,"
                 " updated_at INTEGER NOT NULL,"
                 " CHECK ((mined_hash IS NULL) = (block_number IS NULL)"
                 "  AND (mined_hash IS NULL) = (block_hash IS NULL)"
                 "  AND (mined_hash IS NULL) = (receipt_status IS NULL)),"
                 " CHECK (state <> 'mined' OR receipt_status IS 1),"
                 " CHECK (state IN ('mined', 'failed') OR mined_hash IS NULL))"),
             QStringLiteral("CREATE INDEX chain_transactions_by_nonce"
                            " ON chain_transactions (account, chain_id, nonce)"),
             QStringLiteral("CREATE TABLE chain_transaction_attempts ("
                            " transaction_id INTEGER NOT NULL"
                            "  REFERENCES chain_transactions (id) ON DELETE CASCADE,"
                            " attempt INTEGER NOT NULL CHECK (attempt >= 0),"
                            " hash BLOB NOT NULL CHECK (length(hash) = 32),"
                            " raw BLOB NOT NULL CHECK (length(raw) > 0),"
                            " max_fee_per_gas BLOB NOT NULL CHECK (length(max_fee_per_gas) = 32),"
                            " max_priority_fee_per_gas BLOB NOT NULL"
                            "  CHECK (length(max_priority_fee_per_gas) = 32),"
                            " created_at INTEGER NOT NULL,"
                            " sent_at INTEGER,"
                            " PRIMARY KEY (transaction_id, attempt)) WITHOUT ROWID"),
         }},
        {7,
         {
             // Slot data that is counted but not written: a host that does not store data (the
             // demo) proves from the simulated client's generator, so such a slot has no file.
             QStringLiteral("ALTER TABLE slot_data ADD COLUMN generated INTEGER NOT NULL"
                            " DEFAULT 0 CHECK (generated IN (0, 1))"),
         }},
        {8,
         {
             // The network whose books a chain side's database keeps (ChainHostSide): one row,
             // written when the database is first opened on a chain, so that a data directory
             // is never opened on another chain or marketplace.
             QStringLiteral("CREATE TABLE chain_network ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " chain_id INTEGER NOT NULL CHECK (chain_id >= 0),"
                            " marketplace BLOB NOT NULL CHECK (length(marketplace) = 20))"),
         }},
        {9,
         {
             // The reservation rounds of slots (ChainMarketEvents): per market event cursor and
             // slot, how many SlotFreed events (forced frees) the cursor delivered, counted in
             // the transaction that commits the cursor, undone with a reorg's retraction.
             QStringLiteral("CREATE TABLE chain_slot_rounds ("
                            " cursor TEXT NOT NULL,"
                            " slot_id BLOB NOT NULL CHECK (length(slot_id) = 32),"
                            " frees INTEGER NOT NULL CHECK (frees >= 0),"
                            " PRIMARY KEY (cursor, slot_id)) WITHOUT ROWID"),
             // A cursor that had delivered logs before the counting began counts from the block
             // after the one it stood at; the frees before are read from the chain once.
             QStringLiteral("CREATE TABLE chain_slot_rounds_from ("
                            " cursor TEXT PRIMARY KEY,"
                            " block_number INTEGER NOT NULL CHECK (block_number >= 0))"
                            " WITHOUT ROWID"),
             QStringLiteral("INSERT INTO chain_slot_rounds_from (cursor, block_number)"
                            " SELECT name, block_number + 1 FROM chain_cursors"),
         }},
        {10,
         {
             // The token's Transfer logs from or to the host's account as a chain side follows
             // them (TokenTransferFollower): one row per log, keyed by its block's hash and its
             // index in the block, so a log read twice is stored once and a reorg deletes
             // exactly the logs of the blocks it replaced.
             QStringLiteral("CREATE TABLE chain_token_transfers ("
                            " block_hash BLOB NOT NULL CHECK (length(block_hash) = 32),"
                            " log_index INTEGER NOT NULL CHECK (log_index >= 0),"
                            " block_number INTEGER NOT NULL CHECK (block_number >= 0),"
                            " token BLOB NOT NULL CHECK (length(token) = 20),"
                            " from_address BLOB NOT NULL CHECK (length(from_address) = 20),"
                            " to_address BLOB NOT NULL CHECK (length(to_address) = 20),"
                            " amount BLOB NOT NULL CHECK (length(amount) = 32),"
                            " PRIMARY KEY (block_hash, log_index)) WITHOUT ROWID"),
         }},
        {11,
         {
             // The quota row no longer holds the reserved total, which changed with every batch
             // of slot data written for a reservation: it holds the bytes promised through
             // Repo::reserve (the availabilities' total sizes), and the reserved total is these
             // less the bytes written for the reservations that still hold them
             // (Σ slot_size - size), which the reservations' rows record. A reservation's release
             // then writes only its own row. The promise is the reserved total of before plus
             // those written bytes.
             QStringLiteral("UPDATE quota SET reserved_bytes = reserved_bytes"
                            " + (SELECT coalesce(sum(slot_size - size), 0) FROM reservations)"),
             QStringLiteral("ALTER TABLE quota RENAME COLUMN reserved_bytes TO promised_bytes"),
         }},
        {12,
         {
             // The wallet's newest transactions (TransactionStore::recent) come from an index
             // in id order, not from sorting every row of the account on each read.
             QStringLiteral("CREATE INDEX chain_transactions_recent"
                            " ON chain_transactions (account, chain_id, id)"),
         }},
        {13,
         {
             // The retrieval channels the host is paid on (VoucherBook): what the chain said of
             // each when last read, and the best voucher accepted, written in the transaction
             // that accepts it. Amounts are 32-byte big-endian: byte order is numeric order.
             QStringLiteral("CREATE TABLE retrieval_channels ("
                            " chain_id INTEGER NOT NULL CHECK (chain_id > 0),"
                            " contract BLOB NOT NULL CHECK (length(contract) = 20),"
                            " channel_id BLOB NOT NULL CHECK (length(channel_id) = 32),"
                            " payer BLOB NOT NULL CHECK (length(payer) = 20),"
                            " payee BLOB NOT NULL CHECK (length(payee) = 20),"
                            " deposit BLOB NOT NULL CHECK (length(deposit) = 32),"
                            " claimed BLOB NOT NULL CHECK (length(claimed) = 32),"
                            " closes_at INTEGER NOT NULL CHECK (closes_at >= 0),"
                            " finalized INTEGER NOT NULL CHECK (finalized IN (0, 1)),"
                            " best_amount BLOB NOT NULL CHECK (length(best_amount) = 32),"
                            " best_signature BLOB CHECK (best_signature IS NULL"
                            " OR length(best_signature) = 65),"
                            " accepted_at INTEGER,"
                            " PRIMARY KEY (chain_id, contract, channel_id)) WITHOUT ROWID"),
         }},
        {14,
         {
             // The paid retrievals the host serves (RetrievalBook): each named by 16 random
             // bytes, paid on a channel of retrieval_channels, with its terms as they were when it
             // started, how far it went out and what the vouchers presented for it paid.
             QStringLiteral("CREATE TABLE retrievals ("
                            " token BLOB PRIMARY KEY CHECK (length(token) = 16),"
                            " chain_id INTEGER NOT NULL CHECK (chain_id > 0),"
                            " contract BLOB NOT NULL CHECK (length(contract) = 20),"
                            " channel_id BLOB NOT NULL CHECK (length(channel_id) = 32),"
                            " slot_id BLOB NOT NULL CHECK (length(slot_id) = 32),"
                            " size INTEGER NOT NULL CHECK (size >= 0),"
                            " price_per_byte BLOB NOT NULL CHECK (length(price_per_byte) = 32),"
                            " payment_interval INTEGER NOT NULL CHECK (payment_interval > 0),"
                            " interval_increase INTEGER NOT NULL CHECK (interval_increase >= 0),"
                            " bytes_sent INTEGER NOT NULL CHECK (bytes_sent BETWEEN 0 AND size),"
                            " paid BLOB NOT NULL CHECK (length(paid) = 32),"
                            " state TEXT NOT NULL CHECK (state IN ('new', 'ongoing',"
                            " 'funds-needed', 'completed', 'cancelled')),"
                            " created_at INTEGER NOT NULL,"
                            " updated_at INTEGER NOT NULL) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX retrievals_by_channel"
                            " ON retrievals (chain_id, contract, channel_id, state)"),
             QStringLiteral("CREATE INDEX retrievals_by_age ON retrievals (created_at)"),
         }},
        {15,
         {
             // The direct deals the host took (DealBook): each named by its proposal's EIP-712
             // digest, with the proposal as the client signed it (its JSON) and the signature,
             // where it stands and what the chain says it earned. size repeats the proposal's, so
             // that the bytes received can be checked against it.
             QStringLiteral("CREATE TABLE deals ("
                            " id BLOB PRIMARY KEY CHECK (length(id) = 32),"
                            " chain_id INTEGER NOT NULL CHECK (chain_id > 0),"
                            " contract BLOB NOT NULL CHECK (length(contract) = 20),"
                            " client BLOB NOT NULL CHECK (length(client) = 20),"
                            " provider BLOB NOT NULL CHECK (length(provider) = 20),"
                            " proposal TEXT NOT NULL,"
                            " signature BLOB NOT NULL CHECK (length(signature) = 65),"
                            " reservation_id BLOB CHECK (reservation_id IS NULL"
                            " OR length(reservation_id) = 32),"
                            " state TEXT NOT NULL CHECK (state IN ('awaiting-data', 'transferring',"
                            " 'verifying', 'publishing', 'awaiting-activation', 'active',"
                            " 'expired', 'slashed', 'failed')),"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " size INTEGER NOT NULL,"
                            " bytes_received INTEGER NOT NULL"
                            " CHECK (bytes_received BETWEEN 0 AND size),"
                            " proofs_submitted INTEGER NOT NULL DEFAULT 0,"
                            " missed_proofs INTEGER NOT NULL DEFAULT 0,"
                            " paid BLOB NOT NULL CHECK (length(paid) = 32),"
                            " collateral_left BLOB NOT NULL CHECK (length(collateral_left) = 32),"
                            " created_at INTEGER NOT NULL,"
                            " updated_at INTEGER NOT NULL) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX deals_by_client ON deals (client, state)"),
             QStringLiteral("CREATE INDEX deals_by_age ON deals (created_at)"),
             // The Codex market and the direct deals sell from the same availabilities: a
             // reservation says which of them it holds bytes for. Every reservation made before
             // deals existed is a Codex slot's.
             QStringLiteral("ALTER TABLE reservations ADD COLUMN market TEXT NOT NULL"
                            " DEFAULT 'codex' CHECK (market IN ('codex', 'deal'))"),
         }},
        {16,
         {
             // When the markets beside the open one paid (the Earnings screen's chart). Each row
             // is a total the chain reported, with the time the desk first heard of it: per
             // direct deal what it had paid the provider so far (DealBook::recordProgress), per
             // retrieval channel what had been claimed on it so far (VoucherBook::track). A
             // payment is the step from one row of a deal or channel to the next (amounts are
             // 32-byte big-endian: byte order is numeric order). A total that went back (a reorg)
             // deletes the rows above it, so the steps always sum to the deal's paid or the
             // channel's claimed. Totals from before this schema are dated at the deal's last
             // change and at the channel's newest voucher (0, unknown, when it has none).
             QStringLiteral("CREATE TABLE deal_payments ("
                            " deal_id BLOB NOT NULL REFERENCES deals (id) ON DELETE CASCADE,"
                            " paid BLOB NOT NULL CHECK (length(paid) = 32),"
                            " at INTEGER NOT NULL,"
                            " PRIMARY KEY (deal_id, paid)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX deal_payments_by_time ON deal_payments (at)"),
             QStringLiteral("INSERT INTO deal_payments (deal_id, paid, at)"
                            " SELECT id, paid, updated_at FROM deals WHERE paid <> zeroblob(32)"),
             QStringLiteral("CREATE TABLE retrieval_claims ("
                            " chain_id INTEGER NOT NULL,"
                            " contract BLOB NOT NULL,"
                            " channel_id BLOB NOT NULL,"
                            " claimed BLOB NOT NULL CHECK (length(claimed) = 32),"
                            " at INTEGER NOT NULL,"
                            " PRIMARY KEY (chain_id, contract, channel_id, claimed),"
                            " FOREIGN KEY (chain_id, contract, channel_id)"
                            " REFERENCES retrieval_channels (chain_id, contract, channel_id)"
                            " ON DELETE CASCADE) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX retrieval_claims_by_time ON retrieval_claims (at)"),
             QStringLiteral("INSERT INTO retrieval_claims (chain_id, contract, channel_id,"
                            " claimed, at) SELECT chain_id, contract, channel_id, claimed,"
                            " coalesce(accepted_at, 0) FROM retrieval_channels"
                            " WHERE claimed <> zeroblob(32)"),
         }},
        {17,
         {
             // When a direct deal lost collateral (the Earnings screen's losses beside the slot
             // sales'). Each row is what the chain said was left of the provider's collateral on
             // a deal, with the time the desk first heard of it (DealBook::recordProgress): a
             // loss is the step down from the deal's collateral (its proposal) or the row before
             // (a missed proof's slash, or all of it when the deal was slashed or failed
             // activation). Amounts are 32-byte big-endian, so byte order is numeric order and
             // rows of a deal, largest first, are in time order. A total that went up again (a
             // reorg) deletes the rows below it. Deals from before this schema that the chain had
             // already reported on (active, expired, slashed) get their last reported amount,
             // dated at their last change.
             QStringLiteral("CREATE TABLE deal_collateral ("
                            " deal_id BLOB NOT NULL REFERENCES deals (id) ON DELETE CASCADE,"
                            " collateral_left BLOB NOT NULL"
                            " CHECK (length(collateral_left) = 32),"
                            " at INTEGER NOT NULL,"
                            " PRIMARY KEY (deal_id, collateral_left)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX deal_collateral_by_time ON deal_collateral (at)"),
             QStringLiteral("INSERT INTO deal_collateral (deal_id, collateral_left, at)"
                            " SELECT id, collateral_left, updated_at FROM deals"
                            " WHERE state IN ('active', 'expired', 'slashed')"),
         }},
        {18,
         {
             // A reservation's row is keyed by its slot (request_id, slot_index), the rule that
             // matters (one reservation per slot), and no longer also by its id: every index is
             // one more page written with each row, and the reservation's id is only ever looked
             // up in ReservationStore's in-memory copy, which also keeps the ids unique. The
             // columns keep their order.
             QStringLiteral("CREATE TABLE reservations_by_slot ("
                            " id BLOB NOT NULL CHECK (length(id) = 32),"
                            " availability_id BLOB NOT NULL"
                            " REFERENCES availabilities (id) ON DELETE RESTRICT,"
                            " request_id BLOB NOT NULL CHECK (length(request_id) = 32),"
                            " slot_index INTEGER NOT NULL CHECK (slot_index >= 0),"
                            " slot_size INTEGER NOT NULL CHECK (slot_size >= 0),"
                            " size INTEGER NOT NULL CHECK (size >= 0 AND size <= slot_size),"
                            " collateral BLOB NOT NULL CHECK (length(collateral) = 32),"
                            " valid_until INTEGER NOT NULL,"
                            " market TEXT NOT NULL DEFAULT 'codex'"
                            " CHECK (market IN ('codex', 'deal')),"
                            " PRIMARY KEY (request_id, slot_index)) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO reservations_by_slot SELECT id, availability_id,"
                            " request_id, slot_index, slot_size, size, collateral, valid_until,"
                            " market FROM reservations"),
             QStringLiteral("DROP TABLE reservations"),
             QStringLiteral("ALTER TABLE reservations_by_slot RENAME TO reservations"),
         }},
        {19,
         {
             // The best fit for a slot is found in ReservationStore's in-memory order of the
             // enabled availabilities by (free_size, id): the index that served the query cost
             // every reservation made, returned or deleted one more page of write-ahead log. The
             // max_collateral_per_byte column it was read with stays, written with each row.
             QStringLiteral("DROP INDEX availabilities_match"),
         }},
    };
    return migrations;
}

} // namespace salesdesk
