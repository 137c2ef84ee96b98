#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/clock/VirtualClock.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/VirtualTimeDriver.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr Timestamp kStart = 1'800'000'000;
const Address kRecipient = Address::fromHex(u"0x0000000000000000000000000000000000b0b0b0").value();

} // namespace

// The transaction manager against anvil: a transfer mined with the receipt anvil reports, and,
// with automine off, a transaction that waits, is bumped (anvil takes the replacement) and mined.
// Time is a VirtualClock (polls, bumps); the chain and its sockets are real.
class TestTransactionManagerChain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aTransferIsMinedWithItsReceipt();
    void aWaitingTransferIsBumpedAndTheReplacementMined();
    void anEstimateThatRevertsOnAnvilSendsNothing();

private:
    std::unique_ptr<TransactionManager> makeManager(TransactionManager::Options options);
    TransactionManager::Options defaults();
    bool drive(const std::function<bool()>& done, int maxSteps = 500);
    quint64 nonceOf(const Address& account);
    UInt256 balanceOf(const Address& account);

    AnvilFixture m_chain;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::optional<PrivateKey> m_key;
};

void TestTransactionManagerChain::initTestCase() {
    LocalChain::Options options;
    options.deployMarketplace = false;
    options.initialBlocks = 1;
    QVERIFY2(m_chain.start(options), qPrintable(m_chain.error()));
    m_key = PrivateKey::fromBytes(m_chain.chain().accounts().at(1).privateKey).value();
}

void TestTransactionManagerChain::init() {
    QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                             Database::kHostApplicationId);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
    m_db = std::move(*db);
    m_clock = std::make_unique<VirtualClock>(kStart);
    m_rpc = std::make_unique<JsonRpcClient>(m_chain.rpcUrl(), *m_clock);
}

void TestTransactionManagerChain::cleanup() {
    m_rpc.reset();
    m_clock.reset();
    m_db.reset();
    m_dir.reset();
    QVERIFY(m_chain.call(QStringLiteral("evm_setAutomine"), {true}).ok());
    QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
}

TransactionManager::Options TestTransactionManagerChain::defaults() {
    TransactionManager::Options options;
    options.chainId = m_chain.chain().chainId();
    options.randomSeed = 3;
    return options;
}

std::unique_ptr<TransactionManager>
TestTransactionManagerChain::makeManager(TransactionManager::Options options) {
    return std::make_unique<TransactionManager>(
        *m_rpc, *m_db, *m_clock, m_key->address(),
        [this](const Eip1559Transaction& transaction) -> Result<SignedTransaction> {
            return transaction.sign(*m_key);
        },
        std::move(options));
}

bool TestTransactionManagerChain::drive(const std::function<bool()>& done, int maxSteps) {
    return test::driveVirtualTime(*m_rpc, *m_clock, done, maxSteps, AnvilFixture::kWaitMs);
}

quint64 TestTransactionManagerChain::nonceOf(const Address& account) {
    const auto count = m_chain.call(QStringLiteral("eth_getTransactionCount"),
                                    {account.toHex(), QStringLiteral("latest")});
    return count.ok() ? rpc::parseJsonQuantityU64(*count).value() : ~quint64(0);
}

UInt256 TestTransactionManagerChain::balanceOf(const Address& account) {
    const auto balance =
        m_chain.call(QStringLiteral("eth_getBalance"), {account.toHex(), QStringLiteral("latest")});
    return balance.ok() ? rpc::parseJsonQuantity(*balance).value() : UInt256(0);
}

// An ETH transfer: mined, with the receipt anvil has for it, stored as mined; the recipient got
// the amount and the account's nonce moved by one.
void TestTransactionManagerChain::aTransferIsMinedWithItsReceipt() {
    const quint64 nonceBefore = nonceOf(m_key->address());
    const UInt256 amount(987'654'321ULL);
    auto manager = makeManager(defaults());
    std::optional<TransactionOutcome> answer;
    manager->send(QStringLiteral("pay:1"),
                  OutgoingTransaction{kRecipient, QByteArray(), amount, QStringLiteral("pay")},
                  this, [&](const TransactionOutcome& outcome) { answer = outcome; });
    QVERIFY(drive([&] { return answer.has_value(); }));
    QVERIFY2(answer->succeeded(), qPrintable(answer->describe()));
    QCOMPARE(*answer->nonce, nonceBefore);
    QCOMPARE(balanceOf(kRecipient), amount);
    QCOMPARE(nonceOf(m_key->address()), nonceBefore + 1);

    const auto receipt = m_chain.call(QStringLiteral("eth_getTransactionReceipt"),
                                      {answer->receipt->transactionHash.toHex()});
    QVERIFY2(receipt.ok(), qPrintable(rpcFailure(receipt)));
    const QJsonObject node = receipt->toObject();
    QCOMPARE(node.value(QLatin1String("blockHash")).toString(), answer->receipt->blockHash.toHex());
    QCOMPARE(node.value(QLatin1String("blockNumber")).toString(),
             rpc::toQuantity(answer->receipt->blockNumber));
    QCOMPARE(node.value(QLatin1String("from")).toString(), m_key->address().toHex());
    QCOMPARE(answer->receipt->gasUsed, quint64(21'000));
    QCOMPARE(rpc::toQuantity(answer->receipt->effectiveGasPrice),
             node.value(QLatin1String("effectiveGasPrice")).toString());

    auto stored = manager->outcome(QStringLiteral("pay:1"));
    SD_VERIFY_OK(stored);
    QVERIFY((*stored)->state == TransactionState::Mined);
    QCOMPARE((*stored)->receipt->blockHash, answer->receipt->blockHash);
}

// Automine off: the transfer waits in anvil's pool; after bumpAfterSeconds it is signed again
// with the same nonce and fees raised by at least 12.5 %, anvil replaces it, and once a block is
// mined the replacement's receipt settles the intent. One transaction, one payment.
void TestTransactionManagerChain::aWaitingTransferIsBumpedAndTheReplacementMined() {
    QVERIFY(m_chain.call(QStringLiteral("evm_setAutomine"), {false}).ok());
    const quint64 nonceBefore = nonceOf(m_key->address());
    const UInt256 amount(5'000ULL);
    TransactionManager::Options options = defaults();
    options.bumpAfterSeconds = 30;
    auto manager = makeManager(options);
    int attempts = 0;
    TransactionState state = TransactionState::Signed;
    connect(manager.get(), &TransactionManager::stateChanged, this,
            [&](const QString&, TransactionState s, int n) {
                state = s;
                attempts = n;
            });
    std::optional<TransactionOutcome> answer;
    manager->send(QStringLiteral("pay:2"),
                  OutgoingTransaction{kRecipient, QByteArray(), amount, QStringLiteral("pay")},
                  this, [&](const TransactionOutcome& outcome) { answer = outcome; });
    QVERIFY(drive([&] { return state == TransactionState::Sent; }));
    const Timestamp sentAt = m_clock->now();
    QVERIFY(drive([&] { return attempts == 2; }));
    QVERIFY(m_clock->now() - sentAt >= 30);
    QVERIFY(drive([&] {
        const auto stored = TransactionStore(*m_db).find(QStringLiteral("pay:2"));
        return stored.ok() && *stored && (*stored)->attempts.last().sentAt.has_value();
    }));
    QVERIFY(!answer);
    QVERIFY(m_chain.mine(1));
    QVERIFY(drive([&] { return answer.has_value(); }));
    QVERIFY2(answer->succeeded(), qPrintable(answer->describe()));
    QCOMPARE(answer->attempts, 2);

    const TransactionRecord record = TransactionStore(*m_db).find(QStringLiteral("pay:2"))->value();
    QCOMPARE(answer->receipt->transactionHash, record.attempts.at(1).hash);
    QVERIFY(record.attempts.at(1).maxFeePerGas * 8 >= record.attempts.at(0).maxFeePerGas * 9);
    QVERIFY(record.attempts.at(1).maxPriorityFeePerGas * 8 >=
            record.attempts.at(0).maxPriorityFeePerGas * 9);
    QCOMPARE(nonceOf(m_key->address()), nonceBefore + 1);
    QCOMPARE(balanceOf(kRecipient), amount);
    const auto replaced = m_chain.call(QStringLiteral("eth_getTransactionReceipt"),
                                       {record.attempts.at(0).hash.toHex()});
    QVERIFY(replaced.ok());
    QVERIFY(replaced->isNull());
}

// A contract whose every call reverts with a custom error: the estimate reverts on anvil, the
// outcome names the error from the table, nothing is stored and the account's nonce stays.
void TestTransactionManagerChain::anEstimateThatRevertsOnAnvilSendsNothing() {
    const QString signature = QStringLiteral("Marketplace_SlotIsFree()");
    // runtime: PUSH4 selector, PUSH1 0xe0, SHL, PUSH1 0, MSTORE, PUSH1 4, PUSH1 0, REVERT
    const QByteArray runtime =
        QByteArray::fromHex("63") +
        QByteArray::fromHex(QByteArray::number(ContractErrorTable::selectorOf(signature), 16)
                                .rightJustified(8, '0')) +
        QByteArray::fromHex("60e01b60005260046000fd");
    QCOMPARE(runtime.size(), 16);
    // init: CODECOPY the 16 bytes after these 12 into memory and RETURN them.
    const auto reverter = m_chain.deploy(QByteArray::fromHex("6010600c60003960106000f3") + runtime);
    QVERIFY(reverter);
    const quint64 nonceBefore = nonceOf(m_key->address());
    TransactionManager::Options options = defaults();
    QVERIFY(options.errors.addSignature(signature));
    auto manager = makeManager(options);
    std::optional<TransactionOutcome> answer;
    manager->send(QStringLiteral("freeSlot:1"),
                  OutgoingTransaction{*reverter, QByteArray::fromHex("12345678"), UInt256(0),
                                      QStringLiteral("freeSlot 1")},
                  this, [&](const TransactionOutcome& outcome) { answer = outcome; });
    QVERIFY(drive([&] { return answer.has_value(); }));
    QVERIFY(!answer->stored());
    QVERIFY(answer->revert);
    QCOMPARE(answer->revert->signature, signature);
    QCOMPARE(answer->error->code, ErrorCode::Conflict);
    QVERIFY2(answer->error->message.contains(signature), qPrintable(answer->error->message));
    QCOMPARE(nonceOf(m_key->address()), nonceBefore);
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM chain_transactions"))->toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestTransactionManagerChain)
#include "tst_transactionmanagerchain.moc"
