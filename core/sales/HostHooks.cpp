#include "core/sales/HostHooks.h"

#include "core/clock/Clock.h"
#include "core/clock/ClockHold.h"
#include "core/clock/VirtualClock.h"
#include "core/domain/CrashPoint.h"
#include "core/proofs/HashingPool.h"
#include "core/proofs/Prover.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/sales/NetworkSlotStore.h"
#include "core/storage/Repo.h"
#include "core/storage/SlotDataFiles.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcHostHooks, "salesdesk.sales.hosthooks")

namespace {

// The repo may delete data at its expiry second, but the contract still counts a slot as Filled
// (proofs due) at its request's end second, and a request as New (fillable) at its expiry
// second: data is needed through that second, so it expires one second later.
Timestamp keptThrough(Timestamp lastSecondNeeded) {
    return lastSecondNeeded + 1;
}

} // namespace

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
    if (!m_options.dataSource.isEmpty()) {
        NetworkSlotStore::Options network;
        network.dataSource = m_options.dataSource;
        network.rateLimit = m_options.downloadBytesPerSecond;
        network.retries = m_options.downloadRetries;
        network.retryDelayMs = m_options.downloadRetryDelayMs;
        network.batchBytes = m_options.batchBytes;
        network.fillLeadSeconds = m_options.fillLeadSeconds;
        network.checkedRoots = m_options.checkedSlotRoots;
        m_network = std::make_unique<NetworkSlotStore>(clock, repo, prover, network);
    }
}

HostHooks::~HostHooks() = default;

SalesHooks HostHooks::hooks() {
    SalesHooks hooks;
    hooks.onStore = [this](const StorageRequest& request, quint64 slotIndex, Timestamp expiry,
                           bool /*isRepairing: the data is whole either way*/,
                           SalesHooks::OnBatch onBatch, const QObject* context,
                           std::function<void(Result<void>)> done) {
        if (m_network)
            return m_network->store(request, slotIndex, keptThrough(expiry), std::move(onBatch),
                                    context, std::move(done));
        const RequestId id = request.id();
        auto download = std::make_shared<Download>(
            Download{request, slotIndex, slotIdOf(id, slotIndex), keptThrough(expiry), 0,
                     std::move(onBatch), context, std::move(done),
                     proofs::SlotDataGenerator(proofs::SlotDataGenerator::datasetKey(request),
                                               slotIndex, request.ask.slotSize)});
        // A restarted download starts over: drop whatever an interrupted one left.
        if (auto cleared = m_repo.deleteSlotData(download->slotId); !cleared.ok())
            return download->done(cleared.error());
        m_prover.forget(download->slotId);
        QMetaObject::invokeMethod(
            this, [this, download] { storeNextBatch(download); }, Qt::QueuedConnection);
    };
    hooks.onProve = [this](const Slot& slot, const Hash32& challenge, const QObject* context,
                           std::function<void(Result<StorageProof>)> done) {
        const quint64 size = slot.request.ask.slotSize;
        proofs::SlotDataSource source;
        if (m_options.storeData || m_network) {
            const SlotId slotId = slotIdOf(slot.request.id(), slot.slotIndex);
            source = proofs::SlotDataSource::onDisk(slotId, m_repo.slotDataPath(slotId), size);
        } else {
            source =
                proofs::SlotDataSource::generated(datasetKeyOf(slot.request), slot.slotIndex, size);
        }
        m_prover.prove(source, challenge, context, std::move(done));
    };
    hooks.onClear = [this](const StorageRequest& request, quint64 slotIndex) {
        m_datasetKeys.remove(request.nonce);
        const SlotId slotId = slotIdOf(request.id(), slotIndex);
        m_prover.forget(slotId);
        if (auto deleted = m_repo.deleteSlotData(slotId); !deleted.ok())
            qCWarning(lcHostHooks).noquote()
                << "could not delete slot data:" << deleted.message() << "slotId=" + slotId.toHex();
    };
    hooks.onExpiryUpdate = [this](const Slot& slot, Timestamp expiry) -> Result<void> {
        return m_repo.setExpiry(slotIdOf(slot.request.id(), slot.slotIndex), keptThrough(expiry));
    };
    hooks.onSale = [](const StorageRequest& request, quint64 slotIndex) {
        qCInfo(lcHostHooks).noquote()
            << "slot sold"
            << "requestId=" + request.id().toHex() << "slotIndex=" + QString::number(slotIndex);
    };
    return hooks;
}

RequestId HostHooks::datasetKeyOf(const StorageRequest& request) {
    const auto known = m_datasetKeys.constFind(request.nonce);
    if (known != m_datasetKeys.cend() && known->first == request)
        return known->second;
    // Requests whose sales ended without onClear are not removed one by one: start over.
    constexpr qsizetype kMaxKept = 10'000;
    if (m_datasetKeys.size() >= kMaxKept)
        m_datasetKeys.clear();
    const RequestId key = proofs::SlotDataGenerator::datasetKey(request);
    m_datasetKeys.insert(request.nonce, {request, key});
    return key;
}

void HostHooks::storeNextBatch(std::shared_ptr<Download> download) {
    if (!download->context)
        return; // the sale moved on: stop quietly
    const quint64 bytes =
        std::min(m_options.batchBytes, download->request.ask.slotSize - download->offset);
    if (m_options.storeData)
        return writeBatch(std::move(download), bytes);
    batchStored(std::move(download), bytes);
}

void HostHooks::writeBatch(std::shared_ptr<Download> download, quint64 bytes) {
    // The worker gets copies only: the files (a folder name), the generator and the numbers.
    const SlotDataFiles files = m_repo.slotDataFiles();
    const proofs::SlotDataGenerator generator = download->generator;
    const SlotId slotId = download->slotId;
    const quint64 offset = download->offset;
    auto work = [files, generator, slotId, offset, bytes]() -> Result<void> {
        // Batches are whole blocks, but for the slot's last one.
        const QByteArray data = generator.blocks(offset / Repo::kBlockSize,
                                                 (bytes + Repo::kBlockSize - 1) / Repo::kBlockSize);
        return files.append(slotId, offset, data);
    };

    // Released when the batch is reported, or when HostHooks goes first (with the watcher).
    auto hold = std::make_shared<VirtualClock::Hold>();
    if (auto* virtualClock = dynamic_cast<VirtualClock*>(&m_clock))
        *hold = VirtualClock::Hold(*virtualClock);
    auto* watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, download, offset, bytes, hold] {
                const Result<void> written = watcher->result();
                watcher->deleteLater();
                const auto release = qScopeGuard([hold] { hold->release(); });
                if (!download->context)
                    return; // the sale moved on: the unrecorded bytes are overwritten or cut
                if (!written.ok())
                    return download->done(written.error());
                crashPoint("sale.download.afterWrite");
                // The bytes become used and leave the reservation in one transaction, so a
                // crash never counts them twice.
                if (auto recorded = m_repo.recordWrittenSlotData(
                        download->slotId, offset, bytes, download->expiry,
                        [&download, bytes] { return download->onBatch(bytes); });
                    !recorded.ok())
                    return download->done(recorded.error());
                crashPoint("sale.download.afterRecord");
                advance(download, bytes);
            });
    // Bulk work: on the HashingPool, so proofs keep the global pool's threads.
    watcher->setFuture(QtConcurrent::run(&proofs::HashingPool::instance(), std::move(work)));
}

void HostHooks::batchStored(std::shared_ptr<Download> download, quint64 bytes) {
    // Counted as used and recorded as generated, and released from the reservation, in one
    // transaction, as a written batch is.
    if (auto recorded = m_repo.recordGeneratedSlotData(
            download->slotId, download->offset, bytes, download->expiry,
            [&download, bytes] { return download->onBatch(bytes); });
        !recorded.ok())
        return download->done(recorded.error());
    crashPoint("sale.download.afterCount");
    advance(std::move(download), bytes);
}

void HostHooks::finishDownload(std::shared_ptr<Download> download) {
    if (m_options.storeData)
        return download->done({});
    // The data is not kept, so the slot's tree is made now, once, off the event loop: as a host
    // hashes what it downloaded. The proofs then only hash the challenged blocks' groups again.
    const auto source = proofs::SlotDataSource::generated(
        download->generator.requestId(), download->slotIndex, download->request.ask.slotSize);
    // The slot must be filled before its request expires: the demo's clock waits for the tree
    // (seconds of hashing for a 4 GiB slot) rather than let the request expire meanwhile.
    auto hold = std::make_shared<ClockHold>(ClockHold::before(
        m_clock, download->expiry - 1 - m_options.fillLeadSeconds, ClockHoldReason::Download));
    m_prover.buildTree(source, download->context, [download, hold](Result<Hash32> root) {
        hold->release();
        if (!root.ok())
            return download->done(root.error());
        download->done({});
    });
}

void HostHooks::advance(std::shared_ptr<Download> download, quint64 bytes) {
    download->offset += bytes;
    if (download->offset >= download->request.ask.slotSize)
        return finishDownload(std::move(download));
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
