#include "core/chain/deploy/ChainDeployment.h"

namespace salesdesk {

namespace {

Result<Address> addressField(const QJsonObject& object, const QString& key, const QString& what) {
    auto address = Address::fromHex(object.value(key).toString());
    if (!address.ok())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: \"%2\" %3").arg(what, key, address.message()));
    return *address;
}

Result<quint64> numberField(const QJsonObject& object, const QString& key, const QString& what,
                            quint64 max) {
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    // JSON numbers are doubles: whole numbers below 2^53 are exact.
    if (!value.isDouble() || number < 0 || number > double(max) || number > 9007199254740991.0 ||
        number != double(quint64(number)))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: \"%2\" must be a whole number from 0 to %3")
                             .arg(what, key)
                             .arg(std::min<quint64>(max, 9007199254740991ULL)));
    return quint64(number);
}

} // namespace

QJsonObject ChainDeployment::toJson() const {
    QJsonObject object{
        {QStringLiteral("chainId"), double(chainId)},
        {QStringLiteral("marketplace"), marketplace.toHex()},
        {QStringLiteral("token"), token.toHex()},
        {QStringLiteral("verifier"), verifier.toHex()},
        {QStringLiteral("marketplaceBlock"), double(marketplaceBlock)},
        {QStringLiteral("tokenName"), tokenInfo.name},
        {QStringLiteral("tokenSymbol"), tokenInfo.symbol},
        {QStringLiteral("tokenDecimals"), int(tokenInfo.decimals)},
    };
    if (!retrievalChannels.isZero())
        object.insert(QStringLiteral("retrievalChannels"), retrievalChannels.toHex());
    if (!directDeals.isZero())
        object.insert(QStringLiteral("directDeals"), directDeals.toHex());
    return object;
}

Result<ChainDeployment> ChainDeployment::fromJson(const QJsonObject& object, const QString& what) {
    ChainDeployment deployment;
    SD_TRY_ASSIGN(deployment.chainId,
                  numberField(object, QStringLiteral("chainId"), what, ~quint64(0)));
    if (deployment.chainId == 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: \"chainId\" must not be 0").arg(what));
    SD_TRY_ASSIGN(deployment.marketplace,
                  addressField(object, QStringLiteral("marketplace"), what));
    SD_TRY_ASSIGN(deployment.token, addressField(object, QStringLiteral("token"), what));
    SD_TRY_ASSIGN(deployment.verifier, addressField(object, QStringLiteral("verifier"), what));
    SD_TRY_ASSIGN(deployment.marketplaceBlock,
                  numberField(object, QStringLiteral("marketplaceBlock"), what, ~quint64(0)));
    deployment.tokenInfo.name = object.value(QStringLiteral("tokenName")).toString();
    deployment.tokenInfo.symbol = object.value(QStringLiteral("tokenSymbol")).toString();
    if (deployment.tokenInfo.symbol.isEmpty() || deployment.tokenInfo.symbol.size() > 16)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1: \"tokenSymbol\" must be 1 to 16 characters").arg(what));
    quint64 decimals = 0;
    SD_TRY_ASSIGN(decimals, numberField(object, QStringLiteral("tokenDecimals"), what, 77));
    deployment.tokenInfo.decimals = quint8(decimals);
    if (object.contains(QStringLiteral("retrievalChannels")))
        SD_TRY_ASSIGN(deployment.retrievalChannels,
                      addressField(object, QStringLiteral("retrievalChannels"), what));
    if (object.contains(QStringLiteral("directDeals")))
        SD_TRY_ASSIGN(deployment.directDeals,
                      addressField(object, QStringLiteral("directDeals"), what));
    return deployment;
}

} // namespace salesdesk
