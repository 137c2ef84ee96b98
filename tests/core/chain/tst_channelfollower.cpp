// ChannelFollower against a scripted node: a channel opened to the provider is tracked, one
// opened to someone else is not; top-ups, claims, close requests and finalization change the
// book; a reorg that takes back a claim has the channel read again from the chain; the open
// channels are read again at start.
#include "core/chain/retrieval/ChannelFollower.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/clock/VirtualClock.h"
#include "core/domain/AbiEncoder.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/FakeChainNode.h"
#include "tests/support/chain/VirtualTimeDriver.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr Timestamp kStart = 1'800'000'000;

Address address(char fill) {
    return Address::fromBytes(QByteArray(20, fill));
}

Hash32 hash(char fill) {
    return Hash32::fromBytes(QByteArray(32, fill));
}

Hash32 addressTopic(const Address& a) {
    return Hash32::fromBytes(QByteArray(QByteArray(12, '\0') + a.toByteArray()));
}

QByteArray words(std::initializer_list<quint64> values) {
    std::vector<abi::Value> encoded;
    for (quint64 value : values)
        encoded.push_back(abi::uint(UInt256(value)));
    return abi::encode(encoded);
}

const Address kChannels = address(0x33);
const Address kPayee = address(0x22);
const Address kPayer = address(0x44);

FakeChainNode::LogSpec opened(const Hash32& id, const Address& payee, quint64 deposit) {
    return {kChannels,
            {abi::keccak256("ChannelOpened(bytes32,address,address,uint256)"), id,
             addressTopic(kPayer), addressTopic(payee)},
            words({deposit})};
}

FakeChainNode::LogSpec logOf(const char* signature, const Hash32& id, QByteArray data) {
    return {kChannels, {abi::keccak256(signature), id}, std::move(data)};
}

} // namespace

class TestChannelFollower : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                                 Database::kHostApplicationId);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
        m_db = std::move(*db);
        m_book = std::make_unique<VoucherBook>(*m_db);
        m_clock = std::make_unique<VirtualClock>(kStart);
        m_node = std::make_unique<FakeChainNode>();
        QVERIFY(m_node->listen());
        m_rpc = std::make_unique<JsonRpcClient>(m_node->url(), *m_clock);
        // channel(id) as the chain answers it: what the test says the chain holds.
        m_node->setHandler(QStringLiteral("eth_call"), [this](const QJsonArray&) -> QJsonObject {
            const QByteArray answer = abi::encode({abi::tuple(
                {abi::address(kPayer), abi::address(kPayee), abi::uint(m_onChain.deposit),
                 abi::uint(m_onChain.claimed), abi::uint(UInt256(m_onChain.closesAt)),
                 abi::uint(UInt256(m_onChain.finalized ? 1 : 0))})});
            const QString hex = QStringLiteral("0x") + QString::fromLatin1(answer.toHex());
            return QJsonObject{{QStringLiteral("result"), hex}};
        });
        m_node->mine(3);
    }
    void cleanup() {
        m_follower.reset();
        m_rpc.reset();
        m_node.reset();
        m_clock.reset();
        m_book.reset();
        m_db.reset();
        m_dir.reset();
    }

    void followsTheProvidersChannelsOnly() {
        startFollower();
        m_node->mineWithLogs({opened(hash(1), kPayee, 1'000), opened(hash(2), address(0x55), 50)});
        QVERIFY(drive([&] { return booked(hash(1)).has_value(); }));
        QCOMPARE(booked(hash(1))->deposit, UInt256(1'000));
        QCOMPARE(booked(hash(1))->payer, kPayer);
        QVERIFY(!booked(hash(2)).has_value());

        m_node->mineWithLogs(
            {logOf("ToppedUp(bytes32,uint256,uint256)", hash(1), words({500, 1'500})),
             logOf("Claimed(bytes32,uint256,uint256)", hash(1), words({200, 200})),
             logOf("Claimed(bytes32,uint256,uint256)", hash(2), words({7, 7})),
             logOf("CloseRequested(bytes32,uint64)", hash(1), words({kStart + 3'600}))});
        QVERIFY(drive([&] { return booked(hash(1))->closesAt != 0; }));
        QCOMPARE(booked(hash(1))->deposit, UInt256(1'500));
        QCOMPARE(booked(hash(1))->claimed, UInt256(200));
        QCOMPARE(booked(hash(1))->closesAt, kStart + 3'600);
        QVERIFY(!booked(hash(2)).has_value());

        m_node->mineWithLogs({logOf("Finalized(bytes32,uint256)", hash(1), words({1'300}))});
        QVERIFY(drive([&] { return booked(hash(1))->finalized; }));
        QCOMPARE(m_book->openChannels(31337, kChannels).value().size(), 0);
    }

    // A reorg takes back a claim: the channel is read again and the book says what the chain
    // now holds.
    void aReorgedClaimIsReadAgainFromTheChain() {
        startFollower();
        m_node->mineWithLogs({opened(hash(1), kPayee, 1'000)});
        QVERIFY(drive([&] { return booked(hash(1)).has_value(); }));
        const int readsBefore = channelReads();
        m_node->mineWithLogs(
            {logOf("Claimed(bytes32,uint256,uint256)", hash(1), words({300, 300}))});
        QVERIFY(drive([&] { return booked(hash(1))->claimed == UInt256(300); }));
        // The block with the claim is replaced by one without: the chain holds claimed 0.
        m_onChain.deposit = UInt256(1'000);
        m_onChain.claimed = UInt256(0);
        m_node->reorg(1, {{}, {}});
        QVERIFY(drive([&] {
            return channelReads() > readsBefore && booked(hash(1))->claimed == UInt256(0) &&
                   m_follower->refreshesPending() == 0;
        }));
        QCOMPARE(booked(hash(1))->deposit, UInt256(1'000));
    }

    // At start, every open channel is read again (news a crash may have lost).
    void openChannelsAreReadAgainAtStart() {
        VoucherCheck::Channel stale;
        stale.id = hash(9);
        stale.payer = kPayer;
        stale.deposit = UInt256(10);
        SD_VERIFY_OK(m_book->track({31337, kChannels, hash(9)}, kPayee, stale, m_clock->now()));
        m_onChain.deposit = UInt256(2'000);
        m_onChain.claimed = UInt256(150);
        m_onChain.closesAt = kStart + 60;
        startFollower();
        QVERIFY(drive([&] { return booked(hash(9))->deposit == UInt256(2'000); }));
        QCOMPARE(booked(hash(9))->claimed, UInt256(150));
        QCOMPARE(booked(hash(9))->closesAt, kStart + 60);
        QCOMPARE(channelReads(), 1);
    }

private:
    void startFollower() {
        ChannelFollower::Options options;
        options.chainId = 31337;
        options.channels = kChannels;
        options.payee = kPayee;
        options.pollSeconds = 1;
        options.windowBlocks = 8;
        m_follower = std::make_unique<ChannelFollower>(*m_rpc, *m_db, *m_book, *m_clock, options);
        SD_VERIFY_OK(m_follower->start());
    }
    bool drive(const std::function<bool()>& done) {
        return driveVirtualTime(*m_rpc, *m_clock, done, 200, 10'000);
    }
    int channelReads() const { return m_node->callsOf(QStringLiteral("eth_call")); }
    std::optional<VoucherCheck::Channel> booked(const Hash32& id) const {
        auto channel = m_book->channel({31337, kChannels, id});
        return channel ? *channel : std::nullopt;
    }

    struct OnChain {
        UInt256 deposit;
        UInt256 claimed;
        Timestamp closesAt = 0;
        bool finalized = false;
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VoucherBook> m_book;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<FakeChainNode> m_node;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<ChannelFollower> m_follower;
    OnChain m_onChain;
};

QTEST_GUILESS_MAIN(TestChannelFollower)
#include "tst_channelfollower.moc"
