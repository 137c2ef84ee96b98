// Paid retrieval end to end on anvil: a client opens a payment channel to the provider, the
// provider's ChannelFollower tracks it, a retrieval over HTTP is paid chunk by chunk with
// vouchers, and when the client asks to close the channel the ChannelClaimer claims the best
// voucher before the close window ends: the provider's tokens grow by exactly the retrieval's
// price and the client gets back exactly the rest of its deposit.
#include "core/chain/abi/ContractAbi.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/deploy/ContractArtifact.h"
#include "core/chain/retrieval/ChannelClaimer.h"
#include "core/chain/retrieval/ChannelFollower.h"
#include "core/chain/retrieval/RetrievalClient.h"
#include "core/chain/retrieval/RetrievalServer.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/clock/VirtualClock.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/MemoryRetrievableData.h"
#include "tests/support/chain/VirtualTimeDriver.h"

#include <QBuffer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;
using salesdesk::abi::ContractAbi;

namespace {

constexpr qint64 kCloseWindow = 3'600;
const UInt256 kDeposit(1'000'000);

abi::AbiValue word(const UInt256& value) {
    return abi::AbiValue::uint(value);
}

SlotId slot() {
    return SlotId::fromBytes(QByteArray(32, 0x3c));
}

} // namespace

class TestRetrievalOnChain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aCloseIsAnsweredWithAClaimInTime();
    void aThresholdClaimsWithoutAClose();

private:
    void startProvider(const UInt256& claimThreshold);
    // A retrieval of the slot, paid as the terms ask; true when it completed.
    bool retrieve();
    bool drive(const std::function<bool()>& done) {
        return driveVirtualTime(*m_rpc, *m_clock, done, 400, AnvilFixture::kWaitMs);
    }
    bool send(const Address& from, const Address& to, const QByteArray& data);
    QByteArray callAs(const Address& to, const QByteArray& data);
    QByteArray encode(const ContractAbi& abi, const QString& function,
                      const std::vector<abi::AbiValue>& arguments);
    UInt256 balanceOf(const Address& holder);
    UInt256 claimedOnChain();
    Timestamp chainTime();
    VoucherCheck::Channel booked();

    AnvilFixture m_chain;
    std::optional<ContractAbi> m_tokenAbi;
    std::optional<ContractAbi> m_channelsAbi;
    Address m_token;
    Address m_channels;
    Address m_payer;
    Address m_payee;
    Hash32 m_channelId;
    Eip712Domain m_domain;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<VoucherBook> m_vouchers;
    std::unique_ptr<RetrievalBook> m_retrievals;
    std::unique_ptr<TransactionManager> m_transactions;
    std::unique_ptr<ChannelFollower> m_follower;
    std::unique_ptr<ChannelClaimer> m_claimer;
    std::unique_ptr<RetrievalServer> m_server;
    std::shared_ptr<MemoryRetrievableData> m_data;
};

void TestRetrievalOnChain::initTestCase() {
    LocalChain::Options bare;
    bare.deployMarketplace = false;
    QVERIFY2(m_chain.start(bare), qPrintable(m_chain.error()));
    const auto token = ContractArtifact::embedded(QStringLiteral("TestToken"));
    const auto channels = ContractArtifact::embedded(QStringLiteral("RetrievalChannels"));
    SD_VERIFY_OK(token);
    SD_VERIFY_OK(channels);
    m_tokenAbi = ContractAbi::fromJson(token->abi).value();
    m_channelsAbi = ContractAbi::fromJson(channels->abi).value();
    const auto tokenAt = m_chain.deploy(token->creationCode);
    QVERIFY2(tokenAt, qPrintable(m_chain.error()));
    m_token = *tokenAt;
    const auto initCode = m_channelsAbi->encodeConstructor(
        channels->creationCode,
        {abi::AbiValue::address(m_token), abi::AbiValue::fromInt(kCloseWindow)});
    SD_VERIFY_OK(initCode);
    const auto channelsAt = m_chain.deploy(*initCode);
    QVERIFY2(channelsAt, qPrintable(m_chain.error()));
    m_channels = *channelsAt;
    m_domain = Voucher::domain(m_chain.chain().chainId(), m_channels);
    // Account 1 is the client, account 2 the provider.
    m_payer = m_chain.account(1);
    m_payee = m_chain.account(2);
    QVERIFY(send(m_chain.account(0), m_token,
                 encode(*m_tokenAbi, QStringLiteral("mint"),
                        {abi::AbiValue::address(m_payer), word(kDeposit)})));
    QVERIFY(send(m_payer, m_token,
                 encode(*m_tokenAbi, QStringLiteral("approve"),
                        {abi::AbiValue::address(m_channels), word(kDeposit)})));
}

void TestRetrievalOnChain::init() {
    QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
    // The channel is opened in each test, so the provider's follower sees it happen.
    const QByteArray open = encode(*m_channelsAbi, QStringLiteral("open"),
                                   {abi::AbiValue::address(m_payee), word(kDeposit)});
    m_channelId = Hash32::fromBytes(callAs(m_channels, open).left(32));
    QVERIFY(send(m_payer, m_channels, open));
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = std::make_shared<MemoryRetrievableData>();
    m_data->add(slot(), 300'000);
}

void TestRetrievalOnChain::cleanup() {
    m_server.reset();
    m_claimer.reset();
    m_follower.reset();
    m_transactions.reset();
    m_retrievals.reset();
    m_vouchers.reset();
    m_rpc.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
    QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
}

void TestRetrievalOnChain::startProvider(const UInt256& claimThreshold) {
    m_clock = std::make_unique<VirtualClock>(chainTime());
    auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                             Database::kHostApplicationId);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
    m_db = std::move(*db);
    m_rpc = std::make_unique<JsonRpcClient>(m_chain.rpcUrl(), *m_clock);
    m_vouchers = std::make_unique<VoucherBook>(*m_db);
    m_retrievals = std::make_unique<RetrievalBook>(*m_db, *m_vouchers);
    auto payeeKey = PrivateKey::fromBytes(m_chain.chain().accounts().at(2).privateKey);
    SD_VERIFY_OK(payeeKey);
    auto key = std::make_shared<PrivateKey>(std::move(payeeKey).value());
    TransactionManager::Options txOptions;
    txOptions.chainId = m_chain.chain().chainId();
    txOptions.randomSeed = 5;
    m_transactions = std::make_unique<TransactionManager>(
        *m_rpc, *m_db, *m_clock, m_payee,
        [key](const Eip1559Transaction& transaction) -> Result<SignedTransaction> {
            return transaction.sign(*key);
        },
        txOptions);
    ChannelFollower::Options followerOptions;
    followerOptions.chainId = m_chain.chain().chainId();
    followerOptions.channels = m_channels;
    followerOptions.payee = m_payee;
    followerOptions.pollSeconds = 1;
    m_follower =
        std::make_unique<ChannelFollower>(*m_rpc, *m_db, *m_vouchers, *m_clock, followerOptions);
    ChannelClaimer::Options claimerOptions;
    claimerOptions.chainId = m_chain.chain().chainId();
    claimerOptions.channels = m_channels;
    claimerOptions.claimThreshold = claimThreshold;
    m_claimer =
        std::make_unique<ChannelClaimer>(*m_vouchers, *m_transactions, *m_clock, claimerOptions);
    connect(m_follower.get(), &ChannelFollower::channelsChanged, m_claimer.get(),
            &ChannelClaimer::check);
    SD_VERIFY_OK(m_follower->start());
    m_claimer->start();
    RetrievalServer::Config config;
    config.domain = m_domain;
    config.payee = m_payee;
    // The terms signed with the payee's key, as the desk signs them with its account.
    config.signTerms =
        [key = std::make_shared<PrivateKey>(
             PrivateKey::fromBytes(m_chain.chain().accounts().at(2).privateKey).value())](
            const Hash32& digest) -> Result<Signature> {
        return key->sign(digest);
    };
    config.terms.pricePerByte = UInt256(2);
    config.terms.paymentInterval = 64 * 1024;
    config.terms.paymentIntervalIncrease = 64 * 1024;
    m_server =
        std::make_unique<RetrievalServer>(config, *m_retrievals, *m_vouchers, m_data, *m_clock);
    SD_VERIFY_OK(m_server->listen(QHostAddress::LocalHost));
    // The follower finds the channel the client opened.
    QVERIFY(drive([&] {
        return m_vouchers->channel({m_domain.chainId, m_channels, m_channelId}).value().has_value();
    }));
    QCOMPARE(booked().payer, m_payer);
    QCOMPARE(booked().deposit, kDeposit);
}

bool TestRetrievalOnChain::retrieve() {
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    RetrievalClient::Options options;
    options.server = m_server->baseUrl();
    options.domain = m_domain;
    options.payee = m_payee; // the terms must be signed by it
    options.channelId = m_channelId;
    options.slot = slot();
    RetrievalClient client(
        options, PrivateKey::fromBytes(m_chain.chain().accounts().at(1).privateKey).value(), &sink);
    QSignalSpy finished(&client, &RetrievalClient::finished);
    client.start();
    if (!finished.wait(20'000) || !finished.at(0).at(0).toString().isEmpty()) {
        qWarning().noquote() << "the retrieval failed:"
                             << (finished.isEmpty() ? QStringLiteral("no end")
                                                    : finished.at(0).at(0).toString());
        return false;
    }
    return sink.data() == m_data->bytes(slot());
}

void TestRetrievalOnChain::aCloseIsAnsweredWithAClaimInTime() {
    startProvider(UInt256(0));
    const UInt256 payeeBefore = balanceOf(m_payee);
    const UInt256 payerBefore = balanceOf(m_payer);
    QVERIFY(retrieve());
    const UInt256 price(600'000); // 300,000 bytes at 2 a byte
    QCOMPARE(
        m_vouchers->best({m_domain.chainId, m_channels, m_channelId}).value()->cumulativeAmount,
        price);
    // No close requested, no threshold: nothing is claimed, however long the provider waits.
    int steps = 0;
    QVERIFY(drive([&] { return ++steps > 30; }));
    QCOMPARE(m_claimer->claimsInFlight(), 0);
    QCOMPARE(claimedOnChain(), UInt256(0));

    // The client asks to close: the provider claims before the window ends.
    QVERIFY(send(m_payer, m_channels,
                 encode(*m_channelsAbi, QStringLiteral("requestClose"),
                        {abi::AbiValue::bytes(m_channelId.toByteArray())})));
    QSignalSpy settled(m_claimer.get(), &ChannelClaimer::claimSettled);
    QVERIFY(drive([&] { return booked().claimed == price; }));
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled.at(0).at(2).toBool(), true);
    QVERIFY(booked().closesAt > 0);
    QVERIFY(chainTime() <= booked().closesAt); // in time
    QCOMPARE(claimedOnChain(), price);
    QCOMPARE(balanceOf(m_payee) - payeeBefore, price);
    QVERIFY(m_vouchers->unclaimed().value().isEmpty());

    // After the window anyone may finalize: the client gets the rest of its deposit back.
    QVERIFY(m_chain.increaseTime(kCloseWindow + 1));
    QVERIFY(send(m_chain.account(0), m_channels,
                 encode(*m_channelsAbi, QStringLiteral("finalize"),
                        {abi::AbiValue::bytes(m_channelId.toByteArray())})));
    QVERIFY(drive([&] { return booked().finalized; }));
    QCOMPARE(balanceOf(m_payer), payerBefore + kDeposit - price);
}

void TestRetrievalOnChain::aThresholdClaimsWithoutAClose() {
    startProvider(UInt256(100'000));
    const UInt256 payeeBefore = balanceOf(m_payee);
    QVERIFY(retrieve());
    const UInt256 price(600'000);
    // The best voucher is past the threshold: claimed with no close requested.
    QVERIFY(drive([&] { return booked().claimed == price; }));
    QCOMPARE(booked().closesAt, Timestamp(0));
    QCOMPARE(balanceOf(m_payee) - payeeBefore, price);
    QCOMPARE(claimedOnChain(), price);
}

bool TestRetrievalOnChain::send(const Address& from, const Address& to, const QByteArray& data) {
    const QJsonObject transaction{{QStringLiteral("from"), from.toHex()},
                                  {QStringLiteral("to"), to.toHex()},
                                  {QStringLiteral("data"), rpc::toData(data)}};
    const auto sent = m_chain.call(QStringLiteral("eth_sendTransaction"), {transaction});
    if (!sent.ok()) {
        qWarning().noquote() << sent.error().describe();
        return false;
    }
    const auto receipt = m_chain.receipt(sent->toString());
    return receipt.ok() &&
           receipt->toObject().value(QStringLiteral("status")).toString() == QStringLiteral("0x1");
}

QByteArray TestRetrievalOnChain::callAs(const Address& to, const QByteArray& data) {
    const QJsonObject call{{QStringLiteral("from"), m_payer.toHex()},
                           {QStringLiteral("to"), to.toHex()},
                           {QStringLiteral("data"), rpc::toData(data)}};
    const auto answer = m_chain.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
    return answer.ok() ? QByteArray::fromHex(answer->toString().mid(2).toLatin1()) : QByteArray();
}

QByteArray TestRetrievalOnChain::encode(const ContractAbi& abi, const QString& function,
                                        const std::vector<abi::AbiValue>& arguments) {
    auto data = abi.encodeCall(function, arguments);
    return data.ok() ? *data : QByteArray();
}

UInt256 TestRetrievalOnChain::balanceOf(const Address& holder) {
    return uint256::fromBigEndian(callAs(m_token, encode(*m_tokenAbi, QStringLiteral("balanceOf"),
                                                         {abi::AbiValue::address(holder)})))
        .value();
}

UInt256 TestRetrievalOnChain::claimedOnChain() {
    const QByteArray data =
        callAs(m_channels, encode(*m_channelsAbi, QStringLiteral("channel"),
                                  {abi::AbiValue::bytes(m_channelId.toByteArray())}));
    // payer, payee, deposit, claimed, closesAt, finalized: claimed is the fourth word.
    return uint256::fromBigEndian(data.mid(96, 32)).value();
}

Timestamp TestRetrievalOnChain::chainTime() {
    const auto block =
        m_chain.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
    if (!block.ok())
        return 0;
    return static_cast<Timestamp>(
        block->toObject().value(QStringLiteral("timestamp")).toString().toLongLong(nullptr, 16));
}

VoucherCheck::Channel TestRetrievalOnChain::booked() {
    auto channel = m_vouchers->channel({m_domain.chainId, m_channels, m_channelId});
    return channel && *channel ? **channel : VoucherCheck::Channel{};
}

QTEST_GUILESS_MAIN(TestRetrievalOnChain)
#include "tst_retrievalonchain.moc"
