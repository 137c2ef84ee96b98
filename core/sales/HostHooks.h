#pragma once

#include "core/sales/SalesHooks.h"

#include <QHash>
#include <QObject>

#include <utility>

namespace salesdesk {

class Clock;
class Repo;
namespace proofs {
class Prover;
}

// The host's default hooks on the simulated marketplace: onStore "downloads" the slot's data
// (the simulated client's deterministic data) into the repo in batches, at a chosen network
// speed; without storeData the batches are counted and recorded as generated data (no file) and
// the download ends with the slot's tree built from the generator; onProve proves from the data
// on disk (or from the generator when no data is stored);
// onClear deletes the slot's data; onExpiryUpdate keeps the data exactly as long as the slot.
// Each batch is generated and written by a worker thread (QtConcurrent; SlotDataFiles is
// thread-safe); the quota, the record and the batch report stay on the event loop. On a
// VirtualClock a batch in flight holds the clock, so virtual time waits for the disk.
class HostHooks : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool storeData = true;
        quint64 downloadBytesPerSecond = 0; // 0: data arrives at once
        quint64 batchBytes = 1024 * 1024;   // a multiple of the 64 KiB block
    };

    HostHooks(Clock& clock, Repo& repo, proofs::Prover& prover, Options options,
              QObject* parent = nullptr);

    SalesHooks hooks();

private:
    struct Download;
    void storeNextBatch(std::shared_ptr<Download> download);
    void writeBatch(std::shared_ptr<Download> download, quint64 bytes);
    // A batch counted (not written: storeData off): recorded as generated data and released from
    // the reservation, then advance().
    void batchStored(std::shared_ptr<Download> download, quint64 bytes);
    // Every byte is in: done, after the generated slot's tree is built when no data is stored.
    void finishDownload(std::shared_ptr<Download> download);
    // Moves past a batch that is counted and released; schedules the next or finishes.
    void advance(std::shared_ptr<Download> download, quint64 bytes);
    // SlotDataGenerator::datasetKey, kept per request: it encodes and hashes the whole request,
    // which is worth doing once per request, not once per proof.
    RequestId datasetKeyOf(const StorageRequest& request);

    Clock& m_clock;
    Repo& m_repo;
    proofs::Prover& m_prover;
    Options m_options;
    QHash<Nonce, std::pair<StorageRequest, RequestId>> m_datasetKeys; // by the request's nonce
};

} // namespace salesdesk
