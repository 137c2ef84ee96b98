#pragma once

#include "core/storage/SlotDataFiles.h"

#include <QtGlobal>

#include <algorithm>

namespace salesdesk::proofs {

// How slot data splits into blocks for proofs: blocks of kBlockSize bytes (the storage layer's
// block), the last one shorter when the slot size is not a multiple. A slot of 0 bytes has no
// blocks and cannot be proven.
inline constexpr quint64 kBlockSize = SlotDataFiles::kBlockSize;

constexpr quint64 blockCount(quint64 slotSize) {
    return slotSize / kBlockSize + (slotSize % kBlockSize != 0 ? 1 : 0);
}

// Bytes in block `index` (0 past the end).
constexpr quint64 blockLength(quint64 slotSize, quint64 index) {
    const quint64 offset = index * kBlockSize;
    return index < blockCount(slotSize) ? std::min(kBlockSize, slotSize - offset) : 0;
}

} // namespace salesdesk::proofs
