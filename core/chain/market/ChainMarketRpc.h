#pragma once

#include "core/chain/events/ChainLog.h"
#include "core/chain/rpc/RpcResult.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/TokenInfo.h"
#include "core/market/MarketResult.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>

namespace salesdesk {

class JsonRpcClient;

// The chain market's reads: eth_call of the Marketplace's and the token's views from the host's
// account at the latest block, alone or many in one JSON-RPC batch, and the logs of a mined
// transaction. Failures come back as MarketErrors: a revert named by the contract's error
// (MarketplaceRevert), a failure worth retrying Transient, a malformed answer Rejected.
class ChainMarketRpc {
public:
    using DataCallback = std::function<void(const MarketResult<QByteArray>&)>;
    using DataListCallback = std::function<void(const QList<MarketResult<QByteArray>>&)>;
    using LogsCallback = std::function<void(const MarketResult<QList<ChainLog>>&)>;
    using NumberCallback = std::function<void(const MarketResult<quint64>&)>;
    using TokenInfoCallback = std::function<void(const Result<TokenInfo>&)>;

    // One view: the contract it asks and its call data. `pending`: run in the context of the
    // block the node would mine next (the "pending" tag) rather than the latest one, for what
    // depends on the block number, such as a slot's challenge: a transaction is mined at the
    // earliest in that block, never in the latest.
    struct View {
        Address to;
        QByteArray data;
        bool pending = false;
    };

    // The client must outlive this.
    ChainMarketRpc(JsonRpcClient& rpc, Address marketplace, Address signer);

    JsonRpcClient& client() const { return m_rpc; }
    const Address& marketplace() const { return m_marketplace; }
    const Address& signer() const { return m_signer; }

    RpcCall viewCall(const View& view) const;
    // A view of the Marketplace (at the latest block).
    void view(const QByteArray& data, const QObject* context, DataCallback done) const;
    void view(const View& view, const QObject* context, DataCallback done) const;
    // Several views in one batch (one HTTP request unless it passes the client's batch size),
    // answered in order, each on its own.
    void views(const QList<View>& views, const QObject* context, DataListCallback done) const;
    // The logs of the mined transaction `hash` (eth_getTransactionReceipt).
    void receiptLogs(const Hash32& hash, const QObject* context, LogsCallback done) const;
    // The ERC-20 token's name(), symbol() and decimals(), in one batch. A token without name() or
    // symbol() (optional in ERC-20) gets empty ones; one without decimals() is an error.
    void tokenInfo(const Address& token, const QObject* context, TokenInfoCallback done) const;
    // The latest block's timestamp.
    void latestTimestamp(const QObject* context, NumberCallback done) const;

    // What an eth_call answered: its return data, or the MarketError of its failure.
    static MarketResult<QByteArray> dataOf(const RpcResult<QJsonValue>& answer);
    // A decoded value, or its error as Rejected.
    template <typename T> static MarketResult<T> decoded(const Result<T>& result) {
        if (!result.ok())
            return rejected(result.message());
        return result.value();
    }
    static MarketError rejected(const QString& message);

private:
    JsonRpcClient& m_rpc;
    Address m_marketplace;
    Address m_signer;
};

} // namespace salesdesk
