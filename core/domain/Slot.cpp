#include "core/domain/Slot.h"

#include "core/domain/AbiEncoder.h"

namespace salesdesk {

SlotId Slot::id() const {
    return slotIdOf(request.id(), slotIndex);
}

SlotId slotIdOf(const RequestId& requestId, quint64 slotIndex) {
    const QByteArray encoded = abi::encode({abi::bytes32(requestId), abi::uint(slotIndex)});
    return SlotId::fromBytes(abi::keccak256(encoded).toByteArray());
}

} // namespace salesdesk
