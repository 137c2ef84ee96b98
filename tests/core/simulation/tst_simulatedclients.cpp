#include "core/clock/VirtualClock.h"
#include "core/simulation/SimulatedClients.h"
#include "core/simulation/SimulatedMarket.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

class TestSimulatedClients : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void generatedRequestsArePureFunctionsOfSeedAndIndex();
    void generatedRequestsStayAroundTheMeans();
    void merkleRootIsTheGeneratedDatasetsRoot();
    void postsAtTheConfiguredRateAndFundsEachClient();
    void stopAndUntilEndTheStream();
    void streamResumesAfterAReopen();
    void postBuildsFundsAndPostsOneRequest();
    void invalidPostIsRefusedAndNotFunded();

private:
    SimulatedClientsConfig smallConfig(quint64 seed = 3) const;
    std::unique_ptr<SimulatedMarket> openMarket(const QString& file = QString());

    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSimulatedClients::init() {
    m_clock = std::make_unique<VirtualClock>(kStart);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSimulatedClients::cleanup() {
    deliverPosted();
    m_dir.reset();
    m_clock.reset();
}

SimulatedClientsConfig TestSimulatedClients::smallConfig(quint64 seed) const {
    SimulatedClientsConfig c;
    c.seed = seed;
    c.meanIntervalSeconds = 100;
    c.meanSlotSize = 4096;
    c.meanSlots = 3;
    c.meanDuration = 7200;
    c.meanExpiry = 600;
    c.meanPricePerBytePerSecond = 1000;
    c.priceSpreadPercent = 20;
    c.collateralPerByte = 5;
    c.proofProbability = 3;
    c.maxSlotLoss = 1;
    c.clients = 3;
    return c;
}

std::unique_ptr<SimulatedMarket> TestSimulatedClients::openMarket(const QString& file) {
    SimulatedMarketOptions options;
    options.filePath = file;
    auto market = SimulatedMarket::open(*m_clock, options);
    return market.ok() ? std::move(*market) : nullptr;
}

void TestSimulatedClients::generatedRequestsArePureFunctionsOfSeedAndIndex() {
    auto market = openMarket();
    QVERIFY(market);
    SimulatedClients a(*market, *m_clock, smallConfig(3));
    SimulatedClients b(*market, *m_clock, smallConfig(3));
    SimulatedClients c(*market, *m_clock, smallConfig(4));
    QCOMPARE(a.generatedRequest(7), b.generatedRequest(7));
    QCOMPARE(a.intervalBefore(7), b.intervalBefore(7));
    QVERIFY(!(a.generatedRequest(7) == a.generatedRequest(8)));
    QVERIFY(!(a.generatedRequest(7) == c.generatedRequest(7)));
    QCOMPARE(a.generatedRequest(7).client, SimulatedClients::clientAddress(7 % 3));
}

void TestSimulatedClients::generatedRequestsStayAroundTheMeans() {
    auto market = openMarket();
    QVERIFY(market);
    const SimulatedClientsConfig config = smallConfig();
    SimulatedClients clients(*market, *m_clock, config);
    quint64 slotsTotal = 0;
    for (quint64 k = 0; k < 300; ++k) {
        const StorageRequest r = clients.generatedRequest(k);
        SD_VERIFY_OK(r.validate());
        QVERIFY(r.ask.slotSize >= 2048 && r.ask.slotSize <= 6144);
        QVERIFY(r.ask.slots >= 1 && r.ask.slots <= 5);
        QVERIFY(r.ask.duration >= 3600 && r.ask.duration <= 10800);
        QVERIFY(r.expiry >= 1 && r.expiry < r.ask.duration);
        QVERIFY(r.ask.pricePerBytePerSecond >= 800 && r.ask.pricePerBytePerSecond <= 1200);
        QCOMPARE(r.ask.collateralPerByte, UInt256(5));
        QCOMPARE(r.ask.proofProbability, UInt256(3));
        QVERIFY(r.ask.maxSlotLoss <= r.ask.slots);
        QVERIFY(!r.content.cid.isEmpty());
        slotsTotal += r.ask.slots;
    }
    const double meanSlots = static_cast<double>(slotsTotal) / 300;
    QVERIFY2(meanSlots > 2.6 && meanSlots < 3.4, qPrintable(QString::number(meanSlots)));
}

void TestSimulatedClients::merkleRootIsTheGeneratedDatasetsRoot() {
    auto market = openMarket();
    QVERIFY(market);
    SimulatedClients clients(*market, *m_clock, smallConfig());
    StorageRequest r = clients.generatedRequest(2);
    const Hash32 root = r.content.merkleRoot;
    QVERIFY(!root.isZero());
    r.content.merkleRoot = Hash32();
    QCOMPARE(root, proofs::SlotDataGenerator::datasetRoot(r.id(), r.ask.slots, r.ask.slotSize));
    SimulatedClientsConfig off = smallConfig();
    off.computeMerkleRoot = false;
    SimulatedClients noRoot(*market, *m_clock, off);
    QVERIFY(noRoot.generatedRequest(2).content.merkleRoot.isZero());
}

void TestSimulatedClients::postsAtTheConfiguredRateAndFundsEachClient() {
    auto market = openMarket();
    QVERIFY(market);
    SimulatedClientsConfig config = smallConfig();
    config.computeMerkleRoot = false;
    SimulatedClients clients(*market, *m_clock, config);
    QSignalSpy posted(&clients, &SimulatedClients::requestPosted);
    QSignalSpy requested(market.get(), &Market::storageRequested);
    clients.start();
    QVERIFY(clients.running());
    m_clock->advanceTo(kStart + 100 * 400);
    deliverPosted();
    // 400 expected; 5 sigma of a Poisson count is 100.
    QVERIFY2(posted.count() > 300 && posted.count() < 500,
             qPrintable(QString::number(posted.count())));
    QCOMPARE(requested.count(), posted.count());
    QCOMPARE(market->control().books().requestIds().size(), posted.count());
    // Each client was given exactly its price: nothing left on the clients.
    for (quint64 c = 0; c < 3; ++c)
        QCOMPARE(market->control().balanceOf(SimulatedClients::clientAddress(c)), UInt256(0));
    QCOMPARE(market->control().balanceOf(market->control().marketplaceAddress()),
             market->control().totalSupply());
}

void TestSimulatedClients::stopAndUntilEndTheStream() {
    auto market = openMarket();
    QVERIFY(market);
    SimulatedClientsConfig config = smallConfig();
    config.computeMerkleRoot = false;
    config.until = kStart + 1000;
    SimulatedClients clients(*market, *m_clock, config);
    clients.start();
    m_clock->advanceTo(kStart + 5000);
    const qsizetype byUntil = market->control().books().requestIds().size();
    QVERIFY(byUntil > 0);
    for (const RequestId& id : market->control().books().requestIds())
        QVERIFY(market->control().books().request(id)->expiresAt -
                    static_cast<Timestamp>(market->control().books().request(id)->request.expiry) <
                kStart + 1000);
    QVERIFY(!clients.running());
    QCOMPARE(m_clock->pendingTimers(), qsizetype(0));

    SimulatedClientsConfig endless = smallConfig(8);
    endless.computeMerkleRoot = false;
    SimulatedClients other(*market, *m_clock, endless);
    other.start();
    other.stop();
    m_clock->advanceTo(kStart + 50'000);
    QCOMPARE(market->control().books().requestIds().size(), byUntil);
}

void TestSimulatedClients::streamResumesAfterAReopen() {
    const QString file = m_dir->filePath(QStringLiteral("market.sqlite"));
    SimulatedClientsConfig config = smallConfig();
    config.computeMerkleRoot = false;
    quint64 nextIndex = 0;
    qsizetype before = 0;
    {
        auto market = openMarket(file);
        QVERIFY(market);
        SimulatedClients clients(*market, *m_clock, config);
        clients.start();
        m_clock->advanceTo(kStart + 2000);
        nextIndex = clients.nextIndex();
        before = market->control().books().requestIds().size();
        QCOMPARE(static_cast<quint64>(before), nextIndex);
    }
    m_clock->advanceTo(kStart + 2500);
    auto market = openMarket(file);
    QVERIFY(market);
    SimulatedClients clients(*market, *m_clock, config);
    clients.start();
    QCOMPARE(clients.nextIndex(), nextIndex);
    QVERIFY(clients.nextPostAt() >= kStart + 2500);
    m_clock->advanceTo(kStart + 6000);
    // Every posted request is new (a repeat would have been refused as a duplicate).
    QCOMPARE(static_cast<quint64>(market->control().books().requestIds().size()),
             clients.nextIndex());
    QVERIFY(market->control().books().requestIds().size() > before);
}

void TestSimulatedClients::postBuildsFundsAndPostsOneRequest() {
    auto market = openMarket();
    QVERIFY(market);
    SimulatedClients clients(*market, *m_clock, smallConfig());
    QSignalSpy posted(&clients, &SimulatedClients::requestPosted);
    StorageAsk ask = makeRequest().ask;
    auto first = clients.post(ask, 300, 1);
    SD_VERIFY_OK(first);
    auto second = clients.post(ask, 300, 1); // same ask: a new nonce, a new request
    SD_VERIFY_OK(second);
    QVERIFY(*first != *second);
    QCOMPARE(posted.count(), 2);
    const SimRequest* r = market->control().books().request(*first);
    QVERIFY(r);
    QCOMPARE(r->request.client, SimulatedClients::clientAddress(1));
    QCOMPARE(r->request.ask, ask);
    QCOMPARE(r->expiresAt, kStart + 300);
    QCOMPARE(market->control().balanceOf(SimulatedClients::clientAddress(1)), UInt256(0));
    QCOMPARE(market->control().balanceOf(market->control().marketplaceAddress()),
             2 * ask.slots * ask.duration * UInt256(1000));
}

void TestSimulatedClients::invalidPostIsRefusedAndNotFunded() {
    auto market = openMarket();
    QVERIFY(market);
    SimulatedClients clients(*market, *m_clock, smallConfig());
    StorageAsk ask = makeRequest().ask;
    auto refused = clients.post(ask, ask.duration, 0); // expiry must be below the duration
    SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY(refused.message().contains(QStringLiteral("Marketplace_InvalidExpiry")));
    ask.slotSize = 0;
    SD_VERIFY_ERROR(clients.post(ask, 100, 0), ErrorCode::InvalidArgument);
    QCOMPARE(market->control().totalSupply(), UInt256(0)); // nothing was minted for them
    QVERIFY(market->control().books().requestIds().isEmpty());
}

QTEST_GUILESS_MAIN(TestSimulatedClients)
#include "tst_simulatedclients.moc"
