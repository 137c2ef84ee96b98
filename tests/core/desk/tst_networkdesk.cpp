// A desk on a chain by RPC URL (Desk::openNetwork), against a local anvil started by the test:
// it opens with the wallet's key and recovers on a second open of the same directory; a node of
// another chain, an address without our Marketplace, a node that does not answer and a directory
// that keeps another network's books are each refused with a message that names the problem.
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/market/ChainMarket.h"
#include "core/clock/SystemClock.h"
#include "core/desk/Desk.h"
#include "core/reservations/Reservations.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

class TestNetworkDesk : public QObject {
    Q_OBJECT
    SystemClock m_clock;
    test::AnvilFixture m_chain;

    NetworkDeskOptions options(const QString& directory) {
        NetworkDeskOptions options;
        options.engine.dataDirectory = directory;
        options.engine.quotaBytes = quint64(64) << 20;
        options.engine.hooks.storeData = false;
        options.engine.seed = 3;
        options.chain.rpcUrl = m_chain.rpcUrl();
        options.chain.chainId = m_chain.chain().chainId();
        options.chain.marketplace = m_chain.chain().deployment()->marketplace;
        options.chain.startBlock = m_chain.chain().deployment()->marketplaceBlock;
        options.chain.pollSeconds = 1;
        return options;
    }

    ChainAccount hostAccount() {
        auto key = PrivateKey::fromBytes(m_chain.chain().accounts().at(1).privateKey);
        return ChainAccount::ofKey(std::move(*key));
    }

    Result<std::unique_ptr<Desk>> open(NetworkDeskOptions deskOptions) {
        std::optional<Result<std::unique_ptr<Desk>>> opened;
        Desk::openNetwork(m_clock, std::move(deskOptions), hostAccount(),
                          [&](Result<std::unique_ptr<Desk>> desk) { opened = std::move(desk); });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 60'000))
            return makeError(ErrorCode::Io, QStringLiteral("the network desk did not open"));
        return std::move(*opened);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_chain.start(), qPrintable(m_chain.error())); }

    void opensWithTheWalletAndRecoversOnReopening() {
        QTemporaryDir dir;
        auto desk = open(options(dir.path()));
        SD_VERIFY_OK(desk);
        QVERIFY((*desk)->chainHost() != nullptr);
        QVERIFY((*desk)->localChain() == nullptr);
        QVERIFY((*desk)->simulation() == nullptr);
        QCOMPARE((*desk)->chainHost()->address(), m_chain.account(1));
        QCOMPARE((*desk)->market().config().token.symbol, QStringLiteral("TST"));
        NewAvailability offer;
        offer.totalSize = quint64(16) << 20;
        offer.duration = 24 * 3600;
        offer.minPricePerBytePerSecond = 1;
        offer.totalCollateral = UInt256(1) << 30;
        SD_VERIFY_OK((*desk)->engine().reservations().createAvailability(offer));
        std::optional<Result<void>> started;
        (*desk)->start([&](Result<void> result) { started = std::move(result); });
        QVERIFY(QTest::qWaitFor([&] { return started.has_value(); }, 60'000));
        SD_VERIFY_OK(*started);
        (*desk)->stop();
        desk->reset();

        // The same directory again: the books are kept (not cleared as a local chain's are).
        auto again = open(options(dir.path()));
        SD_VERIFY_OK(again);
        auto availabilities = (*again)->engine().reservations().availabilities();
        SD_VERIFY_OK(availabilities);
        QCOMPARE(availabilities->size(), 1);
    }

    void refusesANodeOfAnotherChain() {
        QTemporaryDir dir;
        NetworkDeskOptions wrong = options(dir.path());
        wrong.chain.chainId = 789987;
        auto desk = open(wrong);
        QVERIFY(!desk.ok());
        QVERIFY2(desk.message().contains(QStringLiteral("789987")), qPrintable(desk.message()));
        QVERIFY2(desk.message().contains(QString::number(m_chain.chain().chainId())),
                 qPrintable(desk.message()));
        // The refusal bound the directory to no network: the right chain id opens it.
        auto right = open(options(dir.path()));
        SD_VERIFY_OK(right);
    }

    void refusesAnAddressWithoutOurMarketplace() {
        QTemporaryDir dir;
        NetworkDeskOptions wrong = options(dir.path());
        wrong.chain.marketplace = m_chain.account(7); // an account: no code there
        auto desk = open(wrong);
        QVERIFY(!desk.ok());
        QVERIFY2(desk.message().contains(wrong.chain.marketplace.toHex(), Qt::CaseInsensitive),
                 qPrintable(desk.message()));
    }

    void refusesANodeThatDoesNotAnswer() {
        QTemporaryDir dir;
        NetworkDeskOptions wrong = options(dir.path());
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        wrong.chain.rpcUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        auto desk = open(wrong);
        QVERIFY(!desk.ok());
        QVERIFY2(desk.message().contains(QString::number(port)), qPrintable(desk.message()));
    }

    void refusesTheBooksOfAnotherNetwork() {
        QTemporaryDir dir;
        {
            auto desk = open(options(dir.path()));
            SD_VERIFY_OK(desk);
        }
        // The directory now keeps this marketplace's books; another chain id for it is refused
        // before anything is asked of the node, and the books stay as they were.
        NetworkDeskOptions other = options(dir.path());
        other.chain.chainId = 1;
        const auto before = test::FolderSnapshot::take(dir.path());
        auto desk = open(other);
        QVERIFY(!desk.ok());
        QVERIFY2(desk.message().contains(QStringLiteral("keeps the books")),
                 qPrintable(desk.message()));
        QCOMPARE(before.differencesTo(test::FolderSnapshot::take(dir.path())), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestNetworkDesk)
#include "tst_networkdesk.moc"
