#pragma once

#include "core/chain/rpc/RpcResult.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QJsonValue>

namespace salesdesk {

// What the chain asks per gas now: the next block's base fee (the last entry of eth_feeHistory's
// baseFeePerGas) and a priority fee (eth_maxPriorityFeePerGas; when the node does not know that
// method, the median of eth_feeHistory's rewards at the asked percentile), at least a floor.
struct FeeQuote {
    UInt256 baseFeePerGas;
    UInt256 priorityFeePerGas;

    // Parsed strictly from the answers of eth_feeHistory(blocks, "latest", [percentile]) and
    // eth_maxPriorityFeePerGas; errors name the method and the field.
    static Result<FeeQuote> fromAnswers(const RpcResult<QJsonValue>& feeHistory,
                                        const RpcResult<QJsonValue>& maxPriorityFee,
                                        const UInt256& minPriorityFeePerGas);
};

// The EIP-1559 fees of one signed attempt.
struct TransactionFees {
    UInt256 maxFeePerGas;
    UInt256 maxPriorityFeePerGas;

    // The first attempt: maxFee = 2 × base fee + tip, so it stays includable while the base fee
    // rises for a while. Above `cap` it is lowered to the cap when base fee + tip still fit under
    // it; otherwise the transaction is refused (OutOfBounds, naming the figures).
    static Result<TransactionFees> initial(const FeeQuote& quote, const UInt256& cap);
    // A replacement: tip and fee cap each raised by at least 12.5 % (nodes want 10 %), and at
    // least to what `quote` asks now. Refused (OutOfBounds) when that would exceed `cap`.
    static Result<TransactionFees> bumped(const TransactionFees& previous, const FeeQuote& quote,
                                          const UInt256& cap);
    // value + ⌈value / 8⌉, and at least value + 1.
    static UInt256 raisedByAnEighth(const UInt256& value);
};

} // namespace salesdesk
