#include "core/sales/NetworkSlotStore.h"

#include "core/clock/ClockHold.h"
#include "core/clock/VirtualClock.h"
#include "core/domain/ContextGuard.h"
#include "core/proofs/HashingPool.h"
#include "core/proofs/MerkleTree.h"
#include "core/proofs/Prover.h"
#include "core/proofs/SlotFileReader.h"
#include "core/sales/CheckedSlotRoots.h"
#include "core/sales/SlotDataProtocol.h"
#include "core/storage/Repo.h"
#include "core/storage/SlotDataFiles.h"
#include "core/transfer/SlotDownload.h"
#include "core/transfer/SlotRootCheck.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcNetworkSlotStore, "salesdesk.sales.networkslotstore")

namespace {

// The slot roots are a small JSON answer (about 70 bytes a slot): a bigger one is refused as it
// arrives, before it fills the memory.
constexpr qint64 kMaxSlotRootsBytes = 1024 * 1024;

} // namespace

struct NetworkSlotStore::Job {
    StorageRequest request;
    quint64 slotIndex = 0;
    SlotId slotId;
    Timestamp keptUntil = 0;
    SalesHooks::OnBatch onBatch;
    ContextGuard guard{nullptr};
    std::function<void(Result<void>)> done;
    quint64 counted = 0; // bytes of the file recorded and handed to onBatch
    quint64 inFile = 0;  // bytes in the file, as the download last reported
    int retriesUsed = 0;
    QPointer<transfer::SlotDownload> download;
    QPointer<QNetworkReply> rootsReply;
    Hash32 contentRoot;
    std::vector<Hash32> slotRoots;
    bool wholeDataset = false; // the source serves the dataset only (a Codex node)
    quint64 otherSlot = 0;     // the slot whose root is computed next, in that case
    VirtualClock::Hold hold;
    ClockHold deadlineHold; // the demo's clock: time waits before the fill's deadline
    bool over = false;

    QString describe() const {
        return QStringLiteral("requestId=%1 slotIndex=%2 slotId=%3")
            .arg(request.id().toHex())
            .arg(slotIndex)
            .arg(slotId.toHex());
    }
    // Ends what is running, without a callback.
    void stop() {
        over = true;
        if (download) {
            download->cancel();
            download->deleteLater();
        }
        if (rootsReply) {
            rootsReply->abort();
            rootsReply->deleteLater();
        }
        hold.release();
        deadlineHold.release();
    }
};

NetworkSlotStore::NetworkSlotStore(Clock& clock, Repo& repo, proofs::Prover& prover,
                                   Options options, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_repo(repo)
    , m_prover(prover)
    , m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>()) {}

NetworkSlotStore::~NetworkSlotStore() = default;

QString NetworkSlotStore::scratchPath(const Job& job) const {
    return m_repo.slotDataPath(job.slotId) + QStringLiteral(".roots-check");
}

void NetworkSlotStore::store(const StorageRequest& request, quint64 slotIndex, Timestamp keptUntil,
                             SalesHooks::OnBatch onBatch, const QObject* context,
                             std::function<void(Result<void>)> done) {
    auto job = std::make_shared<Job>();
    job->request = request;
    job->slotIndex = slotIndex;
    job->slotId = slotIdOf(request.id(), slotIndex);
    job->keptUntil = keptUntil;
    job->onBatch = std::move(onBatch);
    job->guard = ContextGuard(context);
    job->done = std::move(done);
    if (auto* virtualClock = dynamic_cast<VirtualClock*>(&m_clock))
        job->hold = VirtualClock::Hold(*virtualClock);
    // The slot must be in and checked before the request expires (less the fill's lead): on the
    // demo's accelerated clock time stops short of that while bytes arrive in real time.
    job->deadlineHold = ClockHold::before(m_clock, keptUntil - 1 - m_options.fillLeadSeconds,
                                          ClockHoldReason::Download);
    if (context)
        connect(context, &QObject::destroyed, this, [job] { job->stop(); });

    // Resume after what was counted; cut away what was written but never counted.
    auto recorded = m_repo.storedBytes(job->slotId);
    if (!recorded.ok())
        return finish(job, recorded.error());
    job->counted = *recorded;
    if (auto cut = m_repo.slotDataFiles().truncate(job->slotId, job->counted); !cut.ok())
        return finish(job, cut.error());
    m_prover.forget(job->slotId);
    QFile::remove(scratchPath(*job)); // a check that a crash broke off
    qCInfo(lcNetworkSlotStore).noquote()
        << "downloading slot data from"
        << SlotDataProtocol::slotUrl(m_options.dataSource, request.content.cid, slotIndex)
               .toDisplayString()
        << QStringLiteral("(%1 of %2 bytes on record)").arg(job->counted).arg(request.ask.slotSize)
        << job->describe();
    startDownload(job);
}

void NetworkSlotStore::startDownload(std::shared_ptr<Job> job) {
    if (job->over || job->guard.gone())
        return;
    const QUrl url =
        job->wholeDataset
            ? SlotDataProtocol::datasetUrl(m_options.dataSource, job->request.content.cid)
            : SlotDataProtocol::slotUrl(m_options.dataSource, job->request.content.cid,
                                        job->slotIndex);
    auto* download = new transfer::SlotDownload(
        m_network.get(), url, m_repo.slotDataPath(job->slotId), job->request.ask.slotSize,
        downloadOptions(*job, job->wholeDataset, job->slotIndex), this);
    job->download = download;
    download->start(
        job->guard.get(), [this, job](quint64 bytesInFile) { onProgress(job, bytesInFile); },
        [this, job, download](Result<void> result) {
            download->deleteLater();
            onDownloaded(job, std::move(result));
        });
}

void NetworkSlotStore::onProgress(const std::shared_ptr<Job>& job, quint64 bytesInFile) {
    if (job->over)
        return;
    job->inFile = bytesInFile;
    // Counted a batch at a time: the reply hands its body over a few kilobytes at a time, and
    // each count is a transaction and a release from the reservation on the event loop (a 1 MiB
    // slot was 243 of them). The rest is counted when the download ends.
    if (bytesInFile < job->counted + m_options.batchBytes &&
        bytesInFile < job->request.ask.slotSize)
        return;
    countFileBytes(job);
}

bool NetworkSlotStore::countFileBytes(const std::shared_ptr<Job>& job) {
    // The file may start over at 0 (a server that ignored the range): its bytes up to the record
    // are then counted already, and only what goes past the record is new.
    if (job->inFile <= job->counted)
        return true;
    const quint64 fresh = job->inFile - job->counted;
    // Counted as used, recorded and released from the reservation in one transaction.
    if (auto recorded =
            m_repo.recordWrittenSlotData(job->slotId, job->counted, fresh, job->keptUntil,
                                         [&job, fresh] { return job->onBatch(fresh); });
        !recorded.ok()) {
        finish(job, recorded.error());
        return false;
    }
    job->counted = job->inFile;
    return true;
}

void NetworkSlotStore::onDownloaded(std::shared_ptr<Job> job, Result<void> result) {
    if (job->over || !countFileBytes(job))
        return;
    if (!result.ok() && result.error().code == ErrorCode::NotFound && !job->wholeDataset) {
        // No slot endpoint: perhaps a Codex node, which serves the whole dataset only.
        const StorageRequest& request = job->request;
        if (request.ask.slotSize == 0 ||
            request.ask.slots > std::numeric_limits<quint64>::max() / request.ask.slotSize)
            return finish(job, result.error());
        job->wholeDataset = true;
        qCInfo(lcNetworkSlotStore).noquote()
            << result.message() << QStringLiteral("; taking the slot out of the whole dataset at")
            << SlotDataProtocol::datasetUrl(m_options.dataSource, request.content.cid)
                   .toDisplayString()
            << job->describe();
        return startDownload(std::move(job));
    }
    if (!result.ok())
        return retryOrFail(std::move(job), result.error(),
                           [this](std::shared_ptr<Job> again) { startDownload(std::move(again)); });
    if (job->counted != job->request.ask.slotSize)
        return finish(job, makeError(ErrorCode::Io,
                                     QStringLiteral("the download ended with %1 of the slot's %2 "
                                                    "bytes counted")
                                         .arg(job->counted)
                                         .arg(job->request.ask.slotSize)));
    job->retriesUsed = 0;
    if (job->wholeDataset)
        return computeDatasetRoots(std::move(job));
    fetchSlotRoots(std::move(job));
}

void NetworkSlotStore::computeDatasetRoots(std::shared_ptr<Job> job) {
    job->slotRoots.assign(job->request.ask.slots, Hash32{});
    job->otherSlot = 0;
    // This slot's root first: its tree stays for the proofs.
    buildOwnTree(job, [this, job](Hash32 root) {
        job->slotRoots[job->slotIndex] = root;
        fetchOtherSlot(job);
    });
}

void NetworkSlotStore::buildOwnTree(const std::shared_ptr<Job>& job,
                                    std::function<void(Hash32)> then) {
    // Off the event loop; the tree stays for the proofs.
    const auto source = proofs::SlotDataSource::onDisk(
        job->slotId, m_repo.slotDataPath(job->slotId), job->request.ask.slotSize);
    m_prover.buildTree(source, job->guard.get(),
                       [this, job, then = std::move(then)](Result<Hash32> root) {
                           if (job->over)
                               return;
                           if (!root.ok())
                               return finish(job, root.error());
                           then(*root);
                       });
}

transfer::SlotDownload::Options NetworkSlotStore::downloadOptions(const Job& job, bool fromDataset,
                                                                  quint64 slotIndex) const {
    transfer::SlotDownload::Options options;
    options.rateLimit = m_options.rateLimit;
    options.idleTimeoutMs = m_options.idleTimeoutMs;
    options.batchBytes = m_options.batchBytes;
    if (fromDataset) {
        options.resourceOffset = slotIndex * job.request.ask.slotSize;
        options.resourceSize = job.request.ask.slots * job.request.ask.slotSize;
    }
    return options;
}

void NetworkSlotStore::fetchOtherSlot(std::shared_ptr<Job> job) {
    if (job->over || job->guard.gone())
        return;
    if (job->otherSlot == job->slotIndex)
        ++job->otherSlot;
    const quint64 slots = job->request.ask.slots;
    if (job->otherSlot >= slots) {
        const Hash32 computed = proofs::MerkleTree::rootOf(job->slotRoots);
        if (computed != job->request.content.merkleRoot)
            return finish(
                job, makeError(ErrorCode::InvalidArgument,
                               QString::fromLatin1(kDataMismatch) +
                                   QStringLiteral(" %1: the dataset's %2 slots, "
                                                  "downloaded from %3, give the "
                                                  "content root %4")
                                       .arg(job->request.content.merkleRoot.toHex())
                                       .arg(slots)
                                       .arg(SlotDataProtocol::datasetUrl(m_options.dataSource,
                                                                         job->request.content.cid)
                                                .toDisplayString(),
                                            computed.toHex())));
        return checkRoot(job, job->slotRoots[job->slotIndex]);
    }
    auto* download = new transfer::SlotDownload(
        m_network.get(),
        SlotDataProtocol::datasetUrl(m_options.dataSource, job->request.content.cid),
        scratchPath(*job), job->request.ask.slotSize, downloadOptions(*job, true, job->otherSlot),
        this);
    job->download = download;
    download->start(job->guard.get(), {}, [this, job, download](Result<void> result) {
        download->deleteLater();
        if (job->over)
            return;
        if (!result.ok())
            return onOtherSlotRoot(job, result.error());
        // Hashed off the event loop on the HashingPool, like the slot's own tree.
        auto* watcher = new QFutureWatcher<Result<Hash32>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, job, watcher] {
            watcher->deleteLater();
            if (!job->over)
                onOtherSlotRoot(job, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(
            &proofs::HashingPool::instance(),
            [path = scratchPath(*job), slotSize = job->request.ask.slotSize]() -> Result<Hash32> {
                auto leaves = proofs::SlotFileReader::leafHashes(path, slotSize);
                if (!leaves.ok())
                    return leaves.error();
                return proofs::MerkleTree::rootOf(*leaves);
            }));
    });
}

void NetworkSlotStore::onOtherSlotRoot(std::shared_ptr<Job> job, Result<Hash32> root) {
    if (!root.ok())
        return retryOrFail(std::move(job), root.error(), [this](std::shared_ptr<Job> again) {
            fetchOtherSlot(std::move(again));
        });
    QFile::remove(scratchPath(*job));
    job->slotRoots[job->otherSlot] = *root;
    ++job->otherSlot;
    job->retriesUsed = 0;
    fetchOtherSlot(std::move(job));
}

void NetworkSlotStore::fetchSlotRoots(std::shared_ptr<Job> job) {
    if (job->over || job->guard.gone())
        return;
    QNetworkRequest request(
        SlotDataProtocol::slotRootsUrl(m_options.dataSource, job->request.content.cid));
    request.setTransferTimeout(m_options.idleTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    job->rootsReply = reply;
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, tooLarge](qint64 received) {
        if (received > kMaxSlotRootsBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply, tooLarge] {
        reply->deleteLater();
        if (job->over)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString url = reply->url().toDisplayString();
        if (*tooLarge || reply->bytesAvailable() > kMaxSlotRootsBytes)
            return onSlotRoots(job,
                               makeError(ErrorCode::InvalidArgument,
                                         QStringLiteral("the slot roots from %1 are larger than "
                                                        "%2 bytes")
                                             .arg(url)
                                             .arg(kMaxSlotRootsBytes)));
        if (reply->error() != QNetworkReply::NoError) {
            const ErrorCode code = (status == 404 || status == 410)  ? ErrorCode::NotFound
                                   : (status >= 400 && status < 500) ? ErrorCode::InvalidArgument
                                                                     : ErrorCode::Io;
            return onSlotRoots(job, makeError(code, QStringLiteral("cannot fetch the slot roots "
                                                                   "from %1: %2")
                                                        .arg(url, reply->errorString())));
        }
        onSlotRoots(job, reply->readAll());
    });
}

void NetworkSlotStore::onSlotRoots(std::shared_ptr<Job> job, Result<QByteArray> body) {
    if (!body.ok())
        return retryOrFail(std::move(job), body.error(), [this](std::shared_ptr<Job> again) {
            fetchSlotRoots(std::move(again));
        });
    auto parsed = SlotDataProtocol::parseSlotRoots(*body);
    if (!parsed.ok())
        return finish(job, parsed.error());
    const Hash32& contentRoot = job->request.content.merkleRoot;
    if (parsed->first != contentRoot)
        return finish(job, makeError(ErrorCode::InvalidArgument,
                                     QString::fromLatin1(kDataMismatch) +
                                         QStringLiteral(" %1: the server publishes the slot "
                                                        "roots of content root %2")
                                             .arg(contentRoot.toHex(), parsed->first.toHex())));
    if (parsed->second.size() != job->request.ask.slots)
        return finish(job, makeError(ErrorCode::InvalidArgument,
                                     QString::fromLatin1(kDataMismatch) +
                                         QStringLiteral(" %1: the server publishes %2 slot roots, "
                                                        "the request has %3 slots")
                                             .arg(contentRoot.toHex())
                                             .arg(parsed->second.size())
                                             .arg(job->request.ask.slots)));
    job->contentRoot = parsed->first;
    job->slotRoots = std::move(parsed->second);
    buildOwnTree(job, [this, job](Hash32 root) { checkRoot(job, root); });
}

void NetworkSlotStore::checkRoot(std::shared_ptr<Job> job, Hash32 slotRoot) {
    transfer::SlotPlacement placement;
    placement.contentRoot = job->request.content.merkleRoot;
    placement.slotIndex = job->slotIndex;
    placement.slots = job->request.ask.slots;
    placement.slotPath = proofs::MerkleTree(job->slotRoots).path(job->slotIndex);
    if (auto checked = transfer::SlotRootCheck::check(slotRoot, placement); !checked.ok()) {
        m_prover.forget(job->slotId);
        return finish(job, makeError(ErrorCode::InvalidArgument,
                                     QString::fromLatin1(kDataMismatch) +
                                         QStringLiteral(" %1: %2").arg(
                                             placement.contentRoot.toHex(), checked.message())));
    }
    if (m_options.checkedRoots)
        m_options.checkedRoots->add(job->request.id(), job->slotRoots);
    qCInfo(lcNetworkSlotStore).noquote()
        << "slot data downloaded and checked: root" << slotRoot.toHex()
        << "proves into content root" << placement.contentRoot.toHex() << job->describe();
    finish(job, {});
}

void NetworkSlotStore::retryOrFail(std::shared_ptr<Job> job, const Error& error,
                                   std::function<void(std::shared_ptr<Job>)> again) {
    if (error.code != ErrorCode::Io || job->retriesUsed >= m_options.retries)
        return finish(job, error);
    const int delayMs = m_options.retryDelayMs << std::min(job->retriesUsed, 16);
    ++job->retriesUsed;
    qCWarning(lcNetworkSlotStore).noquote()
        << QStringLiteral("%1; trying again in %2 ms (retry %3 of %4)")
               .arg(error.message)
               .arg(delayMs)
               .arg(job->retriesUsed)
               .arg(m_options.retries)
        << job->describe();
    QTimer::singleShot(delayMs, this, [job, again = std::move(again)] {
        if (!job->over)
            again(job);
    });
}

void NetworkSlotStore::finish(const std::shared_ptr<Job>& job, Result<void> result) {
    if (job->over)
        return;
    job->over = true;
    if (job->download) {
        job->download->cancel(); // nothing when it is over already
        job->download->deleteLater();
    }
    if (job->wholeDataset)
        QFile::remove(scratchPath(*job));
    if (!result.ok())
        qCWarning(lcNetworkSlotStore).noquote()
            << "slot data not stored:" << result.message() << job->describe();
    // Released after the answer: the sale's next step starts before market time may move.
    const auto done = std::move(job->done);
    if (!job->guard.gone())
        done(std::move(result));
    job->hold.release();
    job->deadlineHold.release();
}

} // namespace salesdesk
