#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QByteArray>

namespace salesdesk {

// The slot data a provider can hand out in retrievals, read in blocks of kBlockSize (the last
// block of a slot may be shorter). RepoRetrievableData reads the host's repo.
class RetrievableData {
public:
    static constexpr quint64 kBlockSize = 64 * 1024;

    virtual ~RetrievableData() = default;
    // The slot's bytes held; NotFound when none are.
    virtual Result<quint64> size(const SlotId& slot) const = 0;
    // Block `index`; OutOfBounds past the last.
    virtual Result<QByteArray> readBlock(const SlotId& slot, quint64 index) const = 0;
};

} // namespace salesdesk
