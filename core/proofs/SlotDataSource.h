#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Slot.h"

#include <QString>

namespace salesdesk::proofs {

// Where the bytes of a slot come from when it is proven.
enum class ProofSource {
    Disk,      // the slot's data file: the host stored the data (Repo::slotDataPath)
    Generator, // SlotDataGenerator: runs that do not store data; the proof is still checkable
};

// One slot to prove, with what its source needs. Build it with onDisk() or generated().
struct SlotDataSource {
    ProofSource kind = ProofSource::Disk;
    SlotId slotId;        // both kinds (generated(): slotIdOf(requestId, slotIndex))
    quint64 slotSize = 0; // both kinds
    QString filePath;     // Disk
    RequestId requestId;  // Generator
    quint64 slotIndex = 0;

    static SlotDataSource onDisk(const SlotId& slot, QString filePath, quint64 slotSize) {
        SlotDataSource source;
        source.kind = ProofSource::Disk;
        source.slotId = slot;
        source.slotSize = slotSize;
        source.filePath = std::move(filePath);
        return source;
    }
    static SlotDataSource generated(const RequestId& requestId, quint64 slotIndex,
                                    quint64 slotSize) {
        SlotDataSource source;
        source.kind = ProofSource::Generator;
        source.slotId = slotIdOf(requestId, slotIndex);
        source.slotSize = slotSize;
        source.requestId = requestId;
        source.slotIndex = slotIndex;
        return source;
    }
};

} // namespace salesdesk::proofs
