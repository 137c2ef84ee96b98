#pragma once

#include "core/chain/tx/TransactionReceipt.h"
#include "core/chain/tx/TransactionState.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

// One signed version of an intent's transaction: the first, or a fee bump with the same nonce.
// Stored (chain_transaction_attempts) before it is broadcast.
struct TransactionAttempt {
    int index = 0; // 0 for the first, then 1, 2, … per bump
    Hash32 hash;
    QByteArray raw; // 0x02 || rlp(…): what eth_sendRawTransaction sends
    UInt256 maxFeePerGas;
    UInt256 maxPriorityFeePerGas;
    Timestamp createdAt = 0;
    std::optional<Timestamp> sentAt; // when the node first took it
};

// A stored intent (a row of chain_transactions and its attempts): what to send, with which
// nonce, where it stands and, once mined, its receipt.
struct TransactionRecord {
    qint64 id = 0;
    QString intentKey;
    Address account;
    quint64 chainId = 0;
    quint64 nonce = 0;
    QString label;
    std::optional<Address> to;
    QByteArray data;
    UInt256 value;
    quint64 gasLimit = 0;
    TransactionState state = TransactionState::Signed;
    QList<TransactionAttempt> attempts;        // by index, never empty
    std::optional<TransactionReceipt> receipt; // Mined, or Failed by a mined status 0
    std::optional<QByteArray> revertData;      // Failed: what the replay of a mined failure gave
    QString error;                             // Failed, Dropped: why, for people
    Timestamp createdAt = 0;
    Timestamp updatedAt = 0;

    const TransactionAttempt& latestAttempt() const { return attempts.last(); }
    // The attempt with this hash, or nullptr.
    const TransactionAttempt* attemptWithHash(const Hash32& hash) const {
        for (const TransactionAttempt& attempt : attempts)
            if (attempt.hash == hash)
                return &attempt;
        return nullptr;
    }
};

} // namespace salesdesk
