#pragma once

#include "core/domain/AbiEncoder.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageAsk.h"
#include "core/domain/StorageContent.h"
#include "core/domain/UInt256.h"

#include <QtGlobal>

namespace salesdesk {

// A client's storage request: the contract's `Request`, field for field and in ABI order.
struct StorageRequest {
    Address client;
    StorageAsk ask;
    StorageContent content;
    // Seconds after the request was posted at which it expires unless all slots are filled.
    // Relative, not a timestamp: the absolute expiresAt is only known to the market.
    quint64 expiry = 0;
    Nonce nonce; // random, so that otherwise equal requests get different ids

    // Canonical ABI type of `Request`, as it appears in function signatures: the signature of
    // requestStorage is "requestStorage(" + kAbiType + ")".
    static constexpr char kAbiType[] =
        "(address,(uint256,uint256,uint256,uint64,uint64,uint64,uint64),"
        "(bytes,bytes32),uint64,bytes32)";

    // The request as one ABI tuple value (dynamic, because content.cid is bytes).
    abi::Value abiValue() const;

    // keccak256(abi.encode(request)), the id the contract gives it. Hashes on every call.
    RequestId id() const;

    // The contract's requestStorage rules that concern the request's own fields, plus slotSize > 0
    // and that every derived amount fits in 256 bits. The message names the offending field.
    Result<void> validate() const;

    // Derived amounts, as the contract and nim-codex compute them. Only meaningful for a request
    // that passed validate(): then none of them can overflow. On an unvalidated request an amount
    // beyond 256 bits throws std::overflow_error, like any UInt256 arithmetic.
    UInt256 pricePerSlotPerSecond() const; // pricePerBytePerSecond * slotSize
    UInt256 pricePerSlot() const;          // pricePerSlotPerSecond * duration
    UInt256 totalPrice() const;            // pricePerSlot * slots: the contract's maxPrice
    UInt256 collateralPerSlot() const;     // collateralPerByte * slotSize
    UInt256 size() const;                  // slots * slotSize, in bytes

    friend bool operator==(const StorageRequest&, const StorageRequest&) = default;
};

} // namespace salesdesk
