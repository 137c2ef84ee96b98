#pragma once

#include "core/chain/retrieval/RetrievableData.h"

namespace salesdesk {

class Repo;

// The slots of the host's repo as retrievable data: what it has on record for a slot, written or
// generated (a slot with nothing on record is NotFound).
class RepoRetrievableData final : public RetrievableData {
public:
    explicit RepoRetrievableData(const Repo& repo)
        : m_repo(repo) {}

    Result<quint64> size(const SlotId& slot) const override;
    Result<QByteArray> readBlock(const SlotId& slot, quint64 index) const override;

private:
    const Repo& m_repo;
};

} // namespace salesdesk
