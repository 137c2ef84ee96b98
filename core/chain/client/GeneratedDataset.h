#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/StorageRequest.h"

#include <QByteArray>

#include <vector>

namespace salesdesk {

// A request's dataset as a client serves it: its slots back to back, slot i being the generated
// data SlotDataGenerator makes for the request's dataset key and slot i. So the bytes a host
// downloads for slot i are exactly those whose root is leaf i of content.merkleRoot (see
// docs/contracts.md on slot roots), and no one has to keep them.
class GeneratedDataset {
public:
    explicit GeneratedDataset(StorageRequest request);

    const StorageRequest& request() const { return m_request; }
    const RequestId& requestId() const { return m_requestId; }
    quint64 slots() const { return m_request.ask.slots; }
    quint64 slotSize() const { return m_request.ask.slotSize; }
    // slots() × slotSize(), in bytes (a request's validate() keeps it within 64 bits here).
    quint64 size() const;

    // The bytes [offset, offset + length), cut at size().
    QByteArray read(quint64 offset, quint64 length) const;

    // Every slot's root, in slot order: what the client publishes beside the data, so a host can
    // check that its slot's root is leaf i of content.merkleRoot. Costs hashing the whole dataset
    // unless the generator's tree cache holds it.
    std::vector<Hash32> slotRoots() const;

    // A request of a generated dataset: `request` with content.merkleRoot set to the root over its
    // generated slots' roots (every other field must be final: they key the data). Hashes the
    // whole dataset: off the GUI thread for large ones. The slot roots go to `slotRoots` when
    // given, so that no one hashes them again.
    static StorageRequest withGeneratedRoot(StorageRequest request,
                                            std::vector<Hash32>* slotRoots = nullptr);

private:
    StorageRequest m_request;
    RequestId m_requestId;
    RequestId m_datasetKey;
};

} // namespace salesdesk
