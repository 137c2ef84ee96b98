#include "core/chain/market/ChainMarketRpc.h"

#include "core/chain/market/Erc20.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"

#include <QJsonArray>
#include <QJsonObject>

namespace salesdesk {

ChainMarketRpc::ChainMarketRpc(JsonRpcClient& rpc, Address marketplace, Address signer)
    : m_rpc(rpc)
    , m_marketplace(marketplace)
    , m_signer(signer) {}

MarketError ChainMarketRpc::rejected(const QString& message) {
    return MarketError{MarketError::Kind::Rejected, message};
}

RpcCall ChainMarketRpc::viewCall(const View& view) const {
    const QJsonObject call{{QStringLiteral("from"), m_signer.toHex()},
                           {QStringLiteral("to"), view.to.toHex()},
                           {QStringLiteral("data"), rpc::toData(view.data)}};
    return RpcCall{QStringLiteral("eth_call"),
                   {call, view.pending ? QStringLiteral("pending") : QStringLiteral("latest")},
                   {}};
}

MarketResult<QByteArray> ChainMarketRpc::dataOf(const RpcResult<QJsonValue>& answer) {
    if (!answer.ok())
        return marketErrorOf(answer.error(), ourContractErrors());
    return decoded(rpc::parseJsonData(*answer, u"eth_call result"));
}

void ChainMarketRpc::view(const QByteArray& data, const QObject* context, DataCallback done) const {
    view(View{m_marketplace, data}, context, std::move(done));
}

void ChainMarketRpc::view(const View& view, const QObject* context, DataCallback done) const {
    m_rpc.call(
        viewCall(view), context,
        [done = std::move(done)](const RpcResult<QJsonValue>& answer) { done(dataOf(answer)); });
}

void ChainMarketRpc::views(const QList<View>& views, const QObject* context,
                           DataListCallback done) const {
    QList<RpcCall> calls;
    calls.reserve(views.size());
    for (const View& view : views)
        calls.append(viewCall(view));
    m_rpc.batch(std::move(calls), context,
                [done = std::move(done)](const QList<RpcResult<QJsonValue>>& answers) {
                    QList<MarketResult<QByteArray>> results;
                    results.reserve(answers.size());
                    for (const auto& answer : answers)
                        results.append(dataOf(answer));
                    done(results);
                });
}

void ChainMarketRpc::receiptLogs(const Hash32& hash, const QObject* context,
                                 LogsCallback done) const {
    m_rpc.call(QStringLiteral("eth_getTransactionReceipt"), {hash.toHex()}, context,
               [hash, done = std::move(done)](const RpcResult<QJsonValue>& answer) {
                   if (!answer.ok())
                       return done(marketErrorOf(answer.error(), ourContractErrors()));
                   if (!answer->isObject())
                       return done(
                           rejected(QStringLiteral("the node has no receipt for transaction %1")
                                        .arg(hash.toHex())));
                   const QJsonValue logs = answer->toObject().value(QStringLiteral("logs"));
                   done(decoded(ChainLog::listFromJson(
                       logs, {}, QStringLiteral("receipt of %1: logs").arg(hash.toHex()))));
               });
}

void ChainMarketRpc::latestTimestamp(const QObject* context, NumberCallback done) const {
    m_rpc.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false}, context,
               [done = std::move(done)](const RpcResult<QJsonValue>& answer) {
                   if (!answer.ok())
                       return done(marketErrorOf(answer.error(), ourContractErrors()));
                   done(decoded(rpc::parseJsonQuantityU64(
                       answer->toObject().value(QStringLiteral("timestamp")),
                       u"latest block's timestamp")));
               });
}

void ChainMarketRpc::tokenInfo(const Address& token, const QObject* context,
                               TokenInfoCallback done) const {
    const QList<View> metadata{
        {token, erc20::name()}, {token, erc20::symbol()}, {token, erc20::decimals()}};
    views(metadata, context, [token, done](const QList<MarketResult<QByteArray>>& answers) {
        // name() and symbol() are optional in ERC-20: a token without them has no name to show.
        // Amounts cannot be shown without decimals().
        QList<QByteArray> data;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const auto& answer = answers.at(i);
            if (answer.ok()) {
                data.append(*answer);
                continue;
            }
            const bool reverted = answer.error().kind != MarketError::Kind::Transient;
            if (i < 2 && reverted) {
                data.append(QByteArray());
                continue;
            }
            return done(makeError(reverted ? ErrorCode::InvalidArgument : ErrorCode::Io,
                                  QStringLiteral("the token %1 did not answer %2: %3")
                                      .arg(token.toHex(),
                                           QLatin1String(i == 0   ? "name()"
                                                         : i == 1 ? "symbol()"
                                                                  : "decimals()"),
                                           answer.error().message)));
        }
        TokenInfo info;
        for (int i = 0; i < 2; ++i) {
            if (data.at(i).isEmpty())
                continue;
            const auto text = erc20::decodeText(i == 0 ? u"name" : u"symbol", data.at(i));
            if (!text.ok())
                return done(text.error());
            (i == 0 ? info.name : info.symbol) = *text;
        }
        const auto decimals = erc20::decodeDecimals(data.at(2));
        if (!decimals.ok())
            return done(decimals.error());
        info.decimals = *decimals;
        done(info);
    });
}

} // namespace salesdesk
