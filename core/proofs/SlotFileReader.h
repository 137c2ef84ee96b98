#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/proofs/MerkleTree.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace salesdesk::proofs {

// Reads a slot's data file (the first `slotSize` bytes; bytes past them are ignored) for proofs.
// Only reads, so any function may run on any thread at any time. Missing file: NotFound; a file
// shorter than the slot or a failed read: Io. Messages name the file.
class SlotFileReader {
public:
    // Bytes per read when hashing a whole file: 64 blocks (4 MiB).
    static constexpr quint64 kBlocksPerRead = 64;

    // The hash of every block. Large sequential reads, hashed on all cores (QtConcurrent); the
    // calling thread takes part, so this may run inside a QtConcurrent job.
    static Result<std::vector<Hash32>> leafHashes(const QString& path, quint64 slotSize);
    static Result<MerkleTree> buildTree(const QString& path, quint64 slotSize);

    // Block `index`, read from the file now. OutOfBounds past the last block.
    static Result<QByteArray> readBlock(const QString& path, quint64 slotSize, quint64 index);
    static Result<Hash32> hashBlock(const QString& path, quint64 slotSize, quint64 index);
};

} // namespace salesdesk::proofs
