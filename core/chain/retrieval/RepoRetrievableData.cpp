#include "core/chain/retrieval/RepoRetrievableData.h"

#include "core/storage/Repo.h"
#include "core/storage/SlotDataFiles.h"

namespace salesdesk {

static_assert(RetrievableData::kBlockSize == SlotDataFiles::kBlockSize,
              "retrievals read the repo's blocks as they are");

Result<quint64> RepoRetrievableData::size(const SlotId& slot) const {
    SD_TRY_DECLARE(bytes, m_repo.storedBytes(slot));
    if (bytes == 0)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no data of slot %1 is held here").arg(slot.toHex()));
    return bytes;
}

Result<QByteArray> RepoRetrievableData::readBlock(const SlotId& slot, quint64 index) const {
    return m_repo.readBlock(slot, index);
}

} // namespace salesdesk
