#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/crypto/Signature.h"
#include "core/chain/crypto/SignatureBytes.h"
#include "core/domain/AbiEncoder.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

namespace salesdesk {

class PrivateKey;

// A client's offer to buy storage from one provider, as the DirectDeals contract takes it
// (contracts/DirectDeals.sol): the data's slot root and size, when the duty starts and ends, the
// price per second and the collateral the provider locks. The client signs it as EIP-712 typed
// data in the domain { "DirectDeals", "1", chain id, the contract }; that digest is also the
// deal's id once published, so a proposal names its deal before it is on chain.
struct DealProposal {
    Address client;
    Address provider;
    Hash32 dataRoot;
    quint64 size = 0;
    quint64 chunkCount = 0; // 64 KiB blocks: ceil(size / 65536)
    quint64 start = 0;      // unix seconds
    quint64 end = 0;
    UInt256 pricePerSecond;
    UInt256 providerCollateral;
    UInt256 salt;

    static constexpr quint64 kChunkSize = 65536;
    static constexpr QByteArrayView kType =
        "DealProposal(address client,address provider,bytes32 dataRoot,uint64 size,"
        "uint64 chunkCount,uint64 start,uint64 end,uint256 pricePerSecond,"
        "uint256 providerCollateral,uint256 salt)";

    static Eip712Domain domain(quint64 chainId, const Address& contract);
    static quint64 chunkCountOf(quint64 size) {
        return size / kChunkSize + (size % kChunkSize != 0 ? 1 : 0);
    }

    Hash32 structHash() const;
    // What the client signs; the deal's id (the contract's proposalDigest).
    Hash32 digest(const Eip712Domain& domain) const { return domain.digest(structHash()); }
    Signature sign(const PrivateKey& client, const Eip712Domain& domain) const;

    quint64 duration() const { return end > start ? end - start : 0; }
    // What publishing locks of the client's escrow: pricePerSecond × (end − start); an error when
    // it does not fit in 256 bits.
    Result<UInt256> payment() const;

    // The proposal as the ABI tuple publishDeal takes.
    abi::Value abiTuple() const;

    // JSON with addresses and hashes in 0x-hex and amounts and counts in decimal strings (counts
    // are also read as JSON numbers up to 2^53). fromJson names the first field that is missing
    // or malformed.
    QJsonObject toJson() const;
    static Result<DealProposal> fromJson(const QJsonObject& json);

    friend bool operator==(const DealProposal&, const DealProposal&) = default;
};

} // namespace salesdesk
