#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QSet>

namespace salesdesk {

// What the provider asks of a direct deal, published at GET /salesdesk/v1/deals/ask and checked
// against every proposal (DealAcceptance). Amounts are in the token's smallest unit. The provider
// signs it as EIP-712 typed data, with its own address in front, in the DirectDeals domain
// (DealProposal::domain): SignedDealAsk.
struct DealAsk {
    UInt256 pricePerBytePerSecond; // the least price: pricePerSecond ≥ this × size
    UInt256 minCollateralPerByte;  // the provider locks at least this × size …
    UInt256 maxCollateralPerByte;  // … and at most this × size
    quint64 minSize = 1;           // bytes
    quint64 maxSize = 1ull << 36;  // 64 GiB
    quint64 minDuration = 3'600;   // seconds from start to end
    quint64 maxDuration = 365ull * 24 * 3'600;
    quint64 minStartLead = 600; // the start at least this many seconds after the proposal …
    quint64 maxStartLead = 7ull * 24 * 3'600; // … and at most this many
    Timestamp validUntil = 0;                 // 0: until changed

    static constexpr QByteArrayView kType =
        "DealAsk(address provider,uint256 pricePerBytePerSecond,uint256 minCollateralPerByte,"
        "uint256 maxCollateralPerByte,uint64 minSize,uint64 maxSize,uint64 minDuration,"
        "uint64 maxDuration,uint64 minStartLead,uint64 maxStartLead,uint64 validUntil)";

    // keccak256(abi.encode(keccak256(kType), provider, every field in kType's order)).
    Hash32 structHash(const Address& provider) const;
    // What `provider` signs to publish this ask in `domain`.
    Hash32 digest(const Eip712Domain& domain, const Address& provider) const {
        return domain.digest(structHash(provider));
    }

    // Amounts in decimal strings, counts as numbers. fromJson names the first bad field; it also
    // refuses bounds the wrong way round (min above max).
    QJsonObject toJson() const;
    static Result<DealAsk> fromJson(const QJsonObject& json);
    friend bool operator==(const DealAsk&, const DealAsk&) = default;
};

// The provider's own rules on top of the ask.
struct DealRules {
    bool acceptDeals = false;     // off by default
    QSet<Address> allowedClients; // empty: every client not denied
    QSet<Address> deniedClients;
    int maxTransfersPerClient = 2; // deals of one client receiving data at once
    friend bool operator==(const DealRules&, const DealRules&) = default;
};

} // namespace salesdesk
