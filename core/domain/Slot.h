#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/StorageRequest.h"

#include <QtGlobal>

namespace salesdesk {

// One slot of a storage request: the part of the dataset a single host stores.
struct Slot {
    StorageRequest request;
    quint64 slotIndex = 0; // 0 .. request.ask.slots - 1

    // slotIdOf(request.id(), slotIndex). Hashes the request on every call.
    SlotId id() const;

    friend bool operator==(const Slot&, const Slot&) = default;
};

// keccak256(abi.encode(requestId, uint64 slotIndex)), the contract's slotId.
SlotId slotIdOf(const RequestId& requestId, quint64 slotIndex);

} // namespace salesdesk
