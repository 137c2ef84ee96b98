#pragma once

#include "core/sales/SalesHooks.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>
#include <utility>

namespace salesdesk {

class CheckedSlotRoots;
class Clock;
class NetworkSlotStore;
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
// With a dataSource (the storage client's HTTP server) onStore downloads the slot's real bytes
// instead and checks them against the request's content root before it answers
// (NetworkSlotStore); proofs then read the file, as with storeData.
// Each batch is generated and written on the HashingPool (QtConcurrent; SlotDataFiles is
// thread-safe); the quota, the record and the batch report stay on the event loop. On a
// VirtualClock a batch in flight holds the clock, so virtual time waits for the disk.
class HostHooks : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool storeData = true;
        // Generated data: the simulated network speed, on the engine's clock. Downloads from a
        // dataSource: their rate limit, in real time. 0: no limit.
        quint64 downloadBytesPerSecond = 0;
        quint64 batchBytes = 1024 * 1024; // a multiple of the 64 KiB block
        // The client's server (DatasetServer's base URL) hosts download their slots from; empty:
        // the simulated client's generated data. Only that server's protocol is spoken (see
        // docs/slot-data.md); the data is always stored, whatever storeData says.
        QUrl dataSource;
        // How long before the request expires a slot's data must be in for its fill (the demo's
        // clock waits for a generated slot's tree, or a download, until then).
        qint64 fillLeadSeconds = 0;
        int downloadRetries = 3;        // transient download failures tried again
        int downloadRetryDelayMs = 500; // before the first retry, doubled for each one after
        // The slot roots of the downloads checked go here (for the market's fills), when given.
        std::shared_ptr<CheckedSlotRoots> checkedSlotRoots;
    };

    HostHooks(Clock& clock, Repo& repo, proofs::Prover& prover, Options options,
              QObject* parent = nullptr);

    ~HostHooks() override;

    SalesHooks hooks();
    bool downloads() const { return m_network != nullptr; }

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
    std::unique_ptr<NetworkSlotStore> m_network;                      // with a dataSource
    QHash<Nonce, std::pair<StorageRequest, RequestId>> m_datasetKeys; // by the request's nonce
};

} // namespace salesdesk
