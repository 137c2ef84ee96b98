#pragma once

#include "core/chain/tx/TransactionRecord.h"
#include "core/domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

class Database;

// The rows of TransactionManager in the host database (chain_transactions and
// chain_transaction_attempts, schema 6, docs/data-files.md). Every write is one committed
// transaction of its own (a savepoint when the caller has one open): the manager acts on a change
// only after this returned, so a crash never leaves an action without its row.
class TransactionStore {
public:
    explicit TransactionStore(Database& database);

    // The intent stored under `key`, with its attempts; nullopt when none is.
    Result<std::optional<TransactionRecord>> find(const QString& key);
    // The intents of `account` on `chainId` that have not settled (Signed, Sent), by nonce.
    Result<QList<TransactionRecord>> unsettled(const Address& account, quint64 chainId);
    // The newest `limit` intents of `account` on `chainId` (settled or not), newest first.
    Result<QList<TransactionRecord>> recent(const Address& account, quint64 chainId, int limit);
    // The highest nonce an intent of the account holds (a Failed intent without a receipt never
    // used its nonce and does not count); nullopt when none does.
    Result<std::optional<quint64>> highestNonce(const Address& account, quint64 chainId);
    // The `count` lowest nonces from `from` on that no intent of the account holds (a Failed
    // intent without a receipt holds none), in order: the holes a refused send left are filled
    // before the nonces past the highest.
    Result<QList<quint64>> freeNonces(const Address& account, quint64 chainId, quint64 from,
                                      int count);

    // A new intent in state Signed with its first attempt; sets record.id. A key already stored
    // is a Conflict.
    Result<void> insert(TransactionRecord& record);
    // Another attempt (a fee bump) of a stored intent.
    Result<void> addAttempt(qint64 id, const TransactionAttempt& attempt, Timestamp now);
    // The node took attempt `index`: the intent is Sent, and the attempt's sent time is set if it
    // had none.
    Result<void> markSent(qint64 id, int index, Timestamp now);
    // The intent's final state with its receipt (Mined, Failed by a mined status 0), revert data
    // and error (Failed, Dropped).
    Result<void> settle(qint64 id, TransactionState state,
                        const std::optional<TransactionReceipt>& receipt,
                        const std::optional<QByteArray>& revertData, const QString& error,
                        Timestamp now);

private:
    Result<QList<TransactionRecord>> select(const QString& where, const QVariantList& values);
    // Every record's attempts, in order; a record without one is DatabaseCorrupt.
    Result<void> loadAttempts(QList<TransactionRecord>& records);
    Result<void> insertAttempt(qint64 id, const TransactionAttempt& attempt);

    Database& m_db;
};

} // namespace salesdesk
