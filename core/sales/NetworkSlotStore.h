#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageRequest.h"
#include "core/sales/SalesHooks.h"
#include "core/transfer/SlotDownload.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace salesdesk {

class CheckedSlotRoots;
class Clock;
class Repo;
namespace proofs {
class Prover;
}

// onStore for a host that downloads its slot's data from the storage client's HTTP server
// (DatasetServer: `GET <base>/salesdesk/v1/data/<cid>/slots/<i>` for slot i's bytes and
// `GET <base>/salesdesk/v1/data/<cid>/slot-roots` for {"contentRoot", "slotRoots"}; the CID is the
// request's content.cid in lowercase hex) and checks it before the sale fills the slot:
//
// 1. The slot's file is cut to the bytes the repo has on record: bytes past the record were never
//    counted (a crash between a write and its record); what was counted stays and the download
//    resumes after it.
// 2. transfer::SlotDownload fetches the rest at the rate limit. Each time the file holds
//    Options::batchBytes more than were counted (or the whole slot), and when the download ends,
//    the new bytes are recorded as written slot data and handed to onBatch (the sale releases
//    them from its reservation) in one transaction, so every byte is
//    counted once: also when a server ignores the range and the file starts over at 0 (nothing
//    is counted again until the file is past the record), and across a resume.
// 3. A transient failure (ErrorCode::Io: connection lost, timeout, HTTP 5xx, a body cut short)
//    is tried again after a delay that doubles each time (QTimer), at most `retries` times; then
//    the store fails. Other failures (404, a server that breaks the Range rules) fail at once.
// 4. The slot roots are fetched; the request's content root must be theirs. The slot's root is
//    computed over the file by Prover::buildTree (off the event loop; the tree is kept for the
//    proofs) and checked with transfer::SlotRootCheck against the request's content root with
//    the path the roots give. Only then does the store answer ok (and the roots go to
//    Options::checkedRoots, for the fill's slot path).
//
// A data source that has no slot endpoint (404: a Codex node, whose REST API serves only
// `GET <base>/api/codex/v1/data/<cid>/network/stream`, the whole dataset) is read as a dataset
// instead: slot i is the dataset's bytes [i × slotSize, (i + 1) × slotSize), taken by range, and
// as such a node publishes no slot roots, the host computes them itself by downloading every
// other slot once (into a scratch file beside the slot's, hashed and deleted): the check then
// costs the whole dataset's bytes in transfer, never more than one other slot on disk.
//
// Wrong data fails with an InvalidArgument error whose message starts with kDataMismatch ("slot
// data does not prove into the request's content root …", then the roots involved); every
// failure leaves the file and its record to the sale's cleanup (onClear deletes both, the
// reservation goes back to its availability).
//
// With a VirtualClock the whole store holds the clock: market time waits for the network. With
// an AcceleratedClock it holds time before the fill's deadline (the request's expiry less
// Options::fillLeadSeconds), as HostHooks does for a generated slot's tree.
class NetworkSlotStore : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl dataSource;            // the client's server, e.g. http://127.0.0.1:8080
        quint64 rateLimit = 0;      // bytes per second; 0: none
        int retries = 3;            // transient failures tried again
        int retryDelayMs = 500;     // before the first retry; doubled for each one after it
        int idleTimeoutMs = 30'000; // no byte for this long: a transient failure
        quint64 batchBytes = 1024 * 1024;
        // How long before the request expires the slot must be in for its fill: an accelerated
        // clock (the demo's) holds its time before then while the store runs.
        qint64 fillLeadSeconds = 0;
        // Where the slot roots of each checked request go (for the fill), when given.
        std::shared_ptr<CheckedSlotRoots> checkedRoots;
    };

    NetworkSlotStore(Clock& clock, Repo& repo, proofs::Prover& prover, Options options,
                     QObject* parent = nullptr);
    ~NetworkSlotStore() override;

    // The onStore hook's work; `keptUntil` is the record's expiry (when the sweeper may delete).
    void store(const StorageRequest& request, quint64 slotIndex, Timestamp keptUntil,
               SalesHooks::OnBatch onBatch, const QObject* context,
               std::function<void(Result<void>)> done);

    static constexpr char kDataMismatch[] =
        "slot data does not prove into the request's content root";

    const Options& options() const { return m_options; }

private:
    struct Job;
    void startDownload(std::shared_ptr<Job> job);
    void onProgress(const std::shared_ptr<Job>& job, quint64 bytesInFile);
    // Records the file's bytes past the count and hands them to onBatch; false when that failed
    // (the job is then over).
    bool countFileBytes(const std::shared_ptr<Job>& job);
    void onDownloaded(std::shared_ptr<Job> job, Result<void> result);
    void fetchSlotRoots(std::shared_ptr<Job> job);
    void onSlotRoots(std::shared_ptr<Job> job, Result<QByteArray> body);
    void checkRoot(std::shared_ptr<Job> job, Hash32 slotRoot);
    // A data source without the slot endpoints (a Codex node): every other slot is downloaded
    // from the dataset in turn into a scratch file, hashed off the event loop and deleted, and
    // the roots so computed must give the request's content root.
    void computeDatasetRoots(std::shared_ptr<Job> job);
    void fetchOtherSlot(std::shared_ptr<Job> job);
    void onOtherSlotRoot(std::shared_ptr<Job> job, Result<Hash32> root);
    QString scratchPath(const Job& job) const;
    // Builds the tree of the job's slot over its file (kept for the proofs), then `then` with its
    // root; a failure ends the job.
    void buildOwnTree(const std::shared_ptr<Job>& job, std::function<void(Hash32)> then);
    // The download options; from the dataset: the window of slot `slotIndex`.
    transfer::SlotDownload::Options downloadOptions(const Job& job, bool fromDataset,
                                                    quint64 slotIndex) const;
    // Tries `again` after the next delay when `error` is transient and retries are left; else
    // fails the job.
    void retryOrFail(std::shared_ptr<Job> job, const Error& error,
                     std::function<void(std::shared_ptr<Job>)> again);
    void finish(const std::shared_ptr<Job>& job, Result<void> result);

    Clock& m_clock;
    Repo& m_repo;
    proofs::Prover& m_prover;
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace salesdesk
