#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArrayView>
#include <QString>

namespace salesdesk {

// The price and payment schedule of a paid retrieval, fixed when it starts. The data goes out in
// chunks whose size grows: chunk k holds paymentInterval + k × paymentIntervalIncrease bytes (the
// last one what is left), so the first chunks, while the client's willingness to pay is unproven,
// are small, and later ones need fewer round trips. Chunk k is handed out once what was paid on the
// retrieval covers every byte before it: the client never holds more than one chunk it has not
// paid for, and the provider never risks more than one interval. The provider publishes them
// signed as EIP-712 typed data, with its payee address in front, in the channels contract's
// domain (Voucher::domain): SignedRetrievalTerms.
struct RetrievalTerms {
    UInt256 pricePerByte;
    quint64 paymentInterval = 1 << 20;         // bytes of the first chunk
    quint64 paymentIntervalIncrease = 1 << 20; // bytes each later chunk adds

    static constexpr QByteArrayView kType =
        "RetrievalTerms(address payee,uint256 pricePerByte,uint64 paymentInterval,"
        "uint64 paymentIntervalIncrease)";

    // keccak256(abi.encode(keccak256(kType), payee, pricePerByte, paymentInterval,
    // paymentIntervalIncrease)).
    Hash32 structHash(const Address& payee) const;
    // What `payee` (the provider's account) signs to publish these terms in `domain`.
    Hash32 digest(const Eip712Domain& domain, const Address& payee) const {
        return domain.digest(structHash(payee));
    }

    // InvalidArgument naming the field when the interval is zero (no chunk would ever end) or
    // the interval or its increase is above 1 TiB.
    Result<void> validate() const;

    // How many chunks a retrieval of `size` bytes goes out in (0 for no bytes).
    quint64 chunkCount(quint64 size) const;
    // The first byte of chunk `index` of a retrieval of `size` bytes; `size` for index ≥ count.
    quint64 chunkBegin(quint64 index, quint64 size) const;
    // One past its last byte.
    quint64 chunkEnd(quint64 index, quint64 size) const { return chunkBegin(index + 1, size); }
    // The chunk holding byte `offset` (< size).
    quint64 chunkAt(quint64 offset, quint64 size) const;
    // What `bytes` bytes cost: pricePerByte × bytes; Overflow past 2^256.
    Result<UInt256> priceOf(quint64 bytes) const;
    // What must have been paid before chunk `index` goes out: the price of the bytes before it.
    Result<UInt256> paidBeforeChunk(quint64 index, quint64 size) const {
        return priceOf(chunkBegin(index, size));
    }

    friend bool operator==(const RetrievalTerms&, const RetrievalTerms&) = default;
};

} // namespace salesdesk
