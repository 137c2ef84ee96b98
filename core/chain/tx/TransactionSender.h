#pragma once

#include "core/chain/tx/OutgoingTransaction.h"
#include "core/chain/tx/TransactionReceipt.h"
#include "core/domain/Result.h"

#include <QObject>

#include <functional>

namespace salesdesk {

// Sends transactions from one account and answers with their receipts. Implementations: an
// account the node itself holds the key of (UnlockedAccountSender, for local development chains)
// and the wallet's signed transactions.
class TransactionSender {
public:
    using ReceiptCallback = std::function<void(const Result<TransactionReceipt>&)>;

    virtual ~TransactionSender() = default;

    virtual Address account() const = 0;
    // Sends `transaction` and answers once it is mined: with its receipt (which may say it
    // failed), or with an error when it could not be sent or no receipt came in time. Nothing is
    // answered once `context` is destroyed.
    virtual void submit(const OutgoingTransaction& transaction, const QObject* context,
                        ReceiptCallback done) = 0;
};

} // namespace salesdesk
