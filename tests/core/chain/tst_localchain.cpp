#include "core/chain/local/LocalChain.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/AbiEncoder.h"
#include "tests/support/chain/AnvilFixture.h"

#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

std::optional<quint64> latestTimestamp(AnvilFixture& chain) {
    const auto block =
        chain.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
    if (!block.ok())
        return std::nullopt;
    auto timestamp =
        rpc::parseJsonQuantityU64(block->toObject().value(QStringLiteral("timestamp")));
    if (!timestamp.ok())
        return std::nullopt;
    return *timestamp;
}

} // namespace

class TestLocalChain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithBlockHashHistory();
    void minesBlocks();
    void movesTimeForward();
    void revertsToASnapshot();
    void setsBalances();
    void startFailsWithoutAnvil();
    void deploysOurContracts();
    void mintsTestTokensToEveryAccount();
    void failedDeploymentNamesTheStep();
    void startsWithoutContractsWhenAsked();

private:
    AnvilFixture m_chain;
    quint64 m_startBlock = 0;
};

void TestLocalChain::initTestCase() {
    QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
}

void TestLocalChain::init() {
    QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
    m_startBlock = m_chain.blockNumber().value_or(0);
    QVERIFY(m_startBlock > 0);
}

void TestLocalChain::cleanup() {
    QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
}

void TestLocalChain::startsWithBlockHashHistory() {
    QVERIFY(m_chain.chain().isRunning());
    QVERIFY(m_chain.blockNumber().value_or(0) > 0x101); // block.number > 256, then the deployment
    const auto first =
        m_chain.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("0x1"), false});
    QVERIFY(first.ok() && first->isObject());
    const auto hash = Hash32::fromHex(first->toObject().value(QStringLiteral("hash")).toString());
    QVERIFY(hash.ok() && !hash->isZero());
    QCOMPARE(m_chain.chain().chainId(), quint64(31337));
    QCOMPARE(m_chain.chain().accounts().size(), 10);
}

void TestLocalChain::minesBlocks() {
    QVERIFY2(m_chain.mine(5), qPrintable(m_chain.error()));
    QCOMPARE(m_chain.blockNumber().value_or(0), m_startBlock + 5);
}

void TestLocalChain::movesTimeForward() {
    const auto before = latestTimestamp(m_chain);
    QVERIFY(before.has_value());
    const auto blockBefore = m_chain.blockNumber();
    QVERIFY2(m_chain.increaseTime(3600), qPrintable(m_chain.error()));
    const auto after = latestTimestamp(m_chain);
    QVERIFY(after.has_value());
    QVERIFY2(*after >= *before + 3600 && *after < *before + 3600 + 60,
             qPrintable(QStringLiteral("%1 -> %2").arg(*before).arg(*after)));
    QCOMPARE(m_chain.blockNumber().value_or(0),
             blockBefore.value_or(0) + 1); // mined at the new time
}

void TestLocalChain::revertsToASnapshot() {
    // A nested snapshot inside the fixture's own.
    const auto snapshot = AnvilFixture::await(
        [&](RpcCallback done) { m_chain.chain().snapshot(nullptr, std::move(done)); });
    QVERIFY(snapshot.ok());
    QVERIFY2(m_chain.mine(10), qPrintable(m_chain.error()));
    QCOMPARE(m_chain.blockNumber().value_or(0), m_startBlock + 10);
    const auto reverted = AnvilFixture::await([&](RpcCallback done) {
        m_chain.chain().revertTo(snapshot->toString(), nullptr, std::move(done));
    });
    QVERIFY(reverted.ok());
    QCOMPARE(reverted->toBool(), true);
    QCOMPARE(m_chain.blockNumber().value_or(0), m_startBlock);
}

void TestLocalChain::setsBalances() {
    const Address fresh =
        Address::fromHex(QStringLiteral("0x00000000000000000000000000000000000000a1")).value();
    const UInt256 amount = UInt256(5) * UInt256(1'000'000'000'000'000'000ULL);
    const auto set = AnvilFixture::await([&](RpcCallback done) {
        m_chain.chain().setBalance(fresh, amount, nullptr, std::move(done));
    });
    QVERIFY2(set.ok(), qPrintable(rpcFailure(set)));
    const auto balance =
        m_chain.call(QStringLiteral("eth_getBalance"), {fresh.toHex(), QStringLiteral("latest")});
    QCOMPARE(rpc::parseJsonQuantity(balance.value()).value(), amount);
}

void TestLocalChain::startFailsWithoutAnvil() {
    LocalChain::Options options;
    options.anvil.binary = QStringLiteral("/nonexistent/anvil");
    LocalChain chain(options);
    std::optional<Result<void>> started;
    chain.start(nullptr, [&](const Result<void>& r) { started = r; });
    QTRY_VERIFY(started.has_value());
    QVERIFY(!started->ok());
    QVERIFY2(started->message().contains(QLatin1String("make deps")),
             qPrintable(started->message()));
    QVERIFY(!chain.isRunning());
}

void TestLocalChain::deploysOurContracts() {
    const auto& deployment = m_chain.chain().deployment();
    QVERIFY(deployment.has_value());
    QCOMPARE(deployment->chainId, quint64(31337));
    QCOMPARE(deployment->tokenInfo, TokenInfo::testStorageToken());
    QVERIFY(deployment->marketplaceBlock > 0x101);
    QVERIFY(deployment->marketplaceBlock <= m_startBlock);
    const QList<Address> addresses{deployment->marketplace, deployment->token, deployment->verifier,
                                   deployment->retrievalChannels};
    for (const Address& address : addresses) {
        QVERIFY(!address.isZero());
        const auto code = m_chain.call(QStringLiteral("eth_getCode"),
                                       {address.toHex(), QStringLiteral("latest")});
        QVERIFY2(code.ok(), qPrintable(rpcFailure(code)));
        QVERIFY2(rpc::parseJsonData(*code).value().size() > 100, qPrintable(address.toHex()));
    }
    // The marketplace runs with the local chain's short period: period() is in its config.
    const QJsonObject call{{QStringLiteral("to"), deployment->marketplace.toHex()},
                           {QStringLiteral("data"), rpc::toData(abi::selector("configuration()"))}};
    const auto configuration =
        m_chain.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
    QVERIFY2(configuration.ok(), qPrintable(rpcFailure(configuration)));
    const QByteArray words = rpc::parseJsonData(*configuration).value();
    // configuration() returns a dynamic tuple: its offset, then collateral (4 words), then the
    // proofs tuple's offset, whose first word is the period.
    QVERIFY(words.size() >= 8 * 32);
    const qsizetype proofsOffset =
        32 + qsizetype(uint256::fromBigEndian(words.mid(32 + 4 * 32, 32)).value());
    QCOMPARE(uint256::fromBigEndian(words.mid(proofsOffset, 32)).value(),
             UInt256(LocalChain::shortPeriodMarket().periodSeconds));
    // The retrieval channels pay in the marketplace's token.
    const QJsonObject tokenCall{{QStringLiteral("to"), deployment->retrievalChannels.toHex()},
                                {QStringLiteral("data"), rpc::toData(abi::selector("token()"))}};
    const auto token =
        m_chain.call(QStringLiteral("eth_call"), {tokenCall, QStringLiteral("latest")});
    QVERIFY2(token.ok(), qPrintable(rpcFailure(token)));
    QCOMPARE(rpc::parseJsonData(*token).value(), abi::encode({abi::address(deployment->token)}));
}

void TestLocalChain::mintsTestTokensToEveryAccount() {
    const auto& deployment = m_chain.chain().deployment();
    QVERIFY(deployment.has_value());
    for (const AnvilProcess::Account& account : m_chain.chain().accounts()) {
        const QJsonObject call{
            {QStringLiteral("to"), deployment->token.toHex()},
            {QStringLiteral("data"),
             rpc::toData(abi::encodeCall("balanceOf(address)", {abi::address(account.address)}))}};
        const auto balance =
            m_chain.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
        QVERIFY2(balance.ok(), qPrintable(rpcFailure(balance)));
        QCOMPARE(uint256::fromBigEndian(rpc::parseJsonData(*balance).value()).value(),
                 m_chain.chain().options().tokensPerAccount);
    }
}

void TestLocalChain::failedDeploymentNamesTheStep() {
    LocalChain::Options options;
    options.market.slashPercentage = 101; // the Marketplace constructor reverts
    LocalChain chain(options);
    std::optional<Result<void>> started;
    chain.start(nullptr, [&](const Result<void>& r) { started = r; });
    QTRY_VERIFY_WITH_TIMEOUT(started.has_value(), AnvilFixture::kWaitMs);
    QVERIFY(!started->ok());
    QVERIFY2(started->message().contains(QLatin1String("deploy Marketplace")),
             qPrintable(started->message()));
    QVERIFY(!chain.deployment().has_value());
    QTRY_VERIFY(!chain.anvil().isRunning());
}

void TestLocalChain::startsWithoutContractsWhenAsked() {
    LocalChain::Options options;
    options.deployMarketplace = false;
    LocalChain chain(options);
    std::optional<Result<void>> started;
    chain.start(nullptr, [&](const Result<void>& r) { started = r; });
    QTRY_VERIFY_WITH_TIMEOUT(started.has_value(), AnvilFixture::kWaitMs);
    QVERIFY2(started->ok(), qPrintable(started->ok() ? QString() : started->message()));
    QVERIFY(!chain.deployment().has_value());
    chain.stop();
}

QTEST_GUILESS_MAIN(TestLocalChain)
#include "tst_localchain.moc"
