#include "core/chain/client/GeneratedDataset.h"

#include "core/proofs/MerkleTree.h"
#include "core/proofs/SlotBlocks.h"
#include "core/proofs/SlotDataGenerator.h"

#include <algorithm>

namespace salesdesk {

GeneratedDataset::GeneratedDataset(StorageRequest request)
    : m_request(std::move(request))
    , m_requestId(m_request.id())
    , m_datasetKey(proofs::SlotDataGenerator::datasetKey(m_request)) {}

quint64 GeneratedDataset::size() const {
    return slots() * slotSize();
}

QByteArray GeneratedDataset::read(quint64 offset, quint64 length) const {
    const quint64 total = size();
    if (offset >= total || length == 0)
        return {};
    length = std::min(length, total - offset);
    QByteArray out(static_cast<qsizetype>(length), Qt::Uninitialized);
    QByteArray block(static_cast<qsizetype>(proofs::kBlockSize), Qt::Uninitialized);
    quint64 written = 0;
    while (written < length) {
        const quint64 at = offset + written;
        const quint64 slot = at / slotSize();
        const quint64 inSlot = at % slotSize();
        const quint64 blockIndex = inSlot / proofs::kBlockSize;
        const quint64 inBlock = inSlot % proofs::kBlockSize;
        const proofs::SlotDataGenerator generator(m_datasetKey, slot, slotSize());
        const quint64 blockLength = generator.blockLength(blockIndex);
        generator.fillBlock(blockIndex, block.data());
        const quint64 take = std::min(blockLength - inBlock, length - written);
        std::copy_n(block.constData() + inBlock, take, out.data() + written);
        written += take;
    }
    return out;
}

std::vector<Hash32> GeneratedDataset::slotRoots() const {
    return proofs::SlotDataGenerator::slotRoots(m_datasetKey, slots(), slotSize());
}

StorageRequest GeneratedDataset::withGeneratedRoot(StorageRequest request,
                                                   std::vector<Hash32>* slotRoots) {
    request.content.merkleRoot = Hash32();
    const RequestId key = proofs::SlotDataGenerator::datasetKey(request);
    std::vector<Hash32> roots =
        proofs::SlotDataGenerator::slotRoots(key, request.ask.slots, request.ask.slotSize);
    request.content.merkleRoot = proofs::MerkleTree::rootOf(roots);
    if (slotRoots)
        *slotRoots = std::move(roots);
    return request;
}

} // namespace salesdesk
