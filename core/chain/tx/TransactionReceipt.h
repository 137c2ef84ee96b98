#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QJsonValue>

#include <optional>

namespace salesdesk {

// What eth_getTransactionReceipt says about a mined transaction: where it was mined, whether it
// succeeded, the gas it used and, for a contract creation, the new contract's address. The logs
// are read through the event cursor, not from here.
struct TransactionReceipt {
    Hash32 transactionHash;
    quint64 blockNumber = 0;
    Hash32 blockHash;
    bool succeeded = false; // status 0x1
    quint64 gasUsed = 0;
    UInt256 effectiveGasPrice;
    std::optional<Address> contractAddress;

    // A receipt object, parsed strictly: a missing or malformed field is an error naming it.
    static Result<TransactionReceipt> fromJson(const QJsonValue& value);
};

} // namespace salesdesk
