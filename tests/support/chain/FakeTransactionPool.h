#pragma once

#include "core/chain/crypto/Eip1559Transaction.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"
#include "tests/support/chain/FakeChainNode.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace salesdesk::test {

// Transactions on a FakeChainNode, for the unit tests of the transaction manager: a pool that
// takes signed type-2 transactions (eth_sendRawTransaction, decoded and checked like a node:
// chain id, "already known", "nonce too low", "replacement transaction underpriced" below +10 %),
// mines them into the node's blocks (by hand, or one block per transaction), and answers
// eth_chainId, eth_getTransactionCount (latest and pending), eth_estimateGas, eth_feeHistory,
// eth_maxPriorityFeePerGas, eth_call and eth_getTransactionReceipt.
//
// A transaction is mined when the block it is in is still on the node's chain: after
// FakeChainNode::reorg its receipt is gone (or, with stale receipts on, still answered with the
// old block, as a lagging node behind a load balancer may), and it is not in the pool any more:
// the sender must send it again.
class FakeTransactionPool final : public QObject {
    Q_OBJECT
public:
    struct Mined {
        Address sender;
        quint64 nonce = 0;
        Hash32 hash;
        std::optional<SignedTransaction> transaction; // unset: another sender's (not ours)
        quint64 block = 0;
        Hash32 blockHash;
        bool succeeded = true;
    };

    explicit FakeTransactionPool(FakeChainNode& node, quint64 chainId = 31337,
                                 QObject* parent = nullptr);

    quint64 chainId() const { return m_chainId; }
    void setAutoMine(bool on) { m_autoMine = on; }
    void setBaseFee(const UInt256& wei) { m_baseFee = wei; }
    const UInt256& baseFee() const { return m_baseFee; }
    void setSuggestedTip(const UInt256& wei) { m_tip = wei; }
    void setGasEstimate(quint64 gas) { m_gasEstimate = gas; }
    // eth_estimateGas reverts with this data ("execution reverted", code 3), or not at all.
    void setEstimateRevert(std::optional<QByteArray> revertData) { m_estimateRevert = revertData; }
    // eth_call (the replay of a failure) reverts with this data, or answers "0x".
    void setCallRevert(std::optional<QByteArray> revertData) { m_callRevert = revertData; }
    // Transactions with this call data are mined with status 0.
    void setFailingCallData(std::optional<QByteArray> data) { m_failingData = data; }
    // Failing transactions use all the gas their limit allows (they ran out of gas), not 21,000.
    void setFailuresRunOutOfGas(bool on) { m_failuresRunOutOfGas = on; }
    void setStaleReceipts(bool on) { m_staleReceipts = on; }
    // eth_sendRawTransaction refuses everything with this message (code -32000), or nothing.
    void setRefusal(std::optional<QString> message) { m_refusal = message; }
    // Called with every decodable transaction sent, before the pool looks at it.
    void setOnReceive(std::function<void(const SignedTransaction&)> hook) {
        m_onReceive = std::move(hook);
    }

    // Mines into one new block every pending transaction that can go (each sender's in nonce
    // order from its mined nonce, with a fee cap not below the base fee); how many.
    int mineBlock();
    // The node lost its pool (a restart): pending transactions are gone, mined ones stay.
    void forgetPending() { m_pool.clear(); }
    // Another transaction of `sender`, not in the pool, is mined with the sender's next nonce;
    // a pending one of ours with that nonce leaves the pool.
    void takeNonceElsewhere(const Address& sender);

    quint64 minedNonce(const Address& sender) const;
    quint64 pendingNonce(const Address& sender) const;
    QList<SignedTransaction> received() const { return m_received; } // taken, in order
    QList<SignedTransaction> pending() const { return m_pool; }
    std::optional<Mined> mined(const Hash32& hash) const; // on the chain now
    QList<Mined> minedOnChain() const;

private:
    QJsonObject sendRaw(const QJsonArray& params);
    QJsonObject receipt(const QJsonArray& params) const;
    bool onChain(const Mined& entry) const;
    QJsonObject receiptJson(const Mined& entry) const;

    FakeChainNode& m_node;
    quint64 m_chainId;
    bool m_autoMine = false;
    UInt256 m_baseFee = UInt256(1'000'000'000ULL);
    UInt256 m_tip = UInt256(1'000'000'000ULL);
    quint64 m_gasEstimate = 21'000;
    std::optional<QByteArray> m_estimateRevert;
    std::optional<QByteArray> m_callRevert;
    std::optional<QByteArray> m_failingData;
    bool m_failuresRunOutOfGas = false;
    bool m_staleReceipts = false;
    std::optional<QString> m_refusal;
    std::function<void(const SignedTransaction&)> m_onReceive;
    QList<SignedTransaction> m_pool;
    QList<SignedTransaction> m_received;
    QList<Mined> m_mined; // also those whose block left the chain
    quint64 m_foreign = 0;
};

} // namespace salesdesk::test
