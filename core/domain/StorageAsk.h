#pragma once

#include "core/domain/UInt256.h"

#include <QtGlobal>

namespace salesdesk {

// What a storage request asks of hosts: the contract's `Ask`, field for field and in ABI order.
struct StorageAsk {
    UInt256 proofProbability;      // how often storage proofs are required
    UInt256 pricePerBytePerSecond; // tokens paid to a host per byte per second
    UInt256 collateralPerByte;     // tokens per byte a host deposits to fill a slot
    quint64 slots = 0;             // number of slots the dataset is split into
    quint64 slotSize = 0;          // bytes per slot
    quint64 duration = 0;          // seconds the content must be stored
    quint64 maxSlotLoss = 0;       // slots that may be lost before the request fails

    friend bool operator==(const StorageAsk&, const StorageAsk&) = default;
};

} // namespace salesdesk
