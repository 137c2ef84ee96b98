#include "core/chain/tx/TransactionStore.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

const Address kAccount = Address::fromHex(u"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266").value();
const Address kOther = Address::fromHex(u"0x70997970c51812dc3a010c7d01b50e0d17dc79c8").value();

Hash32 hashOf(int n) {
    return Hash32::fromBytes(QByteArray(QByteArray(31, 0) + char(n)));
}

TransactionRecord record(const QString& key, quint64 nonce, const Address& account = kAccount) {
    TransactionRecord r;
    r.intentKey = key;
    r.account = account;
    r.chainId = 31337;
    r.nonce = nonce;
    r.label = QStringLiteral("label of ") + key;
    r.to = kOther;
    r.data = QByteArray("call");
    r.value = UInt256(12345);
    r.gasLimit = 25'200;
    r.createdAt = r.updatedAt = 1000;
    r.attempts.append(
        {0, Hash32::fromBytes(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256)),
         QByteArray("raw0"), UInt256(3000), UInt256(1000), 1000, std::nullopt});
    return r;
}

} // namespace

// The transaction manager's rows (schema 6): intents with their attempts, the states and the
// receipt, the nonce rule's highest nonce, and the unsettled intents a restart takes up.
class TestTransactionStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void storesAnIntentWithItsAttempts();
    void aKeyIsStoredOnce();
    void sentThenMinedKeepsTheReceipt();
    void aFailureKeepsItsRevertData();
    void unsettledIntentsAreThoseOfTheAccountAndChainByNonce();
    void theHighestNonceSkipsIntentsTheNodeRefused();
    void freeNoncesFillTheHoleARefusedIntentLeft();
    void recentIntentsAreTheNewestOfTheAccountAndChain();
    void everyIntentGetsItsOwnAttemptsWhetherNearOrFarApart();
    void theNewestAreReadFromAnIndexNotSorted();
    void aSettledIntentDoesNotSettleAgain();
    void rowsSurviveReopening();

private:
    void open();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TransactionStore> m_store;
};

void TestTransactionStore::open() {
    m_store.reset();
    m_db.reset();
    auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                             Database::kHostApplicationId);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
    m_db = std::move(*db);
    m_store = std::make_unique<TransactionStore>(*m_db);
}

void TestTransactionStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    open();
}

void TestTransactionStore::cleanup() {
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestTransactionStore::storesAnIntentWithItsAttempts() {
    TransactionRecord r = record(QStringLiteral("fillSlot:1"), 4);
    SD_VERIFY_OK(m_store->insert(r));
    QVERIFY(r.id > 0);
    TransactionAttempt bump{1,    hashOf(99),  QByteArray("raw1"), UInt256(3375), UInt256(1125),
                            1060, std::nullopt};
    SD_VERIFY_OK(m_store->addAttempt(r.id, bump, 1060));
    auto found = m_store->find(QStringLiteral("fillSlot:1"));
    SD_VERIFY_OK(found);
    QVERIFY(found->has_value());
    const TransactionRecord& stored = **found;
    QCOMPARE(stored.nonce, quint64(4));
    QCOMPARE(stored.label, r.label);
    QCOMPARE(stored.to, r.to);
    QCOMPARE(stored.data, r.data);
    QCOMPARE(stored.value, r.value);
    QCOMPARE(stored.gasLimit, r.gasLimit);
    QVERIFY(stored.state == TransactionState::Signed);
    QCOMPARE(stored.attempts.size(), 2);
    QCOMPARE(stored.latestAttempt().hash, hashOf(99));
    QCOMPARE(stored.latestAttempt().maxFeePerGas, UInt256(3375));
    QCOMPARE(stored.attempts.first().raw, QByteArray("raw0"));
    QCOMPARE(stored.updatedAt, Timestamp(1060));
    QVERIFY(!stored.receipt);
    auto missing = m_store->find(QStringLiteral("nothing"));
    SD_VERIFY_OK(missing);
    QVERIFY(!missing->has_value());
}

void TestTransactionStore::aKeyIsStoredOnce() {
    TransactionRecord r = record(QStringLiteral("k"), 0);
    SD_VERIFY_OK(m_store->insert(r));
    TransactionRecord again = record(QStringLiteral("k"), 1);
    SD_VERIFY_ERROR(m_store->insert(again), ErrorCode::Conflict);
    // A contract creation has no recipient.
    TransactionRecord creation = record(QStringLiteral("deploy"), 1);
    creation.to.reset();
    creation.data.clear();
    SD_VERIFY_OK(m_store->insert(creation));
    QVERIFY(!m_store->find(QStringLiteral("deploy"))->value().to);
    QCOMPARE(m_store->find(QStringLiteral("deploy"))->value().data, QByteArray(""));
}

void TestTransactionStore::sentThenMinedKeepsTheReceipt() {
    TransactionRecord r = record(QStringLiteral("k"), 0);
    SD_VERIFY_OK(m_store->insert(r));
    SD_VERIFY_OK(m_store->markSent(r.id, 0, 1010));
    auto sent = m_store->find(QStringLiteral("k"));
    QVERIFY(sent->value().state == TransactionState::Sent);
    QCOMPARE(sent->value().attempts.first().sentAt, std::optional<Timestamp>(1010));
    TransactionReceipt receipt;
    receipt.transactionHash = hashOf(0);
    receipt.blockNumber = 77;
    receipt.blockHash = hashOf(77);
    receipt.succeeded = true;
    receipt.gasUsed = 21'000;
    receipt.effectiveGasPrice = UInt256(1'500'000'000ULL);
    receipt.contractAddress = kOther;
    SD_VERIFY_OK(
        m_store->settle(r.id, TransactionState::Mined, receipt, std::nullopt, QString(), 1020));
    const TransactionRecord mined = m_store->find(QStringLiteral("k"))->value();
    QVERIFY(mined.state == TransactionState::Mined);
    QVERIFY(mined.receipt);
    QCOMPARE(mined.receipt->transactionHash, receipt.transactionHash);
    QCOMPARE(mined.receipt->blockNumber, quint64(77));
    QCOMPARE(mined.receipt->blockHash, receipt.blockHash);
    QVERIFY(mined.receipt->succeeded);
    QCOMPARE(mined.receipt->gasUsed, quint64(21'000));
    QCOMPARE(mined.receipt->effectiveGasPrice, receipt.effectiveGasPrice);
    QCOMPARE(mined.receipt->contractAddress, std::optional<Address>(kOther));
    // Mined needs a successful receipt: the schema refuses anything else.
    TransactionRecord other = record(QStringLiteral("other"), 1);
    SD_VERIFY_OK(m_store->insert(other));
    SD_VERIFY_ERROR(m_store->settle(other.id, TransactionState::Mined, std::nullopt, std::nullopt,
                                    QString(), 1030),
                    ErrorCode::Database);
}

void TestTransactionStore::aFailureKeepsItsRevertData() {
    TransactionRecord r = record(QStringLiteral("k"), 0);
    SD_VERIFY_OK(m_store->insert(r));
    TransactionReceipt receipt;
    receipt.transactionHash = hashOf(0);
    receipt.blockNumber = 5;
    receipt.blockHash = hashOf(5);
    receipt.succeeded = false;
    SD_VERIFY_OK(m_store->settle(r.id, TransactionState::Failed, receipt,
                                 QByteArray::fromHex("deadbeef"),
                                 QStringLiteral("reverted in block 5"), 1020));
    const TransactionRecord failed = m_store->find(QStringLiteral("k"))->value();
    QVERIFY(failed.state == TransactionState::Failed);
    QVERIFY(failed.receipt && !failed.receipt->succeeded);
    QCOMPARE(failed.revertData, std::optional<QByteArray>(QByteArray::fromHex("deadbeef")));
    QCOMPARE(failed.error, QStringLiteral("reverted in block 5"));
    // A revert without data is kept as empty data, not as none.
    TransactionRecord bare = record(QStringLiteral("bare"), 1);
    SD_VERIFY_OK(m_store->insert(bare));
    SD_VERIFY_OK(m_store->settle(bare.id, TransactionState::Failed, receipt, QByteArray(),
                                 QStringLiteral("reverted"), 1020));
    QCOMPARE(m_store->find(QStringLiteral("bare"))->value().revertData,
             std::optional<QByteArray>(QByteArray("")));
}

void TestTransactionStore::unsettledIntentsAreThoseOfTheAccountAndChainByNonce() {
    TransactionRecord late = record(QStringLiteral("late"), 9);
    TransactionRecord early = record(QStringLiteral("early"), 3);
    TransactionRecord done = record(QStringLiteral("done"), 1);
    TransactionRecord foreign = record(QStringLiteral("foreign"), 0, kOther);
    TransactionRecord otherChain = record(QStringLiteral("otherChain"), 0);
    otherChain.chainId = 1;
    for (TransactionRecord* r : {&late, &early, &done, &foreign, &otherChain})
        SD_VERIFY_OK(m_store->insert(*r));
    SD_VERIFY_OK(m_store->settle(done.id, TransactionState::Dropped, std::nullopt, std::nullopt,
                                 QStringLiteral("nonce used"), 1020));
    SD_VERIFY_OK(m_store->markSent(late.id, 0, 1010));
    auto unsettled = m_store->unsettled(kAccount, 31337);
    SD_VERIFY_OK(unsettled);
    QCOMPARE(unsettled->size(), 2);
    QCOMPARE(unsettled->at(0).intentKey, QStringLiteral("early"));
    QCOMPARE(unsettled->at(1).intentKey, QStringLiteral("late"));
    QVERIFY(unsettled->at(1).state == TransactionState::Sent);
}

void TestTransactionStore::recentIntentsAreTheNewestOfTheAccountAndChain() {
    TransactionRecord first = record(QStringLiteral("first"), 0);
    TransactionRecord foreign = record(QStringLiteral("foreign"), 0, kOther);
    TransactionRecord second = record(QStringLiteral("second"), 1);
    TransactionRecord otherChain = record(QStringLiteral("otherChain"), 0);
    otherChain.chainId = 1;
    TransactionRecord third = record(QStringLiteral("third"), 2);
    for (TransactionRecord* r : {&first, &foreign, &second, &otherChain, &third})
        SD_VERIFY_OK(m_store->insert(*r));
    SD_VERIFY_OK(m_store->settle(first.id, TransactionState::Dropped, std::nullopt, std::nullopt,
                                 QStringLiteral("nonce used"), 1020));
    auto all = m_store->recent(kAccount, 31337, 10);
    SD_VERIFY_OK(all);
    QCOMPARE(all->size(), 3); // settled ones too, not another account's or chain's
    QCOMPARE(all->at(0).intentKey, QStringLiteral("third"));
    QCOMPARE(all->at(1).intentKey, QStringLiteral("second"));
    QCOMPARE(all->at(2).intentKey, QStringLiteral("first"));
    QVERIFY(all->at(2).state == TransactionState::Dropped);
    QCOMPARE(all->at(0).attempts.size(), 1);
    auto newest = m_store->recent(kAccount, 31337, 2);
    SD_VERIFY_OK(newest);
    QCOMPARE(newest->size(), 2);
    QCOMPARE(newest->at(1).intentKey, QStringLiteral("second"));
}

void TestTransactionStore::everyIntentGetsItsOwnAttemptsWhetherNearOrFarApart() {
    // Forty intents of the account, another account's between them, every third with a fee
    // bump; then an unsettled pair far apart (the first and the last).
    QList<TransactionRecord> mine;
    for (int i = 0; i < 40; ++i) {
        TransactionRecord r = record(QStringLiteral("mine:%1").arg(i), quint64(i));
        SD_VERIFY_OK(m_store->insert(r));
        if (i % 3 == 0) {
            const TransactionAttempt bump{
                1, hashOf(i), QByteArray("bump"), UInt256(3375), UInt256(1125), 1060, std::nullopt};
            SD_VERIFY_OK(m_store->addAttempt(r.id, bump, 1060));
        }
        TransactionRecord foreign = record(QStringLiteral("foreign:%1").arg(i), quint64(i), kOther);
        SD_VERIFY_OK(m_store->insert(foreign));
        if (i > 0 && i < 39)
            SD_VERIFY_OK(m_store->settle(r.id, TransactionState::Dropped, std::nullopt,
                                         std::nullopt, QStringLiteral("nonce used"), 1020));
        mine.append(r);
    }
    const auto attemptsMatch = [](const TransactionRecord& read, int i) {
        const int expected = i % 3 == 0 ? 2 : 1;
        return read.attempts.size() == expected && read.attempts.first().raw == "raw0" &&
               (expected == 1 || read.latestAttempt().hash == hashOf(i));
    };
    auto recent = m_store->recent(kAccount, 31337, 40);
    SD_VERIFY_OK(recent);
    QCOMPARE(recent->size(), 40);
    for (int row = 0; row < 40; ++row) {
        const int i = 39 - row;
        QCOMPARE(recent->at(row).intentKey, QStringLiteral("mine:%1").arg(i));
        QVERIFY2(attemptsMatch(recent->at(row), i), qPrintable(recent->at(row).intentKey));
    }
    auto unsettled = m_store->unsettled(kAccount, 31337);
    SD_VERIFY_OK(unsettled);
    QCOMPARE(unsettled->size(), 2);
    QCOMPARE(unsettled->at(0).intentKey, QStringLiteral("mine:0"));
    QVERIFY(attemptsMatch(unsettled->at(0), 0));
    QCOMPARE(unsettled->at(1).intentKey, QStringLiteral("mine:39"));
    QVERIFY(attemptsMatch(unsettled->at(1), 39));
}

void TestTransactionStore::theNewestAreReadFromAnIndexNotSorted() {
    // The wallet reads the newest every time a transaction changes: with thousands of rows a
    // sort of all of the account's on each read is what made the window stall.
    Statement& plan = m_db->statement(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT id FROM chain_transactions WHERE account = ? AND chain_id = ?"
        " ORDER BY id DESC LIMIT ?"));
    SD_VERIFY_OK(plan.bind(0, kAccount.toByteArray()).bind(1, 31337).bind(2, 500).exec());
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    plan.finish();
    QVERIFY2(!steps.isEmpty(), "no query plan");
    QVERIFY2(steps.join(QLatin1Char('\n')).contains(QStringLiteral("chain_transactions_recent")),
             qPrintable(steps.join(QLatin1Char('\n'))));
    for (const QString& step : steps)
        QVERIFY2(!step.contains(QStringLiteral("TEMP B-TREE")), qPrintable(step));
}

void TestTransactionStore::theHighestNonceSkipsIntentsTheNodeRefused() {
    QVERIFY(!m_store->highestNonce(kAccount, 31337)->has_value());
    TransactionRecord used = record(QStringLiteral("used"), 4);
    TransactionRecord refused = record(QStringLiteral("refused"), 5);
    SD_VERIFY_OK(m_store->insert(used));
    SD_VERIFY_OK(m_store->insert(refused));
    QCOMPARE(m_store->highestNonce(kAccount, 31337)->value(), quint64(5));
    SD_VERIFY_OK(m_store->settle(refused.id, TransactionState::Failed, std::nullopt, std::nullopt,
                                 QStringLiteral("insufficient funds"), 1020));
    QCOMPARE(m_store->highestNonce(kAccount, 31337)->value(), quint64(4));
    QVERIFY(!m_store->highestNonce(kOther, 31337)->has_value());
    QVERIFY(!m_store->highestNonce(kAccount, 1)->has_value());
}

// The free nonces from the node's pending count on: the nonce of an intent the node refused (no
// receipt) first, then past every nonce an intent holds; another account's do not count.
void TestTransactionStore::freeNoncesFillTheHoleARefusedIntentLeft() {
    QCOMPARE(*m_store->freeNonces(kAccount, 31337, 4, 2), (QList<quint64>{4, 5}));
    TransactionRecord mined = record(QStringLiteral("mined"), 4);
    TransactionRecord refused = record(QStringLiteral("refused"), 5);
    TransactionRecord sent = record(QStringLiteral("sent"), 6);
    TransactionRecord other = record(QStringLiteral("other"), 7);
    other.account = kOther;
    for (TransactionRecord* r : {&mined, &refused, &sent, &other})
        SD_VERIFY_OK(m_store->insert(*r));
    SD_VERIFY_OK(m_store->settle(refused.id, TransactionState::Failed, std::nullopt, std::nullopt,
                                 QStringLiteral("insufficient funds"), 1020));
    QCOMPARE(*m_store->freeNonces(kAccount, 31337, 4, 3), (QList<quint64>{5, 7, 8}));
    QCOMPARE(*m_store->freeNonces(kAccount, 31337, 6, 1), (QList<quint64>{7}));
    QCOMPARE(*m_store->freeNonces(kAccount, 1, 4, 1), (QList<quint64>{4}));
}

void TestTransactionStore::aSettledIntentDoesNotSettleAgain() {
    TransactionRecord r = record(QStringLiteral("k"), 0);
    SD_VERIFY_OK(m_store->insert(r));
    SD_VERIFY_OK(m_store->settle(r.id, TransactionState::Dropped, std::nullopt, std::nullopt,
                                 QStringLiteral("nonce used"), 1020));
    SD_VERIFY_ERROR(m_store->settle(r.id, TransactionState::Dropped, std::nullopt, std::nullopt,
                                    QStringLiteral("again"), 1030),
                    ErrorCode::NotFound);
    SD_VERIFY_ERROR(m_store->markSent(r.id, 0, 1030), ErrorCode::NotFound);
    SD_VERIFY_ERROR(
        m_store->settle(r.id, TransactionState::Sent, std::nullopt, std::nullopt, QString(), 1030),
        ErrorCode::InvalidArgument);
}

void TestTransactionStore::rowsSurviveReopening() {
    TransactionRecord r = record(QStringLiteral("k"), 2);
    SD_VERIFY_OK(m_store->insert(r));
    SD_VERIFY_OK(m_store->markSent(r.id, 0, 1010));
    open();
    QCOMPARE(m_db->schemaVersion(), schemaMigrations().back().version);
    auto unsettled = m_store->unsettled(kAccount, 31337);
    SD_VERIFY_OK(unsettled);
    QCOMPARE(unsettled->size(), 1);
    QCOMPARE(unsettled->first().attempts.first().raw, QByteArray("raw0"));
}

QTEST_GUILESS_MAIN(TestTransactionStore)
#include "tst_transactionstore.moc"
