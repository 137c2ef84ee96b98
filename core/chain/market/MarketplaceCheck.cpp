#include "core/chain/market/MarketplaceCheck.h"

#include "core/chain/market/MarketplaceAnswers.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/ContextGuard.h"

#include <QJsonObject>

namespace salesdesk {

namespace {

RpcCall codeAt(const Address& address) {
    return RpcCall{QStringLiteral("eth_getCode"), {address.toHex(), QStringLiteral("latest")}, {}};
}

RpcCall callOf(const Address& to, const QByteArray& data) {
    return RpcCall{QStringLiteral("eth_call"),
                   {QJsonObject{{QStringLiteral("to"), to.toHex()},
                                {QStringLiteral("data"), rpc::toData(data)}},
                    QStringLiteral("latest")},
                   {}};
}

Error notOurs(const Address& address, const QString& why) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("the contract at %1 is not a Sales Desk Marketplace: %2")
                         .arg(address.toHex(), why));
}

bool hasCode(const RpcResult<QJsonValue>& answer) {
    if (!answer.ok())
        return false;
    const auto code = rpc::parseJsonData(*answer, u"eth_getCode result");
    return code.ok() && !code->isEmpty();
}

// The second step: code at the token and the verifier the marketplace names.
void checkParts(JsonRpcClient& client, const Address& marketplace,
                const MarketplaceCheck::Found& found, const ContextGuard& guard,
                MarketplaceCheck::Callback done) {
    client.batch(
        {codeAt(found.token), codeAt(found.verifier)}, guard.get(),
        [guard, marketplace, found,
         done = std::move(done)](const QList<RpcResult<QJsonValue>>& answers) {
            if (guard.gone())
                return;
            for (const auto& answer : answers)
                if (!answer.ok())
                    return done(makeError(
                        ErrorCode::Io, QStringLiteral("checking the marketplace at %1: %2")
                                           .arg(marketplace.toHex(), answer.error().describe())));
            if (!hasCode(answers.at(0)))
                return done(
                    notOurs(marketplace,
                            QStringLiteral("its token %1 has no code").arg(found.token.toHex())));
            if (!hasCode(answers.at(1)))
                return done(notOurs(marketplace, QStringLiteral("its proof verifier %1 has no code")
                                                     .arg(found.verifier.toHex())));
            done(found);
        });
}

} // namespace

void MarketplaceCheck::run(JsonRpcClient& client, const Address& marketplace,
                           const QObject* context, Callback done) {
    const ContextGuard guard(context);
    QList<RpcCall> calls{codeAt(marketplace), callOf(marketplace, marketplace::configuration()),
                         callOf(marketplace, marketplace::token()),
                         callOf(marketplace, marketplace::verifier())};
    client.batch(
        std::move(calls), context,
        [&client, guard, marketplace,
         done = std::move(done)](const QList<RpcResult<QJsonValue>>& answers) mutable {
            if (guard.gone())
                return;
            const auto answers_ = MarketplaceAnswers::shared();
            if (!answers_.ok())
                return done(answers_.error());
            const RpcResult<QJsonValue>& code = answers.at(0);
            if (!code.ok())
                return done(makeError(ErrorCode::Io,
                                      QStringLiteral("checking the marketplace at %1: %2")
                                          .arg(marketplace.toHex(), code.error().describe())));
            if (!hasCode(code))
                return done(
                    makeError(ErrorCode::NotFound,
                              QStringLiteral("there is no contract at %1 on this chain (is the "
                                             "address, or the network, the right one?)")
                                  .arg(marketplace.toHex())));
            // The views: a revert, or an answer of another shape, is another contract.
            auto data = [&](int i, QStringView what) -> Result<QByteArray> {
                if (!answers.at(i).ok())
                    return notOurs(
                        marketplace,
                        QStringLiteral("%1 failed (%2)").arg(what, answers.at(i).error().message));
                return rpc::parseJsonData(*answers.at(i), what);
            };
            Found found;
            const MarketplaceAnswers& decode = **answers_;
            auto config = data(1, u"configuration()");
            if (!config.ok())
                return done(config.error());
            auto decodedConfig = decode.configuration(*config);
            if (!decodedConfig.ok())
                return done(notOurs(marketplace, decodedConfig.message()));
            found.config = *decodedConfig;
            auto token = data(2, u"token()");
            if (!token.ok())
                return done(token.error());
            auto tokenAddress = decode.address(u"token", *token);
            if (!tokenAddress.ok())
                return done(notOurs(marketplace, tokenAddress.message()));
            found.token = *tokenAddress;
            auto verifier = data(3, u"verifier()");
            if (!verifier.ok())
                return done(verifier.error());
            auto verifierAddress = decode.address(u"verifier", *verifier);
            if (!verifierAddress.ok())
                return done(notOurs(marketplace, verifierAddress.message()));
            found.verifier = *verifierAddress;
            checkParts(client, marketplace, found, guard, std::move(done));
        });
}

} // namespace salesdesk
