#include "tests/support/chain/FakeTransactionPool.h"

#include "core/chain/rpc/RpcHex.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace salesdesk::test {

namespace {

QJsonObject result(const QJsonValue& value) {
    return {{QStringLiteral("result"), value}};
}

QJsonObject error(int code, const QString& message, const QJsonValue& data = {}) {
    QJsonObject object{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!data.isUndefined())
        object.insert(QStringLiteral("data"), data);
    return {{QStringLiteral("error"), object}};
}

QJsonObject revert(const QByteArray& data) {
    return error(3, QStringLiteral("execution reverted"), rpc::toData(data));
}

// A replacement must raise both fees by at least 10 %, as geth's pool wants.
bool replaces(const Eip1559Transaction& fresh, const Eip1559Transaction& old) {
    return fresh.maxFeePerGas * 10 >= old.maxFeePerGas * 11 &&
           fresh.maxPriorityFeePerGas * 10 >= old.maxPriorityFeePerGas * 11;
}

} // namespace

FakeTransactionPool::FakeTransactionPool(FakeChainNode& node, quint64 chainId, QObject* parent)
    : QObject(parent)
    , m_node(node)
    , m_chainId(chainId) {
    m_node.setHandler(QStringLiteral("eth_chainId"),
                      [this](const QJsonArray&) { return result(rpc::toQuantity(m_chainId)); });
    m_node.setHandler(QStringLiteral("eth_getTransactionCount"), [this](const QJsonArray& params) {
        const auto sender = Address::fromHex(params.at(0).toString());
        if (!sender.ok())
            return error(-32602, QStringLiteral("invalid address"));
        const bool ofPending = params.at(1).toString() == QLatin1String("pending");
        return result(rpc::toQuantity(ofPending ? pendingNonce(*sender) : minedNonce(*sender)));
    });
    m_node.setHandler(QStringLiteral("eth_estimateGas"), [this](const QJsonArray&) {
        return m_estimateRevert ? revert(*m_estimateRevert)
                                : result(rpc::toQuantity(m_gasEstimate));
    });
    m_node.setHandler(QStringLiteral("eth_call"), [this](const QJsonArray&) {
        return m_callRevert ? revert(*m_callRevert) : result(QStringLiteral("0x"));
    });
    m_node.setHandler(QStringLiteral("eth_feeHistory"), [this](const QJsonArray&) {
        return result(QJsonObject{
            {QStringLiteral("oldestBlock"), rpc::toQuantity(m_node.head())},
            {QStringLiteral("baseFeePerGas"),
             QJsonArray{rpc::toQuantity(m_baseFee), rpc::toQuantity(m_baseFee)}},
            {QStringLiteral("gasUsedRatio"), QJsonArray{0.5}},
            {QStringLiteral("reward"), QJsonArray{QJsonArray{rpc::toQuantity(m_tip)}}}});
    });
    m_node.setHandler(QStringLiteral("eth_maxPriorityFeePerGas"),
                      [this](const QJsonArray&) { return result(rpc::toQuantity(m_tip)); });
    m_node.setHandler(QStringLiteral("eth_sendRawTransaction"),
                      [this](const QJsonArray& params) { return sendRaw(params); });
    m_node.setHandler(QStringLiteral("eth_getTransactionReceipt"),
                      [this](const QJsonArray& params) { return receipt(params); });
}

bool FakeTransactionPool::onChain(const Mined& entry) const {
    return entry.block <= m_node.head() && m_node.hashOf(entry.block) == entry.blockHash;
}

quint64 FakeTransactionPool::minedNonce(const Address& sender) const {
    quint64 next = 0;
    for (const Mined& entry : m_mined)
        if (entry.sender == sender && onChain(entry))
            next = std::max(next, entry.nonce + 1);
    return next;
}

quint64 FakeTransactionPool::pendingNonce(const Address& sender) const {
    quint64 next = minedNonce(sender);
    for (bool found = true; found;) {
        found = std::any_of(m_pool.cbegin(), m_pool.cend(), [&](const SignedTransaction& tx) {
            return tx.sender == sender && tx.transaction.nonce == next;
        });
        if (found)
            ++next;
    }
    return next;
}

std::optional<FakeTransactionPool::Mined> FakeTransactionPool::mined(const Hash32& hash) const {
    for (const Mined& entry : m_mined)
        if (entry.hash == hash && onChain(entry))
            return entry;
    return std::nullopt;
}

QList<FakeTransactionPool::Mined> FakeTransactionPool::minedOnChain() const {
    QList<Mined> all;
    for (const Mined& entry : m_mined)
        if (onChain(entry))
            all.append(entry);
    return all;
}

QJsonObject FakeTransactionPool::sendRaw(const QJsonArray& params) {
    const auto raw = rpc::parseJsonData(params.at(0));
    if (!raw.ok())
        return error(-32602, QStringLiteral("invalid raw transaction: ") + raw.message());
    const auto decoded = Eip1559Transaction::decodeSigned(*raw);
    if (!decoded.ok())
        return error(-32000, QStringLiteral("invalid transaction: ") + decoded.message());
    const SignedTransaction& tx = *decoded;
    if (m_onReceive)
        m_onReceive(tx);
    if (tx.transaction.chainId != m_chainId)
        return error(-32000, QStringLiteral("invalid chain id"));
    if (m_refusal)
        return error(-32000, *m_refusal);
    for (const SignedTransaction& pooled : m_pool)
        if (pooled.hash == tx.hash)
            return error(-32000, QStringLiteral("already known"));
    if (tx.transaction.nonce < minedNonce(tx.sender))
        return error(-32000, QStringLiteral("nonce too low: next nonce %1, tx nonce %2")
                                 .arg(minedNonce(tx.sender))
                                 .arg(tx.transaction.nonce));
    for (qsizetype i = 0; i < m_pool.size(); ++i) {
        const SignedTransaction& pooled = m_pool.at(i);
        if (pooled.sender != tx.sender || pooled.transaction.nonce != tx.transaction.nonce)
            continue;
        if (!replaces(tx.transaction, pooled.transaction))
            return error(-32000, QStringLiteral("replacement transaction underpriced"));
        m_pool.removeAt(i);
        break;
    }
    m_pool.append(tx);
    m_received.append(tx);
    if (m_autoMine)
        mineBlock();
    return result(tx.hash.toHex());
}

int FakeTransactionPool::mineBlock() {
    QList<SignedTransaction> chosen;
    QList<Address> senders;
    for (const SignedTransaction& tx : m_pool)
        if (!senders.contains(tx.sender))
            senders.append(tx.sender);
    for (const Address& sender : senders) {
        for (quint64 nonce = minedNonce(sender);; ++nonce) {
            const auto it = std::find_if(m_pool.cbegin(), m_pool.cend(), [&](const auto& tx) {
                return tx.sender == sender && tx.transaction.nonce == nonce;
            });
            if (it == m_pool.cend() || it->transaction.maxFeePerGas < m_baseFee)
                break;
            chosen.append(*it);
        }
    }
    m_node.mine();
    for (const SignedTransaction& tx : chosen) {
        m_pool.removeIf([&](const SignedTransaction& pooled) { return pooled.hash == tx.hash; });
        Mined entry;
        entry.sender = tx.sender;
        entry.nonce = tx.transaction.nonce;
        entry.hash = tx.hash;
        entry.transaction = tx;
        entry.block = m_node.head();
        entry.blockHash = m_node.hashOf(m_node.head());
        entry.succeeded = !(m_failingData && tx.transaction.data == *m_failingData);
        m_mined.append(entry);
    }
    return static_cast<int>(chosen.size());
}

void FakeTransactionPool::takeNonceElsewhere(const Address& sender) {
    const quint64 nonce = minedNonce(sender);
    m_pool.removeIf([&](const SignedTransaction& tx) {
        return tx.sender == sender && tx.transaction.nonce == nonce;
    });
    m_node.mine();
    Mined entry;
    entry.sender = sender;
    entry.nonce = nonce;
    entry.hash = Hash32::fromBytes(QCryptographicHash::hash(
        QByteArray("foreign/" + QByteArray::number(++m_foreign)), QCryptographicHash::Sha256));
    entry.block = m_node.head();
    entry.blockHash = m_node.hashOf(m_node.head());
    m_mined.append(entry);
}

QJsonObject FakeTransactionPool::receiptJson(const Mined& entry) const {
    const Eip1559Transaction& tx = entry.transaction->transaction;
    UInt256 tip = tx.maxPriorityFeePerGas;
    if (tx.maxFeePerGas >= m_baseFee)
        tip = std::min(tip, UInt256(tx.maxFeePerGas - m_baseFee));
    const quint64 gasUsed =
        !entry.succeeded && m_failuresRunOutOfGas ? tx.gasLimit : quint64(21'000);
    return QJsonObject{{QStringLiteral("transactionHash"), entry.hash.toHex()},
                       {QStringLiteral("blockHash"), entry.blockHash.toHex()},
                       {QStringLiteral("blockNumber"), rpc::toQuantity(entry.block)},
                       {QStringLiteral("from"), entry.sender.toHex()},
                       {QStringLiteral("to"), tx.to ? QJsonValue(tx.to->toHex()) : QJsonValue()},
                       {QStringLiteral("status"), entry.succeeded ? "0x1" : "0x0"},
                       {QStringLiteral("gasUsed"), rpc::toQuantity(gasUsed)},
                       {QStringLiteral("effectiveGasPrice"), rpc::toQuantity(m_baseFee + tip)},
                       {QStringLiteral("contractAddress"), QJsonValue()},
                       {QStringLiteral("logs"), QJsonArray{}}};
}

QJsonObject FakeTransactionPool::receipt(const QJsonArray& params) const {
    const auto hash = Hash32::fromHex(params.at(0).toString());
    if (!hash.ok())
        return error(-32602, QStringLiteral("invalid hash"));
    const Mined* stale = nullptr;
    for (const Mined& entry : m_mined) {
        if (entry.hash != *hash || !entry.transaction)
            continue;
        if (onChain(entry))
            return result(receiptJson(entry));
        stale = &entry;
    }
    if (stale && m_staleReceipts)
        return result(receiptJson(*stale));
    return result(QJsonValue());
}

} // namespace salesdesk::test
