#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/crypto/Signature.h"
#include "core/chain/deals/DealAsk.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QJsonObject>

#include <functional>

namespace salesdesk {

class PrivateKey;

// A provider's ask with the provider's EIP-712 signature over it (DealAsk::kType, the provider's
// address and every field of the ask) in the DirectDeals domain: what GET
// /salesdesk/v1/deals/ask publishes. A client that knows the provider's account checks with
// verify() that the ask comes from it, unchanged, and for this chain and contract; an ask signed
// for another chain or contract recovers to a stranger.
struct SignedDealAsk {
    // Signs a digest with the provider's account (its wallet, or a test key).
    using Signer = std::function<Result<Signature>(const Hash32& digest)>;

    DealAsk ask;
    Address provider;
    Signature signature;

    // The ask signed by `signer` for `provider`; an error when the signer fails or signs for
    // another account than `provider`.
    static Result<SignedDealAsk> sign(const DealAsk& ask, const Address& provider,
                                      const Eip712Domain& domain, const Signer& signer);
    static SignedDealAsk sign(const DealAsk& ask, const PrivateKey& provider,
                              const Eip712Domain& domain);

    // Ok when the signature is low-s and recovers to `provider` over the ask's digest in
    // `domain`; otherwise InvalidArgument saying so.
    Result<void> verify(const Eip712Domain& domain) const;

    // {"ask": {…}, "signer": "0x<provider>", "signature": "0x<65 bytes>"}, what the endpoint's
    // answer carries beside the domain and the rules.
    QJsonObject toJson() const;
    // Reads those three from an answer, taking "signer" as the provider (verify() then tells
    // whether it signed); names the first field missing or malformed.
    static Result<SignedDealAsk> fromJson(const QJsonObject& answer);
};

} // namespace salesdesk
