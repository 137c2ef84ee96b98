// The sales engine downloading its slots on a real chain: with a data source (the client's
// server) the engine downloads each slot into its file and checks it against the request's
// content root before it fills; the client's data is sold and proven from the file, wrong data is
// not filled, the sale says why and the reservation goes back, and the books equal the chain; data
// that is not generated is filled with the slot path from the roots the host checked
// (ChainSaleFixture).

#include "core/chain/client/DatasetServer.h"
#include "core/proofs/MerkleTree.h"
#include "core/proofs/SlotFileReader.h"
#include "core/sales/NetworkSlotStore.h"
#include "tests/core/chain/ChainSaleFixture.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/SlotDataServer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

class TestChainSaleDownload : public ChainSaleFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpChain(); }
    void init() { setUpTest(); }
    void cleanup() { tearDownTest(); }

    // The client serves its request's data (DatasetServer): each slot is downloaded into its
    // file and checked before the fill, then filled, proven from the file and collected.
    void sellsTheDataTheClientServes() {
        DatasetServer server;
        SD_VERIFY_OK(server.listen(QHostAddress::LocalHost));
        m_dataSource = server.baseUrl();
        QVERIFY(openHost());
        const auto availability = offer();
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        const StorageRequest request =
            MarketplaceSession::makeRequest(client(), 2, kSlotSize, kDuration, kExpiry);
        server.add(request, slotRootsOf(request));
        post(request);

        QVERIFY(drive([&] { return allEnded(2); }));
        QCOMPARE(endedNames(0), QStringList{toString(SaleStateKind::Finished)});
        QCOMPARE(endedNames(1), QStringList{toString(SaleStateKind::Finished)});
        QVERIFY(m_seen.contains(SaleStateKind::Proving));
        // Each slot was in its file, whole, before its fill; the server sent at least that.
        QCOMPARE(m_fileAtFill.value(0), qint64(kSlotSize));
        QCOMPARE(m_fileAtFill.value(1), qint64(kSlotSize));
        QVERIFY(server.bytesServed() >= 2 * kSlotSize);
        checkBooks(balanceBefore, *availability, 2);
        // The data went with the sales: no file, nothing used or reserved.
        for (quint64 i = 0; i < 2; ++i)
            QVERIFY(!QFileInfo::exists(m_engine->repo().slotDataPath(slotIdOf(request.id(), i))));
        const auto quota = m_engine->repo().quota();
        SD_VERIFY_OK(quota);
        QCOMPARE(quota->usedBytes, quint64(0));
        QCOMPARE(quota->reservedBytes, availability->totalSize); // the offer's, no sale's
    }

    // The server sends other bytes than the request's (its slot roots are right): the slot is
    // not filled, the sale ends in error saying why, the file is deleted and the reservation's
    // bytes go back to the availability; the books still equal the chain (nothing moved).
    void doesNotFillWrongData() {
        const StorageRequest request =
            MarketplaceSession::makeRequest(client(), 1, kSlotSize, kDuration, kExpiry);
        QByteArray wrong(qsizetype(kSlotSize), '\x5a');
        SlotDataServer server(wrong);
        QVERIFY(server.listen());
        const std::vector<Hash32> roots = slotRootsOf(request);
        QJsonArray rootsJson;
        for (const Hash32& root : roots)
            rootsJson.append(root.toHex());
        server.setSlotRoots(QJsonDocument(QJsonObject{{QStringLiteral("contentRoot"),
                                                       request.content.merkleRoot.toHex()},
                                                      {QStringLiteral("slotRoots"), rootsJson}})
                                .toJson());
        m_dataSource = server.baseUrl();
        QVERIFY(openHost());
        const auto availability = offer();
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        post(request);

        QVERIFY(drive([&] { return allEnded(1); }));
        QCOMPARE(endedNames(0), QStringList{toString(SaleStateKind::Errored)});
        QVERIFY(m_seen.contains(SaleStateKind::Downloading));
        QVERIFY(!m_seen.contains(SaleStateKind::Filling));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(QLatin1String(NetworkSlotStore::kDataMismatch)),
                 qPrintable(m_errors.first()));
        QVERIFY(server.slotRootsRequests() >= 1);

        const auto slot = ask<std::optional<Slot>>(
            [&](auto done) { m_market->getActiveSlot(slotIdOf(request.id(), 0), this, done); });
        QVERIFY(slot && slot->ok());
        QVERIFY(!slot->value().has_value()); // nobody filled it
        QVERIFY(!QFileInfo::exists(m_engine->repo().slotDataPath(slotIdOf(request.id(), 0))));
        const auto reservations = m_engine->reservations().reservations();
        SD_VERIFY_OK(reservations);
        QVERIFY(reservations->isEmpty());
        const auto after = m_engine->reservations().availability(availability->id);
        SD_VERIFY_OK(after);
        QCOMPARE(after->freeSize, availability->totalSize);
        QCOMPARE(after->totalRemainingCollateral, availability->totalCollateral);
        const auto quota = m_engine->repo().quota();
        SD_VERIFY_OK(quota);
        QCOMPARE(quota->usedBytes, quint64(0));
        QCOMPARE(quota->reservedBytes, availability->totalSize); // the offer's, no sale's
        const auto entries = m_engine->ledger().entries();
        SD_VERIFY_OK(entries);
        QVERIFY(entries->isEmpty());
        QCOMPARE(m_session->balanceOf(hostAddress()), balanceBefore);
    }

    // Data that is not generated (random bytes; the request's content root is over their roots):
    // the host checks each slot against the roots the client publishes, and the fill takes its
    // slot path from those roots (CheckedSlotRoots), so the chain takes the fill and the proofs
    // from the file. Both slots hold the same bytes here (the server serves one slot's data).
    void sellsDataThatIsNotGenerated() {
        QByteArray data(qsizetype(kSlotSize), '\0');
        QRandomGenerator random(42);
        for (char& byte : data)
            byte = char(random.bounded(256));
        const QString path = m_dir->filePath(QStringLiteral("client-slot"));
        QVERIFY(writeFile(path, data));
        auto leaves = proofs::SlotFileReader::leafHashes(path, kSlotSize);
        SD_VERIFY_OK(leaves);
        const Hash32 slotRoot = proofs::MerkleTree::rootOf(std::move(leaves).value());
        const std::vector<Hash32> roots{slotRoot, slotRoot};
        StorageRequest request =
            MarketplaceSession::makeRequest(client(), 2, kSlotSize, kDuration, kExpiry);
        request.content.merkleRoot = proofs::MerkleTree::rootOf(roots);
        QVERIFY(slotRootsOf(request) != roots); // the generated data's roots would not fill

        SlotDataServer server(data);
        QVERIFY(server.listen());
        QJsonArray rootsJson;
        for (const Hash32& root : roots)
            rootsJson.append(root.toHex());
        server.setSlotRoots(QJsonDocument(QJsonObject{{QStringLiteral("contentRoot"),
                                                       request.content.merkleRoot.toHex()},
                                                      {QStringLiteral("slotRoots"), rootsJson}})
                                .toJson());
        m_dataSource = server.baseUrl();
        QVERIFY(openHost());
        const auto availability = offer();
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        post(request);

        QVERIFY(drive([&] { return allEnded(2); }));
        QCOMPARE(endedNames(0), QStringList{toString(SaleStateKind::Finished)});
        QCOMPARE(endedNames(1), QStringList{toString(SaleStateKind::Finished)});
        QVERIFY(m_seen.contains(SaleStateKind::Proving));
        QCOMPARE(m_checkedRoots->find(request.id()), std::optional<std::vector<Hash32>>(roots));
        checkBooks(balanceBefore, *availability, 2);
    }
};

QTEST_GUILESS_MAIN(TestChainSaleDownload)
#include "tst_chainsaledownload.moc"
