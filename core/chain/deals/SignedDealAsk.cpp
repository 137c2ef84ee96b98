#include "core/chain/deals/SignedDealAsk.h"

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Secp256k1.h"
#include "core/chain/crypto/SignatureBytes.h"

#include <QJsonValue>

namespace salesdesk {

namespace {

Error answerError(const QString& why) {
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("the provider's ask: %1").arg(why));
}

Result<QString> text(const QJsonObject& answer, const char* field) {
    const QJsonValue value = answer.value(QLatin1StringView(field));
    if (!value.isString())
        return answerError(
            QStringLiteral("\"%1\" is missing or not a string").arg(QLatin1StringView(field)));
    return value.toString();
}

} // namespace

Result<SignedDealAsk> SignedDealAsk::sign(const DealAsk& ask, const Address& provider,
                                          const Eip712Domain& domain, const Signer& signer) {
    if (!signer)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the ask cannot be signed: no signer was given"));
    SignedDealAsk signedAsk{ask, provider, {}};
    SD_TRY_ASSIGN(signedAsk.signature, signer(ask.digest(domain, provider)));
    // A signer of another account would publish an ask no client accepts: refused here.
    SD_TRY(signedAsk.verify(domain));
    return signedAsk;
}

SignedDealAsk SignedDealAsk::sign(const DealAsk& ask, const PrivateKey& provider,
                                  const Eip712Domain& domain) {
    return SignedDealAsk{ask, provider.address(),
                         provider.sign(ask.digest(domain, provider.address()))};
}

Result<void> SignedDealAsk::verify(const Eip712Domain& domain) const {
    if (!Secp256k1::hasLowS(signature))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the ask's signature has a high s: refused"));
    const Result<Address> signer =
        Secp256k1::recoverAddress(ask.digest(domain, provider), signature);
    if (!signer.ok())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("the ask's signature is malformed: %1").arg(signer.message()));
    if (*signer != provider)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the ask's signature does not come from the provider %1 "
                                        "on chain %2, contract %3 (it recovers to %4): the ask "
                                        "was altered, or signed by another account or for "
                                        "another chain or contract")
                             .arg(provider.toHex())
                             .arg(domain.chainId)
                             .arg(domain.verifyingContract.toHex(), signer->toHex()));
    return {};
}

QJsonObject SignedDealAsk::toJson() const {
    return QJsonObject{
        {QStringLiteral("ask"), ask.toJson()},
        {QStringLiteral("signer"), provider.toHex()},
        {QStringLiteral("signature"), signatureHex(signature)},
    };
}

Result<SignedDealAsk> SignedDealAsk::fromJson(const QJsonObject& answer) {
    SignedDealAsk signedAsk;
    const QJsonValue askJson = answer.value(QStringLiteral("ask"));
    if (!askJson.isObject())
        return answerError(QStringLiteral("\"ask\" is missing or not an object"));
    SD_TRY_ASSIGN(signedAsk.ask, DealAsk::fromJson(askJson.toObject()));
    SD_TRY_DECLARE(signerText, text(answer, "signer"));
    const Result<Address> signer = Address::fromHex(signerText);
    if (!signer.ok())
        return answerError(
            QStringLiteral("\"signer\" is not an address: %1").arg(signer.message()));
    signedAsk.provider = *signer;
    SD_TRY_DECLARE(signatureText, text(answer, "signature"));
    const Result<Signature> parsed = signatureFromHex(signatureText);
    if (!parsed.ok())
        return answerError(QStringLiteral("\"signature\": %1").arg(parsed.message()));
    signedAsk.signature = *parsed;
    return signedAsk;
}

} // namespace salesdesk
