#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/crypto/Signature.h"
#include "core/chain/retrieval/RetrievalTerms.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QJsonObject>

#include <functional>

namespace salesdesk {

class PrivateKey;

// A provider's retrieval terms with its EIP-712 signature over them (RetrievalTerms::kType: the
// payee, the provider's account, then the terms) in the channels contract's domain: what GET
// /salesdesk/v1/retrieval/ask publishes. A client that knows whom its channel pays checks with
// verify() that the terms come from that account, unchanged, and for this chain and contract;
// terms signed for another chain or contract recover to a stranger.
struct SignedRetrievalTerms {
    // Signs a digest with the provider's account (its wallet, or a test key).
    using Signer = std::function<Result<Signature>(const Hash32& digest)>;

    RetrievalTerms terms;
    Address payee;
    Signature signature;

    // The terms signed by `signer` for `payee`; an error when the signer fails or signs for
    // another account than `payee`.
    static Result<SignedRetrievalTerms> sign(const RetrievalTerms& terms, const Address& payee,
                                             const Eip712Domain& domain, const Signer& signer);
    static SignedRetrievalTerms sign(const RetrievalTerms& terms, const PrivateKey& payee,
                                     const Eip712Domain& domain);

    // Ok when the signature is low-s and recovers to `payee` over the terms' digest in `domain`;
    // otherwise InvalidArgument saying so.
    Result<void> verify(const Eip712Domain& domain) const;

    // {"pricePerByte", "paymentInterval", "paymentIntervalIncrease" (decimal strings),
    // "signer": "0x<payee>", "signature": "0x<65 bytes>"}: what the endpoint's answer carries
    // beside the chain, the contract and the payee.
    QJsonObject toJson() const;
    // Reads those from an answer, taking "signer" as the payee (verify() then tells whether it
    // signed); names the first field missing or malformed.
    static Result<SignedRetrievalTerms> fromJson(const QJsonObject& answer);
};

} // namespace salesdesk
