// HostHooks with a data source: onStore downloads the slot's bytes from the client's server
// (NetworkSlotStore over SlotDownload), counts each byte once as it arrives, resumes what the repo
// has on record, tries transient failures again and checks the slot's root against the request's
// content root before it answers. The server is tests/support/SlotDataServer on loopback.
#include "core/proofs/MerkleTree.h"
#include "core/proofs/ProofVerifier.h"
#include "core/proofs/Prover.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/sales/CheckedSlotRoots.h"
#include "core/sales/HostHooks.h"
#include "core/sales/NetworkSlotStore.h"
#include "core/sales/SlotDataProtocol.h"
#include "tests/core/sales/SaleTestDesk.h"
#include "tests/core/sales/SlotStorageRig.h"
#include "tests/support/SlotDataServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

#include <memory>
#include <numeric>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr quint64 kBlock = 64 * 1024;
constexpr quint64 kSize = 4 * kBlock + 1000; // four whole blocks and a short last one
constexpr int kWaitMs = 20'000;

QByteArray slotRootsJson(const Hash32& contentRoot, const std::vector<Hash32>& roots) {
    QJsonArray array;
    for (const Hash32& root : roots)
        array.append(root.toHex());
    return QJsonDocument(QJsonObject{{QStringLiteral("contentRoot"), contentRoot.toHex()},
                                     {QStringLiteral("slotRoots"), array}})
        .toJson(QJsonDocument::Compact);
}

quint64 sum(const QList<quint64>& values) {
    return std::accumulate(values.cbegin(), values.cend(), quint64(0));
}

} // namespace

class TestHostHooksDownload : public QObject {
    Q_OBJECT

    std::unique_ptr<SlotStorageRig> m_rig;
    std::unique_ptr<HostHooks> m_hooks;
    std::unique_ptr<SlotDataServer> m_server;
    StorageRequest m_request; // 4 slots of generated data, its content root over them
    std::vector<Hash32> m_slotRoots;
    std::shared_ptr<CheckedSlotRoots> m_checked = std::make_shared<CheckedSlotRoots>();

    struct Run {
        QList<quint64> batches;
        std::optional<Result<void>> result;
    };

    QByteArray slotData(quint64 slotIndex) const {
        const proofs::SlotDataGenerator generator(proofs::SlotDataGenerator::datasetKey(m_request),
                                                  slotIndex, kSize);
        return generator.blocks(0, (kSize + kBlock - 1) / kBlock);
    }
    SlotId slotId() const { return slotIdOf(m_request.id(), 0); }

    // A server for slot 0 serving `data`, publishing the request's slot roots.
    void serve(const QByteArray& data) {
        m_server = std::make_unique<SlotDataServer>(data);
        QVERIFY(m_server->listen());
        m_server->setSlotRoots(slotRootsJson(m_request.content.merkleRoot, m_slotRoots));
    }
    void makeHooks(int retries = 3, int retryDelayMs = 20) {
        m_hooks.reset();
        HostHooks::Options options;
        options.batchBytes = kBlock;
        options.dataSource = m_server->baseUrl();
        options.downloadRetries = retries;
        options.downloadRetryDelayMs = retryDelayMs;
        options.checkedSlotRoots = m_checked;
        m_hooks =
            std::make_unique<HostHooks>(m_rig->clock(), m_rig->repo(), m_rig->prover(), options);
    }
    void store(Run& run, QObject* context) {
        m_hooks->hooks().onStore(
            m_request, 0, kStart + 3600, false,
            [&run](quint64 bytes) -> Result<void> {
                run.batches.append(bytes);
                return {};
            },
            context, [&run](Result<void> r) { run.result = r; });
    }
    bool storeAndWait(Run& run) {
        QObject context;
        store(run, &context);
        return QTest::qWaitFor([&] { return run.result.has_value(); }, kWaitMs);
    }
    quint64 recorded() const { return m_rig->repo().storedBytes(slotId()).value(); }
    quint64 used() const { return m_rig->repo().quota().value().usedBytes; }

private Q_SLOTS:
    void init() {
        auto rig = SlotStorageRig::open(kStart);
        SD_VERIFY_OK(rig);
        m_rig = std::move(*rig);
        m_checked = std::make_shared<CheckedSlotRoots>();
        m_request = makeRequest();
        m_request.ask.slotSize = kSize;
        m_request.content.cid = QByteArrayLiteral("\x01\x55\x12\x20 a cid");
        m_request.content.merkleRoot = Hash32();
        m_slotRoots = proofs::SlotDataGenerator::slotRoots(
            proofs::SlotDataGenerator::datasetKey(m_request), m_request.ask.slots, kSize);
        m_request.content.merkleRoot = proofs::MerkleTree::rootOf(m_slotRoots);
    }
    void cleanup() {
        m_hooks.reset();
        m_server.reset();
        m_rig.reset();
    }

    void downloadsChecksAndCountsEveryByteOnce() {
        serve(slotData(0));
        makeHooks();
        QVERIFY(m_hooks->downloads());
        Run run;
        QObject context;
        store(run, &context);
        QCOMPARE(m_rig->clock().outstandingHolds(), 1); // market time waits for the network
        QVERIFY(QTest::qWaitFor([&] { return run.result.has_value(); }, kWaitMs));
        SD_VERIFY_OK(*run.result);
        QCOMPARE(m_rig->clock().outstandingHolds(), 0);
        QCOMPARE(sum(run.batches), kSize);
        for (quint64 batch : std::as_const(run.batches))
            QVERIFY(batch > 0);
        // A batch (kBlock) at a time, not once per piece the reply hands over.
        QVERIFY2(run.batches.size() <= 5, qPrintable(QString::number(run.batches.size())));
        QCOMPARE(recorded(), kSize);
        QCOMPARE(used(), kSize);
        QCOMPARE(readFile(m_rig->repo().slotDataPath(slotId())), slotData(0));
        // The client's paths for this CID; the roots asked for once, after the data.
        const QByteArray cid = m_request.content.cid.toHex();
        QCOMPARE(m_server->paths(),
                 (QList<QByteArray>{"/salesdesk/v1/data/" + cid + "/slots/0",
                                    "/salesdesk/v1/data/" + cid + "/slot-roots"}));
        // The slot's tree is kept from the check, and the proofs read the file.
        QCOMPARE(m_rig->prover().keptRoot(slotId(), kSize), std::optional<Hash32>(m_slotRoots[0]));
        // The checked roots are kept for the fill's slot path.
        QCOMPARE(m_checked->find(m_request.id()), std::optional<std::vector<Hash32>>(m_slotRoots));
        std::optional<Result<StorageProof>> proof;
        m_hooks->hooks().onProve(Slot{m_request, 0}, hashOf('\x07'), &context,
                                 [&](Result<StorageProof> p) { proof = std::move(p); });
        QVERIFY(QTest::qWaitFor([&] { return proof.has_value(); }, kWaitMs));
        SD_VERIFY_OK(*proof);
        QVERIFY(proofs::verifyProof(proof->value(), m_slotRoots[0], kSize));
        QCOMPARE(m_server->paths().size(), 2); // nothing downloaded again
    }

    // The connection breaks mid-body: the retry resumes at the bytes in the file, and the bytes
    // counted before it are not counted again.
    void resumesAfterABrokenConnection() {
        serve(slotData(0));
        m_server->enqueue(SlotDataServer::Answer::closingAfter(2 * kBlock + 100));
        makeHooks();
        Run run;
        QVERIFY(storeAndWait(run));
        SD_VERIFY_OK(*run.result);
        QCOMPARE(sum(run.batches), kSize);
        QCOMPARE(recorded(), kSize);
        QCOMPARE(used(), kSize);
        QCOMPARE(readFile(m_rig->repo().slotDataPath(slotId())), slotData(0));
        QCOMPARE(m_server->requests(), 2);
        QVERIFY(m_server->rangeHeaders().at(0).isEmpty());
        QVERIFY(m_server->rangeHeaders().at(1).startsWith("bytes="));
        QVERIFY(m_server->rangeHeaders().at(1) != "bytes=0-");
    }

    // A store that failed (no retries left) and a new one over the same repo, as after a
    // restart: the second cuts away bytes written past the record, resumes at the record and
    // counts only the rest.
    void aNewStoreResumesWhatTheRepoHasOnRecord() {
        serve(slotData(0));
        m_server->enqueue(SlotDataServer::Answer::closingAfter(2 * kBlock + 100));
        makeHooks(/*retries=*/0);
        Run first;
        QVERIFY(storeAndWait(first));
        QVERIFY(!first.result->ok());
        const quint64 counted = sum(first.batches);
        QVERIFY(counted > 0);
        QVERIFY(counted < kSize);
        QCOMPARE(recorded(), counted);
        // Bytes written but never counted (a crash between the write and its record).
        {
            QFile file(m_rig->repo().slotDataPath(slotId()));
            QVERIFY(file.open(QIODevice::Append));
            file.write(QByteArray(1000, 'x'));
        }

        makeHooks(/*retries=*/0);
        Run second;
        QVERIFY(storeAndWait(second));
        SD_VERIFY_OK(*second.result);
        QCOMPARE(counted + sum(second.batches), kSize);
        QCOMPARE(recorded(), kSize);
        QCOMPARE(used(), kSize);
        QCOMPARE(readFile(m_rig->repo().slotDataPath(slotId())), slotData(0));
        QCOMPARE(m_server->rangeHeaders().last(), "bytes=" + QByteArray::number(counted) + '-');
    }

    // The retry's server ignores the range: the file starts over at 0 and fills up again, and
    // no byte up to the record is counted a second time.
    void aServerIgnoringTheRangeCountsNoByteTwice() {
        serve(slotData(0));
        m_server->enqueue(SlotDataServer::Answer::closingAfter(3 * kBlock));
        m_server->enqueue(SlotDataServer::Answer::ignoringRange());
        makeHooks();
        Run run;
        QVERIFY(storeAndWait(run));
        SD_VERIFY_OK(*run.result);
        QCOMPARE(m_server->requests(), 2);
        QVERIFY(!m_server->rangeHeaders().at(1).isEmpty()); // asked for the rest, got it all
        QCOMPARE(sum(run.batches), kSize);
        QCOMPARE(recorded(), kSize);
        QCOMPARE(used(), kSize);
        QCOMPARE(readFile(m_rig->repo().slotDataPath(slotId())), slotData(0));
    }

    // Other bytes than the request's (here slot 1's data for slot 0): refused with the distinct
    // message, no tree kept; the sale's cleanup (onClear) then deletes the file and its record.
    void wrongDataIsRefused() {
        serve(slotData(1));
        makeHooks();
        Run run;
        QVERIFY(storeAndWait(run));
        QVERIFY(!run.result->ok());
        QVERIFY2(run.result->message().startsWith(QLatin1String(NetworkSlotStore::kDataMismatch)),
                 qPrintable(run.result->message()));
        QVERIFY(run.result->message().contains(m_request.content.merkleRoot.toHex()));
        QCOMPARE(m_rig->clock().outstandingHolds(), 0);
        QCOMPARE(m_rig->prover().keptRoot(slotId(), kSize), std::nullopt);
        QCOMPARE(m_checked->size(), 0);
        QCOMPARE(recorded(), kSize); // counted as it arrived, until the cleanup
        m_hooks->hooks().onClear(m_request, 0);
        QCOMPARE(recorded(), quint64(0));
        QCOMPARE(used(), quint64(0));
        QVERIFY(!QFile::exists(m_rig->repo().slotDataPath(slotId())));
    }

    // The server publishes the roots of another content: refused before any hashing.
    void slotRootsOfAnotherContentAreRefused() {
        serve(slotData(0));
        std::vector<Hash32> otherRoots = m_slotRoots;
        otherRoots[2] = hashOf('\x09');
        m_server->setSlotRoots(slotRootsJson(proofs::MerkleTree::rootOf(otherRoots), otherRoots));
        makeHooks();
        Run run;
        QVERIFY(storeAndWait(run));
        QVERIFY(!run.result->ok());
        QVERIFY2(run.result->message().startsWith(QLatin1String(NetworkSlotStore::kDataMismatch)),
                 qPrintable(run.result->message()));
        QCOMPARE(m_rig->prover().keptRoot(slotId(), kSize), std::nullopt);
    }

    // Transient failures (HTTP 500) are tried again after a growing delay, a bounded number of
    // times; a missing slot (404) fails at once.
    void transientFailuresAreRetriedThenFail() {
        serve(slotData(0));
        for (int i = 0; i < 3; ++i)
            m_server->enqueue(SlotDataServer::Answer::withStatus(500));
        makeHooks(/*retries=*/2, /*retryDelayMs=*/100);
        Run run;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(storeAndWait(run));
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().code, ErrorCode::Io);
        QVERIFY2(run.result->message().contains(QLatin1String("500")),
                 qPrintable(run.result->message()));
        QCOMPARE(m_server->requests(), 3);
        QVERIFY(timer.elapsed() >= 100 + 200); // the delays, doubled; load only adds to them
        QCOMPARE(m_rig->clock().outstandingHolds(), 0);
    }
    // Not at the slot endpoint, then not in the whole dataset either (where a Codex node serves
    // it): NotFound at once, no retry.
    void aMissingSlotFailsAtOnce() {
        serve(slotData(0));
        m_server->enqueue(SlotDataServer::Answer::withStatus(404));
        m_server->enqueue(SlotDataServer::Answer::withStatus(404));
        makeHooks(/*retries=*/3);
        Run run;
        QVERIFY(storeAndWait(run));
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().code, ErrorCode::NotFound);
        QCOMPARE(m_server->requests(), 2);
        QCOMPARE(m_server->paths().at(1),
                 "/api/codex/v1/data/" + m_request.content.cid.toHex() + "/network/stream");
        QCOMPARE(m_server->rangeHeaders().at(1),
                 "bytes=0-" + QByteArray::number(kSize - 1)); // slot 0 of the dataset
    }
    // A dataset source that ignores the range would send every slot: refused, not retried.
    void aDatasetSourceIgnoringRangesIsRefused() {
        serve(slotData(0));
        m_server->enqueue(SlotDataServer::Answer::withStatus(404));
        m_server->enqueue(SlotDataServer::Answer::ignoringRange());
        makeHooks(/*retries=*/3);
        Run run;
        QVERIFY(storeAndWait(run));
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().code, ErrorCode::InvalidArgument);
        QVERIFY2(run.result->message().contains(QLatin1String("does not serve ranges")),
                 qPrintable(run.result->message()));
        QCOMPARE(m_server->requests(), 2);
        QCOMPARE(recorded(), quint64(0));
    }
    void missingSlotRootsFail() {
        serve(slotData(0));
        m_server->setSlotRoots({});
        makeHooks();
        Run run;
        QVERIFY(storeAndWait(run));
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().code, ErrorCode::NotFound);
        QCOMPARE(m_server->slotRootsRequests(), 1);
    }

    // Slot roots of more than 1 MiB are not a client's answer: refused as they arrive, not
    // retried.
    void oversizedSlotRootsAreRefused() {
        serve(slotData(0));
        m_server->setSlotRoots(QByteArray(1024 * 1024 + 1, ' '));
        makeHooks();
        Run run;
        QVERIFY(storeAndWait(run));
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().code, ErrorCode::InvalidArgument);
        QVERIFY2(run.result->message().contains(QLatin1String("larger than")),
                 qPrintable(run.result->message()));
        QCOMPARE(m_server->slotRootsRequests(), 1);
    }

    // The sale moves on mid-download: no answer, and the clock is not held any more.
    void stopsQuietlyWhenTheSaleMovesOn() {
        serve(slotData(0));
        m_server->enqueue(SlotDataServer::Answer::stallingAfter(kBlock));
        makeHooks();
        Run run;
        auto context = std::make_unique<QObject>();
        store(run, context.get());
        QVERIFY(QTest::qWaitFor([&] { return !run.batches.isEmpty(); }, kWaitMs));
        QCOMPARE(m_rig->clock().outstandingHolds(), 1);
        context.reset();
        QCOMPARE(m_rig->clock().outstandingHolds(), 0);
        QTest::qWait(100);
        QVERIFY(!run.result);
    }

    void parsesTheSlotRoots() {
        const auto parsed = SlotDataProtocol::parseSlotRoots(
            slotRootsJson(m_request.content.merkleRoot, m_slotRoots));
        SD_VERIFY_OK(parsed);
        QCOMPARE(parsed->first, m_request.content.merkleRoot);
        QCOMPARE(parsed->second, m_slotRoots);
        SD_VERIFY_ERROR(SlotDataProtocol::parseSlotRoots("[]"), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(
            SlotDataProtocol::parseSlotRoots(R"({"contentRoot":"0x12","slotRoots":[]})"),
            ErrorCode::InvalidArgument);
        QCOMPARE(SlotDataProtocol::slotUrl(QUrl(QStringLiteral("http://h:1/base/")), "\xab\x01", 3),
                 QUrl(QStringLiteral("http://h:1/base/salesdesk/v1/data/ab01/slots/3")));
    }
};

QTEST_GUILESS_MAIN(TestHostHooksDownload)
#include "tst_hosthooksdownload.moc"
