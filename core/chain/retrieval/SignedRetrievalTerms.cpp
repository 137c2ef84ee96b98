#include "core/chain/retrieval/SignedRetrievalTerms.h"

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Secp256k1.h"
#include "core/chain/crypto/SignatureBytes.h"

#include <QJsonValue>

#include <limits>

namespace salesdesk {

namespace {

Error answerError(const QString& why) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("the provider's retrieval terms: %1").arg(why));
}

Result<QString> text(const QJsonObject& answer, const char* field) {
    const QJsonValue value = answer.value(QLatin1StringView(field));
    if (!value.isString())
        return answerError(
            QStringLiteral("\"%1\" is missing or not a string").arg(QLatin1StringView(field)));
    return value.toString();
}

Result<UInt256> amount(const QJsonObject& answer, const char* field) {
    SD_TRY_DECLARE(decimal, text(answer, field));
    const Result<UInt256> parsed = uint256::parse(decimal);
    if (!parsed.ok())
        return answerError(
            QStringLiteral("\"%1\": %2").arg(QLatin1StringView(field), parsed.message()));
    return *parsed;
}

Result<quint64> count(const QJsonObject& answer, const char* field) {
    SD_TRY_DECLARE(value, amount(answer, field));
    if (value > UInt256(std::numeric_limits<quint64>::max()))
        return answerError(
            QStringLiteral("\"%1\" does not fit in 64 bits").arg(QLatin1StringView(field)));
    return value.convert_to<quint64>();
}

} // namespace

Result<SignedRetrievalTerms> SignedRetrievalTerms::sign(const RetrievalTerms& terms,
                                                        const Address& payee,
                                                        const Eip712Domain& domain,
                                                        const Signer& signer) {
    if (!signer)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the retrieval terms cannot be signed: no signer was "
                                        "given"));
    SignedRetrievalTerms signedTerms{terms, payee, {}};
    SD_TRY_ASSIGN(signedTerms.signature, signer(terms.digest(domain, payee)));
    // A signer of another account would publish terms no client accepts: refused here.
    SD_TRY(signedTerms.verify(domain));
    return signedTerms;
}

SignedRetrievalTerms SignedRetrievalTerms::sign(const RetrievalTerms& terms,
                                                const PrivateKey& payee,
                                                const Eip712Domain& domain) {
    return SignedRetrievalTerms{terms, payee.address(),
                                payee.sign(terms.digest(domain, payee.address()))};
}

Result<void> SignedRetrievalTerms::verify(const Eip712Domain& domain) const {
    if (!Secp256k1::hasLowS(signature))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the retrieval terms' signature has a high s: refused"));
    const Result<Address> signer =
        Secp256k1::recoverAddress(terms.digest(domain, payee), signature);
    if (!signer.ok())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the retrieval terms' signature is malformed: %1")
                             .arg(signer.message()));
    if (*signer != payee)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the retrieval terms' signature does not come from the "
                                        "payee %1 on chain %2, channels contract %3 (it recovers "
                                        "to %4): the terms were altered, or signed by another "
                                        "account or for another chain or contract")
                             .arg(payee.toHex())
                             .arg(domain.chainId)
                             .arg(domain.verifyingContract.toHex(), signer->toHex()));
    return {};
}

QJsonObject SignedRetrievalTerms::toJson() const {
    return QJsonObject{
        {QStringLiteral("pricePerByte"), uint256::toDecimal(terms.pricePerByte)},
        {QStringLiteral("paymentInterval"), QString::number(terms.paymentInterval)},
        {QStringLiteral("paymentIntervalIncrease"), QString::number(terms.paymentIntervalIncrease)},
        {QStringLiteral("signer"), payee.toHex()},
        {QStringLiteral("signature"), signatureHex(signature)},
    };
}

Result<SignedRetrievalTerms> SignedRetrievalTerms::fromJson(const QJsonObject& answer) {
    SignedRetrievalTerms signedTerms;
    SD_TRY_ASSIGN(signedTerms.terms.pricePerByte, amount(answer, "pricePerByte"));
    SD_TRY_ASSIGN(signedTerms.terms.paymentInterval, count(answer, "paymentInterval"));
    SD_TRY_ASSIGN(signedTerms.terms.paymentIntervalIncrease,
                  count(answer, "paymentIntervalIncrease"));
    SD_TRY_DECLARE(signerText, text(answer, "signer"));
    const Result<Address> signer = Address::fromHex(signerText);
    if (!signer.ok())
        return answerError(
            QStringLiteral("\"signer\" is not an address: %1").arg(signer.message()));
    signedTerms.payee = *signer;
    SD_TRY_DECLARE(signatureText, text(answer, "signature"));
    const Result<Signature> parsed = signatureFromHex(signatureText);
    if (!parsed.ok())
        return answerError(QStringLiteral("\"signature\": %1").arg(parsed.message()));
    signedTerms.signature = *parsed;
    return signedTerms;
}

} // namespace salesdesk
