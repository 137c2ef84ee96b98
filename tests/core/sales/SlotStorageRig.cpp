#include "tests/core/sales/SlotStorageRig.h"

namespace salesdesk::test {

SlotStorageRig::SlotStorageRig(qint64 start)
    : m_clock(start) {}

Result<std::unique_ptr<SlotStorageRig>> SlotStorageRig::open(qint64 start) {
    std::unique_ptr<SlotStorageRig> rig(new SlotStorageRig(start));
    if (!rig->m_dir.isValid())
        return Error{ErrorCode::Io,
                     QStringLiteral("no temporary folder: %1").arg(rig->m_dir.errorString())};
    SD_TRY_ASSIGN(rig->m_database, Database::open(rig->m_dir.filePath(QStringLiteral("host.db")),
                                                  Database::kHostApplicationId));
    rig->m_repo =
        std::make_unique<Repo>(*rig->m_database, rig->m_dir.filePath(QStringLiteral("slots")));
    SD_TRY(rig->m_repo->open());
    rig->m_prover = std::make_unique<proofs::Prover>(&rig->m_clock);
    return rig;
}

} // namespace salesdesk::test
