#include "sales/HostHooks.h"

#include "clock/Clock.h"
#include "proofs/Prover.h"
#include "proofs/SlotDataGenerator.h"
#include "storage/Repo.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcHostHooks, "salesdesk.sales.hosthooks")

struct HostHooks::Download {
    StorageRequest request;
    quint64 slotIndex = 0;
    SlotId slotId;
    Timestamp expiry = 0;
    quint64 offset = 0;
    SalesHooks::OnBatch onBatch;
    QPointer<const QObject> context;
    std::function<void(Result<void>)> done;
    proofs::SlotDataGenerator generator;
};

HostHooks::HostHooks(Clock& clock, Repo& repo, proofs::Prover& prover, Options options,
                     QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_repo(repo)
    , m_prover(prover)
    , m_options(options) {
    const quint64 block = Repo::kBlockSize;
    m_options.batchBytes = std::max(block, m_options.batchBytes / block * block);
}

SalesHooks HostHooks::hooks() {
    SalesHooks hooks;
    hooks.onStore = [this](const StorageRequest& request, quint64 slotIndex, Timestamp expiry,
                           bool /*isRepairing: the simulated data is whole either way*/,
                           SalesHooks::OnBatch onBatch, const QObject* context,
                           std::function<void(Result<void>)> done) {
        const RequestId id = request.id();
        auto download = std::make_shared<Download>(Download{
            request, slotIndex, slotIdOf(id, slotIndex), expiry, 0, std::move(onBatch), context,
            std::move(done), proofs::SlotDataGenerator(id, slotIndex, request.ask.slotSize)});
        // A restarted download starts over: drop whatever an interrupted one left.
        if (auto cleared = m_repo.deleteSlotData(download->slotId); !cleared.ok())
            return download->done(cleared.error());
        m_prover.forget(download->slotId);
        QMetaObject::invokeMethod(
            this, [this, download] { storeNextBatch(download); }, Qt::QueuedConnection);
    };
    hooks.onProve = [this](const Slot& slot, const Hash32& challenge, const QObject* context,
                           std::function<void(Result<StorageProof>)> done) {
        const RequestId id = slot.request.id();
        const SlotId slotId = slotIdOf(id, slot.slotIndex);
        const quint64 size = slot.request.ask.slotSize;
        const auto source =
            m_options.storeData
                ? proofs::SlotDataSource::onDisk(slotId, m_repo.slotDataPath(slotId), size)
                : proofs::SlotDataSource::generated(id, slot.slotIndex, size);
        m_prover.prove(source, challenge, context, std::move(done));
    };
    hooks.onClear = [this](const StorageRequest& request, quint64 slotIndex) {
        const SlotId slotId = slotIdOf(request.id(), slotIndex);
        m_prover.forget(slotId);
        if (auto deleted = m_repo.deleteSlotData(slotId); !deleted.ok())
            qCWarning(lcHostHooks).noquote()
                << "could not delete slot data:" << deleted.message() << "slotId=" + slotId.toHex();
    };
    hooks.onExpiryUpdate = [this](const Slot& slot, Timestamp expiry) -> Result<void> {
        if (!m_options.storeData)
            return {};
        return m_repo.setExpiry(slotIdOf(slot.request.id(), slot.slotIndex), expiry);
    };
    hooks.onSale = [](const StorageRequest& request, quint64 slotIndex) {
        qCInfo(lcHostHooks).noquote()
            << "slot sold"
            << "requestId=" + request.id().toHex() << "slotIndex=" + QString::number(slotIndex);
    };
    return hooks;
}

void HostHooks::storeNextBatch(std::shared_ptr<Download> download) {
    if (!download->context)
        return; // the sale moved on: stop quietly
    const quint64 slotSize = download->request.ask.slotSize;
    const quint64 bytes = std::min(m_options.batchBytes, slotSize - download->offset);
    if (m_options.storeData) {
        QByteArray data(static_cast<qsizetype>(bytes), Qt::Uninitialized);
        const quint64 first = download->offset / Repo::kBlockSize;
        for (quint64 written = 0; written < bytes; written += Repo::kBlockSize) {
            const QByteArray block = download->generator.block(first + written / Repo::kBlockSize);
            std::copy(block.begin(), block.end(), data.begin() + static_cast<qsizetype>(written));
        }
        if (auto stored = m_repo.appendSlotData(download->slotId, data, download->expiry);
            !stored.ok())
            return download->done(stored.error());
    }
    if (auto released = download->onBatch(bytes); !released.ok())
        return download->done(released.error());
    download->offset += bytes;
    if (download->offset >= slotSize)
        return download->done({});
    if (m_options.downloadBytesPerSecond == 0) {
        QMetaObject::invokeMethod(
            this, [this, download] { storeNextBatch(download); }, Qt::QueuedConnection);
        return;
    }
    const auto seconds = static_cast<qint64>(
        std::max<quint64>(1, bytes / std::max<quint64>(1, m_options.downloadBytesPerSecond)));
    m_clock.callAfter(seconds, download->context, [this, download] { storeNextBatch(download); });
}

} // namespace salesdesk
