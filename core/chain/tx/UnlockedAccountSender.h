#pragma once

#include "core/chain/tx/ReceiptWaiter.h"
#include "core/chain/tx/TransactionSender.h"

#include <QObject>

namespace salesdesk {

class JsonRpcClient;

// Sends with eth_sendTransaction from an account whose key the node holds (anvil's funded test
// accounts): the node picks nonce and fees and signs. For local development chains only; a real
// chain gets transactions the wallet signed.
class UnlockedAccountSender final : public QObject, public TransactionSender {
    Q_OBJECT
public:
    UnlockedAccountSender(JsonRpcClient& rpc, Clock& clock, Address account,
                          QObject* parent = nullptr);

    Address account() const override { return m_account; }
    void submit(const OutgoingTransaction& transaction, const QObject* context,
                ReceiptCallback done) override;

    static constexpr qint64 kReceiptTimeoutSeconds = 60;

private:
    JsonRpcClient& m_rpc;
    ReceiptWaiter m_receipts;
    Address m_account;
};

} // namespace salesdesk
