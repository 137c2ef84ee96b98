#include "core/chain/tx/TransactionStore.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QHash>
#include <QVariant>

namespace salesdesk {

namespace {

qint64 asInteger(quint64 value) {
    return static_cast<qint64>(value);
}

QVariant nullable(const std::optional<QByteArray>& bytes) {
    return bytes ? QVariant(bytes->isNull() ? QByteArray("") : *bytes)
                 : QVariant(QMetaType(QMetaType::QByteArray));
}

// A null QString binds as SQL NULL; these columns are NOT NULL text.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullInteger() {
    return QVariant(QMetaType(QMetaType::LongLong));
}

const QString kColumns = QStringLiteral(
    "id, intent_key, account, chain_id, nonce, label, to_address, data, value, gas_limit, state,"
    " mined_hash, block_number, block_hash, receipt_status, gas_used, effective_gas_price,"
    " contract_address, revert_data, error, created_at, updated_at");

Result<TransactionRecord> recordFrom(const Statement& row) {
    TransactionRecord record;
    record.id = row.value(0).toLongLong();
    record.intentKey = row.value(1).toString();
    record.account = Address::fromBytes(row.value(2).toByteArray());
    record.chainId = row.value(3).toULongLong();
    record.nonce = row.value(4).toULongLong();
    record.label = row.value(5).toString();
    if (!row.value(6).isNull())
        record.to = Address::fromBytes(row.value(6).toByteArray());
    record.data = row.value(7).toByteArray();
    SD_TRY_ASSIGN(record.value, uint256::fromBigEndian(row.value(8).toByteArray()));
    record.gasLimit = row.value(9).toULongLong();
    SD_TRY_ASSIGN(record.state, transaction_state::fromText(row.value(10).toString()));
    if (!row.value(11).isNull()) {
        TransactionReceipt receipt;
        receipt.transactionHash = Hash32::fromBytes(row.value(11).toByteArray());
        receipt.blockNumber = row.value(12).toULongLong();
        receipt.blockHash = Hash32::fromBytes(row.value(13).toByteArray());
        receipt.succeeded = row.value(14).toInt() == 1;
        receipt.gasUsed = row.value(15).toULongLong();
        if (!row.value(16).isNull())
            SD_TRY_ASSIGN(receipt.effectiveGasPrice,
                          uint256::fromBigEndian(row.value(16).toByteArray()));
        if (!row.value(17).isNull())
            receipt.contractAddress = Address::fromBytes(row.value(17).toByteArray());
        record.receipt = receipt;
    }
    if (!row.value(18).isNull())
        record.revertData = row.value(18).toByteArray();
    record.error = row.value(19).toString();
    record.createdAt = row.value(20).toLongLong();
    record.updatedAt = row.value(21).toLongLong();
    return record;
}

} // namespace

TransactionStore::TransactionStore(Database& database)
    : m_db(database) {}

Result<QList<TransactionRecord>> TransactionStore::select(const QString& where,
                                                          const QVariantList& values) {
    Statement& query = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                      QStringLiteral(" FROM chain_transactions WHERE ") + where);
    for (int i = 0; i < values.size(); ++i)
        query.bind(i, values.at(i));
    SD_TRY(query.exec());
    QList<TransactionRecord> records;
    while (query.next()) {
        auto record = recordFrom(query);
        if (!record.ok()) {
            query.finish();
            return record.error();
        }
        records.append(std::move(*record));
    }
    query.finish();
    SD_TRY(loadAttempts(records));
    return records;
}

namespace {

const QString kAttemptColumns =
    QStringLiteral("transaction_id, attempt, hash, raw, max_fee_per_gas, max_priority_fee_per_gas,"
                   " created_at, sent_at");

Result<TransactionAttempt> attemptFrom(const Statement& row, const TransactionRecord& record) {
    TransactionAttempt attempt;
    attempt.index = row.value(1).toInt();
    attempt.hash = Hash32::fromBytes(row.value(2).toByteArray());
    attempt.raw = row.value(3).toByteArray();
    auto maxFee = uint256::fromBigEndian(row.value(4).toByteArray());
    auto tip = uint256::fromBigEndian(row.value(5).toByteArray());
    if (!maxFee.ok() || !tip.ok())
        return makeError(ErrorCode::DatabaseCorrupt,
                         QStringLiteral("transaction \"%1\": attempt %2 has malformed fees")
                             .arg(record.intentKey)
                             .arg(attempt.index));
    attempt.maxFeePerGas = *maxFee;
    attempt.maxPriorityFeePerGas = *tip;
    attempt.createdAt = row.value(6).toLongLong();
    if (!row.value(7).isNull())
        attempt.sentAt = row.value(7).toLongLong();
    return attempt;
}

} // namespace

Result<void> TransactionStore::loadAttempts(QList<TransactionRecord>& records) {
    if (records.isEmpty())
        return {};
    qint64 lowest = records.first().id;
    qint64 highest = lowest;
    QHash<qint64, TransactionRecord*> byId;
    byId.reserve(records.size());
    for (TransactionRecord& record : records) {
        lowest = qMin(lowest, record.id);
        highest = qMax(highest, record.id);
        byId.insert(record.id, &record);
    }
    // Records close together (the newest of an account, the unsettled ones) are read with one
    // range query; a few far apart each with its own, so a range never reads many others.
    const qint64 span = highest - lowest + 1;
    const bool oneRange = records.size() > 1 && span <= 2 * records.size() + 16;
    Statement& query = m_db.statement(
        QStringLiteral("SELECT ") + kAttemptColumns +
        (oneRange ? QStringLiteral(" FROM chain_transaction_attempts WHERE transaction_id"
                                   " BETWEEN ? AND ? ORDER BY transaction_id, attempt")
                  : QStringLiteral(" FROM chain_transaction_attempts WHERE transaction_id = ?"
                                   " ORDER BY attempt")));
    const auto readRows = [&]() -> Result<void> {
        while (query.next()) {
            TransactionRecord* record = byId.value(query.value(0).toLongLong());
            if (!record)
                continue; // another account's, inside the range
            auto attempt = attemptFrom(query, *record);
            if (!attempt.ok()) {
                query.finish();
                return attempt.error();
            }
            record->attempts.append(std::move(*attempt));
        }
        query.finish();
        return {};
    };
    if (oneRange) {
        SD_TRY(query.bind(0, lowest).bind(1, highest).exec());
        SD_TRY(readRows());
    } else {
        for (const TransactionRecord& record : records) {
            SD_TRY(query.bind(0, record.id).exec());
            SD_TRY(readRows());
        }
    }
    for (const TransactionRecord& record : records)
        if (record.attempts.isEmpty())
            return makeError(ErrorCode::DatabaseCorrupt,
                             QStringLiteral("transaction \"%1\" (nonce %2) has no signed attempt")
                                 .arg(record.intentKey)
                                 .arg(record.nonce));
    return {};
}

Result<std::optional<TransactionRecord>> TransactionStore::find(const QString& key) {
    QList<TransactionRecord> records;
    SD_TRY_ASSIGN(records, select(QStringLiteral("intent_key = ?"), {key}));
    if (records.isEmpty())
        return std::optional<TransactionRecord>();
    return std::optional<TransactionRecord>(std::move(records.first()));
}

Result<QList<TransactionRecord>> TransactionStore::unsettled(const Address& account,
                                                             quint64 chainId) {
    return select(QStringLiteral("account = ? AND chain_id = ? AND state IN ('signed', 'sent')"
                                 " ORDER BY nonce, id"),
                  {account.toByteArray(), asInteger(chainId)});
}

Result<QList<TransactionRecord>> TransactionStore::recent(const Address& account, quint64 chainId,
                                                          int limit) {
    return select(QStringLiteral("account = ? AND chain_id = ? ORDER BY id DESC LIMIT ?"),
                  {account.toByteArray(), asInteger(chainId), qMax(0, limit)});
}

Result<std::optional<quint64>> TransactionStore::highestNonce(const Address& account,
                                                              quint64 chainId) {
    Statement& query = m_db.statement(QStringLiteral(
        "SELECT max(nonce) FROM chain_transactions WHERE account = ? AND chain_id = ?"
        " AND NOT (state = 'failed' AND mined_hash IS NULL)"));
    SD_TRY(query.bind(0, account.toByteArray()).bind(1, asInteger(chainId)).exec());
    std::optional<quint64> highest;
    if (query.next() && !query.value(0).isNull())
        highest = query.value(0).toULongLong();
    query.finish();
    return highest;
}

Result<QList<quint64>> TransactionStore::freeNonces(const Address& account, quint64 chainId,
                                                    quint64 from, int count) {
    Statement& query = m_db.statement(QStringLiteral(
        "SELECT nonce FROM chain_transactions WHERE account = ? AND chain_id = ? AND nonce >= ?"
        " AND NOT (state = 'failed' AND mined_hash IS NULL) ORDER BY nonce"));
    SD_TRY(query.bind(0, account.toByteArray())
               .bind(1, asInteger(chainId))
               .bind(2, asInteger(from))
               .exec());
    QList<quint64> held;
    while (query.next())
        held.append(query.value(0).toULongLong());
    query.finish();
    QList<quint64> free;
    quint64 candidate = from;
    qsizetype next = 0;
    while (free.size() < count) {
        while (next < held.size() && held[next] < candidate)
            ++next;
        if (next < held.size() && held[next] == candidate) {
            ++candidate;
            continue;
        }
        free.append(candidate++);
    }
    return free;
}

Result<void> TransactionStore::insertAttempt(qint64 id, const TransactionAttempt& attempt) {
    Statement& row = m_db.statement(
        QStringLiteral("INSERT INTO chain_transaction_attempts (transaction_id, attempt, hash, raw,"
                       " max_fee_per_gas, max_priority_fee_per_gas, created_at, sent_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    return row.bind(0, id)
        .bind(1, attempt.index)
        .bind(2, attempt.hash.toByteArray())
        .bind(3, attempt.raw)
        .bind(4, uint256::toBigEndian32(attempt.maxFeePerGas))
        .bind(5, uint256::toBigEndian32(attempt.maxPriorityFeePerGas))
        .bind(6, attempt.createdAt)
        .bind(7, attempt.sentAt ? QVariant(*attempt.sentAt) : nullInteger())
        .exec();
}

Result<void> TransactionStore::insert(TransactionRecord& record) {
    if (record.attempts.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("transaction \"%1\" has no signed attempt to store")
                             .arg(record.intentKey));
    std::optional<TransactionRecord> existing;
    SD_TRY_ASSIGN(existing, find(record.intentKey));
    if (existing)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the intent \"%1\" is already stored (nonce %2)")
                             .arg(record.intentKey)
                             .arg(existing->nonce));
    SD_TRY_DECLARE(transaction, m_db.begin());
    Statement& row = m_db.statement(QStringLiteral(
        "INSERT INTO chain_transactions (intent_key, account, chain_id, nonce, label, to_address,"
        " data, value, gas_limit, state, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    SD_TRY(
        row.bind(0, record.intentKey)
            .bind(1, record.account.toByteArray())
            .bind(2, asInteger(record.chainId))
            .bind(3, asInteger(record.nonce))
            .bind(4, text(record.label))
            .bind(5, nullable(record.to ? std::optional(record.to->toByteArray()) : std::nullopt))
            .bind(6, record.data.isNull() ? QByteArray("") : record.data)
            .bind(7, uint256::toBigEndian32(record.value))
            .bind(8, asInteger(record.gasLimit))
            .bind(9, transaction_state::toText(record.state))
            .bind(10, record.createdAt)
            .bind(11, record.updatedAt)
            .exec());
    QVariant id;
    SD_TRY_ASSIGN(id, m_db.queryValue(QStringLiteral("SELECT last_insert_rowid()")));
    for (const TransactionAttempt& attempt : record.attempts)
        SD_TRY(insertAttempt(id.toLongLong(), attempt));
    SD_TRY(transaction.commit());
    record.id = id.toLongLong();
    return {};
}

Result<void> TransactionStore::addAttempt(qint64 id, const TransactionAttempt& attempt,
                                          Timestamp now) {
    SD_TRY_DECLARE(transaction, m_db.begin());
    SD_TRY(insertAttempt(id, attempt));
    Statement& touch =
        m_db.statement(QStringLiteral("UPDATE chain_transactions SET updated_at = ? WHERE id = ?"));
    SD_TRY(touch.bind(0, now).bind(1, id).execChangingOneRow());
    return transaction.commit();
}

Result<void> TransactionStore::markSent(qint64 id, int index, Timestamp now) {
    SD_TRY_DECLARE(transaction, m_db.begin());
    Statement& state =
        m_db.statement(QStringLiteral("UPDATE chain_transactions SET state = 'sent', updated_at = ?"
                                      " WHERE id = ? AND state IN ('signed', 'sent')"));
    SD_TRY(state.bind(0, now).bind(1, id).execChangingOneRow(
        [id] { return QStringLiteral("transaction %1 is not waiting to be sent").arg(id); }));
    Statement& attempt = m_db.statement(
        QStringLiteral("UPDATE chain_transaction_attempts SET sent_at = ?"
                       " WHERE transaction_id = ? AND attempt = ? AND sent_at IS NULL"));
    SD_TRY(attempt.bind(0, now).bind(1, id).bind(2, index).exec());
    return transaction.commit();
}

Result<void> TransactionStore::settle(qint64 id, TransactionState state,
                                      const std::optional<TransactionReceipt>& receipt,
                                      const std::optional<QByteArray>& revertData,
                                      const QString& error, Timestamp now) {
    if (!transaction_state::isFinal(state))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("transaction %1 cannot settle as %2")
                             .arg(id)
                             .arg(transaction_state::toText(state)));
    SD_TRY_DECLARE(transaction, m_db.begin());
    Statement& update = m_db.statement(
        QStringLiteral("UPDATE chain_transactions SET state = ?, mined_hash = ?, block_number = ?,"
                       " block_hash = ?, receipt_status = ?, gas_used = ?, effective_gas_price = ?,"
                       " contract_address = ?, revert_data = ?, error = ?, updated_at = ?"
                       " WHERE id = ? AND state IN ('signed', 'sent')"));
    const QVariant noBytes = nullable(std::nullopt);
    update.bind(0, transaction_state::toText(state));
    if (receipt) {
        update.bind(1, receipt->transactionHash.toByteArray())
            .bind(2, asInteger(receipt->blockNumber))
            .bind(3, receipt->blockHash.toByteArray())
            .bind(4, receipt->succeeded ? 1 : 0)
            .bind(5, asInteger(receipt->gasUsed))
            .bind(6, uint256::toBigEndian32(receipt->effectiveGasPrice))
            .bind(7, receipt->contractAddress ? QVariant(receipt->contractAddress->toByteArray())
                                              : noBytes);
    } else {
        update.bind(1, noBytes)
            .bind(2, nullInteger())
            .bind(3, noBytes)
            .bind(4, nullInteger())
            .bind(5, nullInteger())
            .bind(6, noBytes)
            .bind(7, noBytes);
    }
    SD_TRY(update.bind(8, nullable(revertData))
               .bind(9, text(error))
               .bind(10, now)
               .bind(11, id)
               .execChangingOneRow([id] {
                   return QStringLiteral("transaction %1 is not stored or has settled already")
                       .arg(id);
               }));
    return transaction.commit();
}

} // namespace salesdesk
