// NetworkSlotStore against a data source that serves whole datasets only, as a Codex node's REST
// API does (`GET /api/codex/v1/data/<cid>/network/stream`, no slot endpoints, no published slot
// roots): the client's DatasetServer in its dataset-only mode, on loopback. The host takes its slot
// out of the dataset by range, computes every other slot's root by downloading it once into a
// scratch file, and fills only when those roots give the request's content root.
#include "core/chain/client/DatasetServer.h"
#include "core/chain/client/GeneratedDataset.h"
#include "core/clock/AcceleratedClock.h"
#include "core/clock/VirtualClock.h"
#include "core/proofs/Prover.h"
#include "core/sales/CheckedSlotRoots.h"
#include "core/sales/NetworkSlotStore.h"
#include "core/sales/SlotDataProtocol.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"
#include "tests/core/sales/SaleTestDesk.h"
#include "tests/core/sales/SlotStorageRig.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr quint64 kBlock = 64 * 1024;
constexpr quint64 kSize = 3 * kBlock + 777; // three whole blocks and a short last one
constexpr quint64 kSlots = 4;
constexpr int kWaitMs = 30'000;

} // namespace

class TestNetworkSlotStore : public QObject {
    Q_OBJECT

    std::unique_ptr<SlotStorageRig> m_rig;
    std::unique_ptr<DatasetServer> m_server;
    std::shared_ptr<CheckedSlotRoots> m_checked;
    StorageRequest m_request; // its content root over its generated slots
    std::vector<Hash32> m_slotRoots;

    struct Run {
        quint64 counted = 0;
        int batches = 0;
        std::optional<Result<void>> result;
    };

    // Serves `served`'s generated dataset under `served`'s CID, whole datasets only.
    void serve(const StorageRequest& served) {
        m_server = std::make_unique<DatasetServer>();
        m_server->setDatasetOnly(true);
        m_server->add(served, GeneratedDataset(served).slotRoots());
        SD_VERIFY_OK(m_server->listen(QHostAddress::LocalHost));
    }
    std::unique_ptr<NetworkSlotStore> makeStore() {
        NetworkSlotStore::Options options;
        options.dataSource = m_server->baseUrl();
        options.batchBytes = kBlock;
        options.retryDelayMs = 20;
        options.checkedRoots = m_checked;
        return std::make_unique<NetworkSlotStore>(m_rig->clock(), m_rig->repo(), m_rig->prover(),
                                                  options);
    }
    bool storeAndWait(NetworkSlotStore& store, quint64 slotIndex, Run& run) {
        QObject context;
        store.store(
            m_request, slotIndex, kStart + 3600,
            [&run](quint64 bytes) -> Result<void> {
                run.counted += bytes;
                return {};
            },
            &context, [&run](Result<void> r) { run.result = std::move(r); });
        return spinUntil([&] { return run.result.has_value(); }, kWaitMs);
    }
    QByteArray slotBytes(quint64 slotIndex) const {
        return GeneratedDataset(m_request).read(slotIndex * kSize, kSize);
    }
    QString scratchFile(quint64 slotIndex) const {
        return m_rig->repo().slotDataPath(slotIdOf(m_request.id(), slotIndex)) +
               QStringLiteral(".roots-check");
    }

private Q_SLOTS:
    void init() {
        auto rig = SlotStorageRig::open(kStart);
        SD_VERIFY_OK(rig);
        m_rig = std::move(*rig);
        m_checked = std::make_shared<CheckedSlotRoots>();
        StorageRequest request = makeRequest();
        request.ask.slots = kSlots;
        request.ask.slotSize = kSize;
        request.content.cid = QByteArrayLiteral("\x01\x55\x12\x20 a dataset");
        m_request = GeneratedDataset::withGeneratedRoot(request, &m_slotRoots);
    }
    void cleanup() {
        m_server.reset();
        m_rig.reset();
    }

    void takesItsSlotOutOfTheDatasetAndChecksEveryRoot() {
        serve(m_request);
        auto store = makeStore();
        Run run;
        QVERIFY(storeAndWait(*store, 2, run));
        SD_VERIFY_OK(*run.result);
        const SlotId slot = slotIdOf(m_request.id(), 2);
        QCOMPARE(run.counted, kSize); // only its own slot is counted against the quota
        QCOMPARE(m_rig->repo().storedBytes(slot).value(), kSize);
        QCOMPARE(readFile(m_rig->repo().slotDataPath(slot)), slotBytes(2));
        // Every slot was downloaded once: its own to keep, the others to hash.
        QCOMPARE(m_server->bytesServed(), kSlots * kSize);
        QVERIFY(!QFile::exists(scratchFile(2)));
        QCOMPARE(m_checked->find(m_request.id()), std::optional<std::vector<Hash32>>(m_slotRoots));
        QCOMPARE(m_rig->prover().keptRoot(slot, kSize), std::optional<Hash32>(m_slotRoots[2]));
        QCOMPARE(m_rig->clock().outstandingHolds(), 0);
    }

    // The node serves another dataset under the request's CID: the host's own slot does not
    // prove into the request's content root, nothing is kept as checked.
    void anotherDatasetIsRefused() {
        StorageRequest other = m_request;
        other.nonce = Nonce::fromBytes(QByteArray(32, '\x55')); // other bytes, the same CID
        serve(other);
        auto store = makeStore();
        Run run;
        QVERIFY(storeAndWait(*store, 0, run));
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().code, ErrorCode::InvalidArgument);
        QVERIFY2(run.result->message().startsWith(QLatin1String(NetworkSlotStore::kDataMismatch)),
                 qPrintable(run.result->message()));
        QVERIFY(!m_checked->find(m_request.id()).has_value());
        QVERIFY(!QFile::exists(scratchFile(0)));
    }

    // A scratch file left by a check that a crash broke off is not taken for a slot's bytes.
    void aLeftoverScratchFileIsDiscarded() {
        serve(m_request);
        QVERIFY(QDir().mkpath(m_rig->dir().filePath(QStringLiteral("slots"))));
        QFile leftover(scratchFile(1));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        QVERIFY(leftover.write(QByteArray(int(kBlock), 'x')) == qint64(kBlock));
        leftover.close();
        auto store = makeStore();
        Run run;
        QVERIFY(storeAndWait(*store, 1, run));
        SD_VERIFY_OK(*run.result);
        QCOMPARE(m_checked->find(m_request.id()), std::optional<std::vector<Hash32>>(m_slotRoots));
        QVERIFY(!QFile::exists(scratchFile(1)));
    }

    // A slot of 1 MiB from the client's own server (its slot endpoint), as the local chain desk
    // downloads it, with the hooks' default batch. Prints the wall time (not asserted).
    void downloadsAWholeSlotFromTheClientsServer() {
        StorageRequest request = makeRequest();
        request.ask.slots = 2;
        request.ask.slotSize = 16 * kBlock;
        request.content.cid = QByteArrayLiteral("\x01\x55\x12\x20 a big one");
        std::vector<Hash32> roots;
        m_request = GeneratedDataset::withGeneratedRoot(request, &roots);
        m_server = std::make_unique<DatasetServer>();
        m_server->add(m_request, roots);
        SD_VERIFY_OK(m_server->listen(QHostAddress::LocalHost));
        NetworkSlotStore::Options options;
        options.dataSource = m_server->baseUrl();
        options.fillLeadSeconds = 60;
        AcceleratedClock clock(kStart, 1);
        NetworkSlotStore store(clock, m_rig->repo(), m_rig->prover(), options);
        QElapsedTimer timer;
        timer.start();
        Run run;
        QObject context;
        store.store(
            m_request, 1, kStart + 3600,
            [&run](quint64 bytes) -> Result<void> {
                run.counted += bytes;
                ++run.batches;
                return {};
            },
            &context, [&run](Result<void> r) { run.result = std::move(r); });
        // The demo's clock stops short of the fill's deadline while the bytes arrive.
        QCOMPARE(clock.activeHolds(), 1);
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (run.result || timer.elapsed() > kWaitMs)
                loop.quit();
        });
        poll.start(50);
        loop.exec();
        QVERIFY(run.result.has_value());
        SD_VERIFY_OK(*run.result);
        qInfo("%llu bytes downloaded and checked in %lld ms, %d batches", run.counted,
              timer.elapsed(), run.batches);
        QCOMPARE(run.counted, m_request.ask.slotSize);
        // Counted in one batch of the default 1 MiB, not once per piece the reply handed over.
        QCOMPARE(run.batches, 1);
        QCOMPARE(clock.activeHolds(), 0);
    }

    void theDatasetUrlIsTheCodexNodes() {
        QCOMPARE(SlotDataProtocol::datasetUrl(QUrl(QStringLiteral("http://node:8080/")),
                                              QByteArrayLiteral("\x01\x02"))
                     .toString(),
                 QStringLiteral("http://node:8080/api/codex/v1/data/0102/network/stream"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkSlotStore)
#include "tst_networkslotstore.moc"
