// A desk on a local test chain, in real time: anvil starts with our contracts, the demo clients
// post requests on chain and serve their data, and the engine over ChainMarket downloads a slot
// from their server into its file, checks it, and fills it, paying the slot's collateral from the
// host's token balance. Opening again clears the
// directory (the chain is new), and a directory another desk holds is refused untouched.
#include "core/chain/client/DatasetServer.h"
#include "core/chain/local/LocalChain.h"
#include "core/chain/market/ChainMarket.h"
#include "core/clock/SystemClock.h"
#include "core/desk/Desk.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/storage/Repo.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using salesdesk::test::writeFile;

namespace {

LocalChainDeskOptions deskOptions(const QString& directory) {
    LocalChainDeskOptions options;
    options.engine.dataDirectory = directory;
    options.engine.quotaBytes = quint64(256) << 20;
    options.engine.seed = 5; // downloadSlotData: on by default
    options.chain.clients.seed = 9;
    options.chain.clients.meanIntervalSeconds = 3600; // one request at start is enough here
    options.chain.clients.minSlotSize = 100'000;
    options.chain.clients.maxSlotSize = 300'000;
    return options;
}

Result<std::unique_ptr<Desk>> open(SystemClock& clock, const QString& directory) {
    std::optional<Result<std::unique_ptr<Desk>>> opened;
    Desk::openLocalChain(clock, deskOptions(directory),
                         [&](Result<std::unique_ptr<Desk>> desk) { opened = std::move(desk); });
    if (!QTest::qWaitFor([&] { return opened.has_value(); }, 60'000))
        return makeError(ErrorCode::Io, QStringLiteral("the local chain desk did not open"));
    return std::move(*opened);
}

} // namespace

class TestLocalChainDesk : public QObject {
    Q_OBJECT
    SystemClock m_clock;

private Q_SLOTS:
    void sellsToTheDemoClientsOnChain() {
        QTemporaryDir dir;
        auto desk = open(m_clock, dir.path());
        SD_VERIFY_OK(desk);
        QVERIFY((*desk)->localChain() != nullptr);
        QVERIFY((*desk)->simulation() == nullptr);
        QCOMPARE((*desk)->market().config().token.symbol, QStringLiteral("TST"));
        NewAvailability offer;
        offer.totalSize = quint64(64) << 20;
        offer.duration = 7 * 24 * 3600;
        offer.minPricePerBytePerSecond = 1;
        offer.totalCollateral = UInt256(1) << 40;
        SD_VERIFY_OK((*desk)->engine().reservations().createAvailability(offer));

        QList<SaleStateKind> seen;
        std::optional<std::pair<SlotId, quint64>> filled; // the first slot filled, its size
        connect(&(*desk)->engine().sales(), &Sales::agentStateChanged, this,
                [&](SalesAgent* agent, SaleStateKind, SaleStateKind to) {
                    seen.append(to);
                    if (to == SaleStateKind::Filled && !filled && agent->data().request)
                        filled.emplace(agent->data().slotId, agent->data().request->ask.slotSize);
                });
        std::optional<Result<void>> started;
        (*desk)->start([&](Result<void> result) { started = std::move(result); });
        QVERIFY(QTest::qWaitFor([&] { return started.has_value(); }, 60'000));
        SD_VERIFY_OK(*started);
        QVERIFY2(QTest::qWaitFor([&] { return seen.contains(SaleStateKind::Filled); }, 200'000),
                 qPrintable(QStringLiteral("states seen: %1").arg([&] {
                     QStringList names;
                     for (SaleStateKind kind : seen)
                         names << toString(kind);
                     return names.join(QStringLiteral(", "));
                 }())));
        QCOMPARE((*desk)->localChain()->demoClients().postedCount(), 1);
        // The slot's bytes came from the clients' server into its file, all of them counted.
        QVERIFY(filled);
        const Repo& repo = (*desk)->engine().repo();
        const auto stored = repo.storedBytes(filled->first);
        SD_VERIFY_OK(stored);
        QCOMPARE(*stored, filled->second);
        QCOMPARE(QFileInfo(repo.slotDataPath(filled->first)).size(), qint64(filled->second));
        QVERIFY((*desk)->localChain()->datasetServer().bytesServed() >= filled->second);
        std::optional<MarketResult<QList<SlotId>>> mine;
        (*desk)->market().mySlots(this,
                                  [&](const MarketResult<QList<SlotId>>& slots) { mine = slots; });
        QVERIFY(QTest::qWaitFor([&] { return mine.has_value(); }, 30'000));
        QVERIFY(mine->ok());
        QVERIFY(!mine->value().isEmpty());
        (*desk)->stop();
    }

    void opensAgainOnAClearedDirectory() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("left-over.txt")), "old chain"));
        auto desk = open(m_clock, dir.path());
        SD_VERIFY_OK(desk);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("left-over.txt"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("salesdesk.sqlite"))));

        // A second desk on the same directory, while the first holds it: refused, and the
        // first one's files are as they were.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("marker.txt")), "still here"));
        auto second = open(m_clock, dir.path());
        QVERIFY(!second.ok());
        QVERIFY2(second.message().contains(QStringLiteral("in use by another Sales Desk")),
                 qPrintable(second.message()));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("marker.txt"))));
        desk->reset();
    }
};

QTEST_GUILESS_MAIN(TestLocalChainDesk)
#include "tst_localchaindesk.moc"
