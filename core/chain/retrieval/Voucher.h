#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/crypto/Signature.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QByteArrayView>

namespace salesdesk {

class PrivateKey;

// A payment voucher of a retrieval channel (contracts/RetrievalChannels.sol): the payer's
// signature that `cumulativeAmount` tokens in all are owed on `channelId`. Cumulative, not a
// delta: the newest voucher is worth everything before it, and an older one nothing more.
// Signed as EIP-712 typed data, Voucher(bytes32 channelId,uint256 cumulativeAmount), in the
// domain { "RetrievalChannels", "1", chain id, the channels contract }.
struct Voucher {
    Hash32 channelId;
    UInt256 cumulativeAmount;
    Signature signature;

    static constexpr QByteArrayView kType = "Voucher(bytes32 channelId,uint256 cumulativeAmount)";

    // The channels contract's domain on `chainId` at `contract`.
    static Eip712Domain domain(quint64 chainId, const Address& contract);
    // keccak256(abi.encode(keccak256(kType), channelId, cumulativeAmount)).
    static Hash32 structHash(const Hash32& channelId, const UInt256& cumulativeAmount);
    // What the payer signs (the contract's voucherDigest).
    static Hash32 digest(const Eip712Domain& domain, const Hash32& channelId,
                         const UInt256& cumulativeAmount);
    static Voucher sign(const PrivateKey& payer, const Eip712Domain& domain,
                        const Hash32& channelId, const UInt256& cumulativeAmount);

    // The 65 bytes the contract takes: r ‖ s ‖ v, with v 27 or 28.
    QByteArray signatureBytes() const;
    // Exactly 65 bytes with v 27 or 28 (or 0 or 1, as some wallets write it); anything else is
    // an InvalidArgument naming what is wrong. A high s is read as it is: VoucherCheck refuses it.
    static Result<Signature> signatureFromBytes(QByteArrayView bytes);
};

} // namespace salesdesk
