#include "core/transfer/SlotRootCheck.h"

#include "core/domain/ContextGuard.h"
#include "core/proofs/HashingPool.h"
#include "core/proofs/MerkleTree.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/proofs/SlotFileReader.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSlotRootCheck, "salesdesk.transfer.slotrootcheck")

namespace salesdesk::transfer {

Result<void> SlotRootCheck::check(const Hash32& slotRoot, const SlotPlacement& placement) {
    if (placement.slotIndex >= placement.slots)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("slot index %1 is out of range: the request has %2 slots")
                             .arg(placement.slotIndex)
                             .arg(placement.slots));
    const int length = proofs::MerkleTree::pathLength(placement.slotIndex, placement.slots);
    if (placement.slotPath.size() != length)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the slot path has %1 hashes, slot %2 of a request of %3 "
                                        "slots needs %4 (slot root %5, content root %6)")
                             .arg(placement.slotPath.size())
                             .arg(placement.slotIndex)
                             .arg(placement.slots)
                             .arg(length)
                             .arg(slotRoot.toHex(), placement.contentRoot.toHex()));
    const std::optional<Hash32> reached = proofs::MerkleTree::rootFromPath(
        slotRoot, placement.slotIndex, placement.slots, placement.slotPath);
    if (!reached || *reached != placement.contentRoot)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the slot data does not belong to the request: its root "
                                        "%1 leads at slot %2 of %3 to %4, the request's content "
                                        "root is %5")
                             .arg(slotRoot.toHex())
                             .arg(placement.slotIndex)
                             .arg(placement.slots)
                             .arg(reached ? reached->toHex() : QStringLiteral("nothing"),
                                  placement.contentRoot.toHex()));
    return {};
}

Result<Hash32> SlotRootCheck::computeAndCheck(const proofs::SlotDataSource& source,
                                              const SlotPlacement& placement) {
    Hash32 root;
    if (source.kind == proofs::ProofSource::Generator) {
        root = proofs::SlotDataGenerator::slotRoot(source.requestId, source.slotIndex,
                                                   source.slotSize);
    } else {
        auto leaves = proofs::SlotFileReader::leafHashes(source.filePath, source.slotSize);
        if (!leaves.ok())
            return leaves.error();
        root = proofs::MerkleTree::rootOf(std::move(leaves).value());
    }
    SD_TRY(check(root, placement));
    return root;
}

void SlotRootCheck::start(const proofs::SlotDataSource& source, const SlotPlacement& placement,
                          const QObject* context, Callback callback) {
    // Owned by nobody: it deletes itself once the job is done, whoever is gone by then.
    auto* watcher = new QFutureWatcher<Result<Hash32>>();
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, watcher,
        [watcher, guard = ContextGuard(context), slot = source.slotId,
         callback = std::move(callback)] {
            watcher->deleteLater();
            const Result<Hash32> result = watcher->result();
            if (result.ok())
                qCInfo(lcSlotRootCheck).noquote()
                    << QStringLiteral("slotId=%1 root %2 is in the request's content")
                           .arg(slot.toHex(), result->toHex());
            else
                qCWarning(lcSlotRootCheck).noquote()
                    << QStringLiteral("slotId=%1: %2").arg(slot.toHex(), result.message());
            if (!guard.gone())
                callback(result);
        });
    watcher->setFuture(QtConcurrent::run(&proofs::HashingPool::instance(), [source, placement] {
        return computeAndCheck(source, placement);
    }));
}

} // namespace salesdesk::transfer
