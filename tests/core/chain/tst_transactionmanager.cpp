#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/clock/VirtualClock.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/FakeChainNode.h"
#include "tests/support/chain/FakeTransactionPool.h"
#include "tests/support/chain/VirtualTimeDriver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr Timestamp kStart = 1'800'000'000;
constexpr auto kAnvilKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const UInt256 kGwei(1'000'000'000ULL);

Address recipient() {
    return Address::fromHex(u"0x0000000000000000000000000000000000c0ffee").value();
}

OutgoingTransaction transfer(int wei, const QString& label = QStringLiteral("transfer")) {
    return OutgoingTransaction{recipient(), QByteArray(), UInt256(wei), label};
}

OutgoingTransaction call(const QByteArray& data, const QString& label) {
    return OutgoingTransaction{recipient(), data, UInt256(0), label};
}

// Error(string) revert data: selector 0x08c379a0, then the ABI-encoded string.
QByteArray errorString(const QByteArray& reason) {
    QByteArray data = QByteArray::fromHex("08c379a0");
    data += QByteArray(31, 0) + char(0x20);
    data += QByteArray(31, 0) + char(reason.size());
    data += reason + QByteArray((32 - reason.size() % 32) % 32, 0);
    return data;
}

QByteArray selectorBytes(const QString& signature) {
    const quint32 selector = ContractErrorTable::selectorOf(signature);
    QByteArray bytes(4, 0);
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((selector >> (8 * (3 - i))) & 0xff);
    return bytes;
}

// At least an eighth more than `before`.
bool raisedByAnEighth(const UInt256& after, const UInt256& before) {
    return after * 8 >= before * 9;
}

} // namespace

// The transaction manager on a scripted node (FakeChainNode with FakeTransactionPool) and a
// VirtualClock: nonces, intent keys, estimates, fee bumps, node answers, reorgs, restarts.
class TestTransactionManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void intentsGetConsecutiveNoncesInTheOrderTheyCame();
    void aStoredNonceIsNotHandedOutAgain();
    void intentsQueuedTogetherArePlannedAndSentInOneBatch();
    void intentsInFlightShareOneReceiptPollPerTick();
    void urgentIntentsGoAheadOfTheQueueAndPastTheLimitInFlight();
    void aLargeGroupIsStoredOverSeveralTurns();
    void anIntentKeyIsSentOnce();
    void anEstimateThatRevertsStoresAndSendsNothing();
    void aStuckTransactionIsBumpedAndTheBumpIsStoredFirst();
    void aTransactionPricedOutIsBumpedAfterBlocks();
    void aFeeBumpStopsAtTheCap();
    void aFeeCapBelowTheChainsAskIsRefused();
    void nonceTooLowWithOurReceiptSettlesAsMined();
    void anEarlierAttemptsReceiptSettlesTheIntent();
    void nonceUsedByAnotherTransactionDropsTheIntent();
    void nonceTakenWhileWaitingDropsTheIntent();
    void aReceiptWhoseBlockLeftTheChainIsSentAgain();
    void aStaleReceiptOfAReplacedBlockIsNotRecorded();
    void aMinedFailureNamesTheRevert();
    void theGasLimitHasRoomForAStorageSlotAndRunningOutIsNamed();
    void aRefusedFirstSendFailsAndFreesTheNonce();
    void resumeSendsTheStoredAttemptWithoutSigningAgain();
    void malformedAnswersBeforeSigningGiveClearErrors_data();
    void malformedAnswersBeforeSigningGiveClearErrors();
    void malformedAnswersInFlightAreReportedAndWaitedOut();
    void submitAnswersTheReceipt();

private:
    TransactionManager::Options defaults() const;
    std::unique_ptr<TransactionManager> makeManager(TransactionManager::Options options);
    std::unique_ptr<TransactionManager> makeManager() { return makeManager(defaults()); }
    // Runs the event loop and the virtual clock until `done` holds (or no timer is left).
    bool drive(const std::function<bool()>& done, int maxSteps = 500);
    // Sends and drives until the answer.
    TransactionOutcome sendAndWait(TransactionManager& manager, const QString& key,
                                   const OutgoingTransaction& transaction);
    int rows(const QString& table);
    bool attemptStored(const Hash32& hash);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<FakeChainNode> m_node;
    std::unique_ptr<FakeTransactionPool> m_pool;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::optional<PrivateKey> m_key;
    Address m_account;
    int m_signatures = 0;
};

void TestTransactionManager::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                             Database::kHostApplicationId);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
    m_db = std::move(*db);
    m_clock = std::make_unique<VirtualClock>(kStart);
    m_node = std::make_unique<FakeChainNode>();
    QVERIFY(m_node->listen());
    m_pool = std::make_unique<FakeTransactionPool>(*m_node);
    m_pool->setAutoMine(true);
    JsonRpcClient::Options rpcOptions;
    rpcOptions.maxAttempts = 1; // the manager's own retries are under test
    // The answers that arrive together are handled in one turn, whatever the machine's speed: the
    // tests count requests exactly, and with a time budget per turn a slow build (ASan) handles
    // part of a burst in the next turn, after a receipt poll for the rest has left.
    rpcOptions.callbackMsPerTurn = 0;
    m_rpc = std::make_unique<JsonRpcClient>(m_node->url(), *m_clock, rpcOptions);
    m_key = PrivateKey::fromHex(kAnvilKey).value();
    m_account = m_key->address();
    m_signatures = 0;
}

void TestTransactionManager::cleanup() {
    m_rpc.reset();
    m_pool.reset();
    m_node.reset();
    m_clock.reset();
    m_db.reset();
    m_dir.reset();
}

TransactionManager::Options TestTransactionManager::defaults() const {
    TransactionManager::Options options;
    options.chainId = m_pool->chainId();
    options.pollSeconds = 1;
    options.bumpAfterSeconds = 0;
    options.randomSeed = 7;
    return options;
}

std::unique_ptr<TransactionManager>
TestTransactionManager::makeManager(TransactionManager::Options options) {
    return std::make_unique<TransactionManager>(
        *m_rpc, *m_db, *m_clock, m_account,
        [this](const Eip1559Transaction& transaction) -> Result<SignedTransaction> {
            ++m_signatures;
            return transaction.sign(*m_key);
        },
        std::move(options));
}

bool TestTransactionManager::drive(const std::function<bool()>& done, int maxSteps) {
    return test::driveVirtualTime(*m_rpc, *m_clock, done, maxSteps, 10'000);
}

TransactionOutcome TestTransactionManager::sendAndWait(TransactionManager& manager,
                                                       const QString& key,
                                                       const OutgoingTransaction& transaction) {
    std::optional<TransactionOutcome> answer;
    manager.send(key, transaction, this,
                 [&answer](const TransactionOutcome& outcome) { answer = outcome; });
    if (!drive([&] { return answer.has_value(); })) {
        TransactionOutcome none;
        none.intentKey = key;
        none.error = makeError(ErrorCode::Io, QStringLiteral("no answer"));
        return none;
    }
    return *answer;
}

int TestTransactionManager::rows(const QString& table) {
    return m_db->queryValue(QStringLiteral("SELECT count(*) FROM ") + table)->toInt();
}

bool TestTransactionManager::attemptStored(const Hash32& hash) {
    Statement& query = m_db->statement(
        QStringLiteral("SELECT count(*) FROM chain_transaction_attempts WHERE hash = ?"));
    if (!query.bind(0, hash.toByteArray()).exec().ok() || !query.next())
        return false;
    const bool stored = query.value(0).toInt() == 1;
    query.finish();
    return stored;
}

// Intents sent together get the account's next nonces in the order they came, and each is
// planned only once the one before it settled (one in flight: each estimate sees its
// predecessors' effects).
void TestTransactionManager::intentsGetConsecutiveNoncesInTheOrderTheyCame() {
    m_pool->takeNonceElsewhere(m_account);
    m_pool->takeNonceElsewhere(m_account); // the account's next nonce is 2
    QList<quint64> predecessorsMinedAtReceipt;
    m_pool->setOnReceive([&](const SignedTransaction& tx) {
        predecessorsMinedAtReceipt.append(m_pool->minedNonce(tx.sender));
    });
    auto manager = makeManager();
    QList<TransactionOutcome> outcomes;
    for (const QString& key : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        manager->send(key, transfer(key.at(0).unicode()), this,
                      [&](const TransactionOutcome& outcome) { outcomes.append(outcome); });
    QVERIFY(drive([&] { return outcomes.size() == 3; }));
    QCOMPARE(outcomes.at(0).intentKey, QStringLiteral("a"));
    QCOMPARE(outcomes.at(1).intentKey, QStringLiteral("b"));
    QCOMPARE(outcomes.at(2).intentKey, QStringLiteral("c"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(outcomes.at(i).succeeded(), qPrintable(outcomes.at(i).describe()));
        QCOMPARE(*outcomes.at(i).nonce, quint64(2 + i));
        QCOMPARE(m_pool->received().at(i).transaction.value, UInt256(int('a') + i));
    }
    QCOMPARE(predecessorsMinedAtReceipt, (QList<quint64>{2, 3, 4}));
    QCOMPARE(m_pool->minedNonce(m_account), quint64(5));
    QCOMPARE(manager->activeIntents(), 0);
}

// The node forgot a pending transaction of ours (a restart of its pool): its "pending" count is
// behind, and the next intent takes the nonce after the highest stored one, not the node's.
void TestTransactionManager::aStoredNonceIsNotHandedOutAgain() {
    m_pool->setAutoMine(false);
    TransactionManager::Options options = defaults();
    options.maxInFlight = 2;
    auto manager = makeManager(options);
    std::optional<TransactionOutcome> first;
    manager->send(QStringLiteral("first"), transfer(1), this,
                  [&](const TransactionOutcome& outcome) { first = outcome; });
    QVERIFY(drive([&] { return m_pool->pending().size() == 1; }));
    m_pool->forgetPending();
    QCOMPARE(m_pool->pendingNonce(m_account), quint64(0));
    std::optional<TransactionOutcome> second;
    manager->send(QStringLiteral("second"), transfer(2), this,
                  [&](const TransactionOutcome& outcome) { second = outcome; });
    QVERIFY(drive([&] { return m_pool->received().size() == 2; }));
    QCOMPARE(m_pool->received().at(1).transaction.nonce, quint64(1));
    auto stored = manager->outcome(QStringLiteral("second"));
    SD_VERIFY_OK(stored);
    QCOMPARE(*(*stored)->nonce, quint64(1));
}

// With room in flight, intents queued in the same turn are planned in one batch (one pending
// nonce and one fee quote for all, an estimate each), get consecutive nonces in the order they
// came, are each stored before any is broadcast, and their broadcasts leave in one HTTP request.
void TestTransactionManager::intentsQueuedTogetherArePlannedAndSentInOneBatch() {
    m_pool->setAutoMine(false);
    TransactionManager::Options options = defaults();
    options.maxInFlight = 3;
    auto manager = makeManager(options);
    QList<int> requestAtReceipt;
    QList<int> rowsAtReceipt;
    m_pool->setOnReceive([&](const SignedTransaction&) {
        requestAtReceipt.append(m_node->httpRequests());
        rowsAtReceipt.append(rows(QStringLiteral("chain_transactions")));
    });
    QList<TransactionOutcome> outcomes;
    for (const QString& key :
         {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")})
        manager->send(key, transfer(key.at(0).unicode()), this,
                      [&](const TransactionOutcome& outcome) { outcomes.append(outcome); });
    QVERIFY(drive([&] { return m_pool->received().size() == 3; }));
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_getTransactionCount")), 1);
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_feeHistory")), 1);
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_estimateGas")), 3);
    QCOMPARE(requestAtReceipt, (QList<int>(3, requestAtReceipt.first())));
    QCOMPARE(rowsAtReceipt, (QList<int>{3, 3, 3}));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_pool->received().at(i).transaction.nonce, quint64(i));
        QCOMPARE(m_pool->received().at(i).transaction.value, UInt256(int('a') + i));
    }
    // The fourth waits for room, then takes the next nonce.
    m_pool->mineBlock();
    QVERIFY(drive([&] { return m_pool->received().size() == 4; }));
    QCOMPARE(m_pool->received().at(3).transaction.nonce, quint64(3));
    m_pool->mineBlock();
    QVERIFY(drive([&] { return outcomes.size() == 4; }));
    for (const TransactionOutcome& outcome : std::as_const(outcomes))
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
}

// Five intents in flight are polled together: their first poll after the broadcasts and every
// later tick is one HTTP request with one eth_blockNumber and one receipt per intent, not five
// requests; mined in one block, that block's hash is asked once for all five.
void TestTransactionManager::intentsInFlightShareOneReceiptPollPerTick() {
    m_pool->setAutoMine(false);
    TransactionManager::Options options = defaults();
    options.maxInFlight = 5;
    auto manager = makeManager(options);
    const auto calls = [this](const char* method) {
        return m_node->callsOf(QLatin1String(method));
    };
    QList<TransactionOutcome> outcomes;
    for (int i = 0; i < 5; ++i)
        manager->send(QStringLiteral("k%1").arg(i), transfer(i + 1), this,
                      [&](const TransactionOutcome& outcome) { outcomes.append(outcome); });
    QVERIFY(drive([&] { return calls("eth_getTransactionReceipt") >= 5; }));
    QCOMPARE(m_pool->received().size(), 5);
    QCOMPARE(calls("eth_blockNumber"), 1);
    QCOMPARE(calls("eth_getTransactionReceipt"), 5);
    for (int tick = 1; tick <= 3; ++tick) {
        const int requests = m_node->httpRequests();
        const int heads = calls("eth_blockNumber");
        const int receipts = calls("eth_getTransactionReceipt");
        QVERIFY(drive([&] { return calls("eth_blockNumber") > heads; }));
        QCOMPARE(m_node->httpRequests() - requests, 1);
        QCOMPARE(calls("eth_blockNumber") - heads, 1);
        QCOMPARE(calls("eth_getTransactionReceipt") - receipts, 5);
    }
    QVERIFY(outcomes.isEmpty());
    QCOMPARE(m_pool->mineBlock(), 5);
    const int blocksAsked = calls("eth_getBlockByNumber");
    QVERIFY(drive([&] { return outcomes.size() == 5; }));
    QCOMPARE(calls("eth_getBlockByNumber") - blocksAsked, 1);
    for (const TransactionOutcome& outcome : std::as_const(outcomes))
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
    QCOMPARE(manager->activeIntents(), 0);
}

// With the limit in flight reached and two intents waiting, an urgent intent is planned at once
// (it does not wait for room) and takes the next nonce; the waiting ones follow it once there is
// room, in the order they came. Urgency does not make another intent of the same transaction.
void TestTransactionManager::urgentIntentsGoAheadOfTheQueueAndPastTheLimitInFlight() {
    m_pool->setAutoMine(false);
    TransactionManager::Options options = defaults();
    options.maxInFlight = 2;
    auto manager = makeManager(options);
    QList<TransactionOutcome> outcomes;
    const auto record = [&](const TransactionOutcome& outcome) {
        outcomes.append(outcome);
    };
    manager->send(QStringLiteral("a"), transfer(1), this, record);
    manager->send(QStringLiteral("b"), transfer(2), this, record);
    QVERIFY(drive([&] { return m_pool->received().size() == 2; }));
    manager->send(QStringLiteral("c"), transfer(3), this, record);
    manager->send(QStringLiteral("d"), transfer(4), this, record);
    QVERIFY(!drive([] { return false; }, 5)); // a few ticks: c and d wait for room
    QCOMPARE(m_pool->received().size(), 2);
    OutgoingTransaction urgent = transfer(9, QStringLiteral("urgent"));
    urgent.urgent = true;
    manager->send(QStringLiteral("u"), urgent, this, record);
    QVERIFY(drive([&] { return m_pool->received().size() == 3; }));
    QCOMPARE(m_pool->received().at(2).transaction.value, UInt256(9));
    QCOMPARE(m_pool->received().at(2).transaction.nonce, quint64(2));
    QVERIFY(outcomes.isEmpty()); // nothing was mined: the urgent one did not wait for room
    // The same transaction sent again, not urgently, is the same intent.
    manager->send(QStringLiteral("u"), transfer(9, QStringLiteral("urgent")), this, record);
    m_pool->mineBlock();
    QVERIFY(drive([&] { return m_pool->received().size() == 5; }));
    QCOMPARE(m_pool->received().at(3).transaction.value, UInt256(3));
    QCOMPARE(m_pool->received().at(3).transaction.nonce, quint64(3));
    QCOMPARE(m_pool->received().at(4).transaction.value, UInt256(4));
    QCOMPARE(m_pool->received().at(4).transaction.nonce, quint64(4));
    m_pool->mineBlock();
    QVERIFY(drive([&] { return outcomes.size() == 6; }));
    for (const TransactionOutcome& outcome : std::as_const(outcomes))
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
    QCOMPARE(std::count_if(outcomes.cbegin(), outcomes.cend(),
                           [](const TransactionOutcome& o) { return o.intentKey == "u"; }),
             2);
}

// A planned group larger than kStoredPerTurn is one plan (one nonce and fee quote) but is signed
// and stored a part per event-loop turn (no turn signs and commits them all): each part's
// broadcasts leave in a request of their own, every intent is stored before its broadcast, and
// the nonces follow the order the intents came in.
void TestTransactionManager::aLargeGroupIsStoredOverSeveralTurns() {
    m_pool->setAutoMine(false);
    const int count = int(TransactionManager::kStoredPerTurn) * 2 + 5;
    TransactionManager::Options options = defaults();
    options.maxInFlight = count;
    auto manager = makeManager(options);
    QList<int> rowsAtReceipt;
    QSet<int> requestsWithBroadcasts;
    m_pool->setOnReceive([&](const SignedTransaction&) {
        rowsAtReceipt.append(rows(QStringLiteral("chain_transactions")));
        requestsWithBroadcasts.insert(m_node->httpRequests());
    });
    QList<TransactionOutcome> outcomes;
    for (int i = 0; i < count; ++i)
        manager->send(QStringLiteral("k%1").arg(i), transfer(i + 1), this,
                      [&](const TransactionOutcome& outcome) { outcomes.append(outcome); });
    QVERIFY(drive([&] { return m_pool->received().size() == count; }));
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_getTransactionCount")), 1);
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_estimateGas")), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(m_pool->received().at(i).transaction.nonce, quint64(i));
        QCOMPARE(m_pool->received().at(i).transaction.value, UInt256(i + 1));
        QVERIFY(rowsAtReceipt.at(i) > i); // stored before it was broadcast
    }
    // A part's broadcasts leave together, in one HTTP request: three parts, three requests.
    QCOMPARE(requestsWithBroadcasts.size(), 3);
    QCOMPARE(rowsAtReceipt.last(), count);
    m_pool->mineBlock();
    QVERIFY(drive([&] { return outcomes.size() == count; }));
    for (const TransactionOutcome& outcome : std::as_const(outcomes))
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
}

// An intent key sends at most one transaction: the same key again (while in flight, once
// settled, after a restart) answers the first one's outcome and signs and sends nothing; another
// transaction under a used key is refused.
void TestTransactionManager::anIntentKeyIsSentOnce() {
    m_pool->setAutoMine(false);
    auto manager = makeManager();
    QList<TransactionOutcome> answers;
    const auto collect = [&](const TransactionOutcome& outcome) {
        answers.append(outcome);
    };
    manager->send(QStringLiteral("fillSlot:1"), transfer(5), this, collect);
    manager->send(QStringLiteral("fillSlot:1"), transfer(5), this, collect);
    QVERIFY(drive([&] { return m_pool->received().size() == 1; }));
    manager->send(QStringLiteral("fillSlot:1"), transfer(5), this, collect);
    m_pool->mineBlock();
    QVERIFY(drive([&] { return answers.size() == 3; }));
    for (const TransactionOutcome& outcome : answers) {
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
        QCOMPARE(*outcome.hash, m_pool->received().first().hash);
    }
    const TransactionOutcome again =
        sendAndWait(*manager, QStringLiteral("fillSlot:1"), transfer(5));
    QVERIFY(again.succeeded());
    QCOMPARE(again.receipt->transactionHash, answers.first().receipt->transactionHash);

    manager.reset();
    auto restarted = makeManager();
    const TransactionOutcome afterRestart =
        sendAndWait(*restarted, QStringLiteral("fillSlot:1"), transfer(5));
    QVERIFY(afterRestart.succeeded());
    QCOMPARE(afterRestart.receipt->blockHash, answers.first().receipt->blockHash);
    QCOMPARE(m_signatures, 1);
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_sendRawTransaction")), 1);
    QCOMPARE(rows(QStringLiteral("chain_transactions")), 1);

    const TransactionOutcome other =
        sendAndWait(*restarted, QStringLiteral("fillSlot:1"), transfer(6));
    QVERIFY(!other.stored());
    QCOMPARE(other.error->code, ErrorCode::Conflict);
    QVERIFY2(other.error->message.contains(QLatin1String("fillSlot:1")),
             qPrintable(other.error->message));
}

// An estimate that reverts answers the contract's error, decoded, and neither stores, signs nor
// sends anything.
void TestTransactionManager::anEstimateThatRevertsStoresAndSendsNothing() {
    TransactionManager::Options options = defaults();
    QVERIFY(options.errors.addSignature(QStringLiteral("Marketplace_SlotIsFree()")));
    auto manager = makeManager(options);
    m_pool->setEstimateRevert(selectorBytes(QStringLiteral("Marketplace_SlotIsFree()")));
    const TransactionOutcome custom = sendAndWait(*manager, QStringLiteral("freeSlot:1"),
                                                  call("free", QStringLiteral("freeSlot 1")));
    QVERIFY(!custom.stored());
    QVERIFY(custom.revert);
    QCOMPARE(custom.revert->kind, DecodedRevert::Kind::Custom);
    QCOMPARE(custom.revert->name(), QStringLiteral("Marketplace_SlotIsFree"));
    QCOMPARE(custom.error->code, ErrorCode::Conflict);
    QVERIFY2(custom.error->message.startsWith(QLatin1String("freeSlot 1: ")) &&
                 custom.error->message.contains(QLatin1String("Marketplace_SlotIsFree()")),
             qPrintable(custom.error->message));

    m_pool->setEstimateRevert(errorString("not enough collateral"));
    const TransactionOutcome reason = sendAndWait(*manager, QStringLiteral("fillSlot:1"),
                                                  call("fill", QStringLiteral("fillSlot 1")));
    QVERIFY(reason.revert);
    QCOMPARE(reason.revert->kind, DecodedRevert::Kind::ErrorString);
    QCOMPARE(reason.revert->reason, QStringLiteral("not enough collateral"));

    QCOMPARE(rows(QStringLiteral("chain_transactions")), 0);
    QCOMPARE(rows(QStringLiteral("chain_transaction_attempts")), 0);
    QCOMPARE(m_signatures, 0);
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_sendRawTransaction")), 0);
    // Not stored: the same key may be sent again once the contract allows it.
    m_pool->setEstimateRevert(std::nullopt);
    QVERIFY(
        sendAndWait(*manager, QStringLiteral("fillSlot:1"), call("fill", QStringLiteral("fill")))
            .succeeded());
}

// A transaction not mined bumpAfterSeconds after it was sent is signed again with the same nonce
// and both fees raised by at least 12.5 %; the new attempt is stored before the node sees it, and
// its receipt settles the intent.
void TestTransactionManager::aStuckTransactionIsBumpedAndTheBumpIsStoredFirst() {
    m_pool->setAutoMine(false);
    QList<bool> storedWhenReceived;
    m_pool->setOnReceive(
        [&](const SignedTransaction& tx) { storedWhenReceived.append(attemptStored(tx.hash)); });
    TransactionManager::Options options = defaults();
    options.bumpAfterSeconds = 30;
    auto manager = makeManager(options);
    std::optional<TransactionOutcome> answer;
    manager->send(QStringLiteral("bump"), transfer(7), this,
                  [&](const TransactionOutcome& outcome) { answer = outcome; });
    QVERIFY(drive([&] { return m_pool->received().size() == 1; }));
    const Timestamp sentAt = m_clock->now();
    QVERIFY(drive([&] { return m_pool->received().size() == 2; }));
    QVERIFY(m_clock->now() - sentAt >= 30);
    QCOMPARE(storedWhenReceived, (QList<bool>{true, true}));
    const SignedTransaction& first = m_pool->received().at(0);
    const SignedTransaction& second = m_pool->received().at(1);
    QCOMPARE(second.transaction.nonce, first.transaction.nonce);
    QVERIFY(raisedByAnEighth(second.transaction.maxFeePerGas, first.transaction.maxFeePerGas));
    QVERIFY(raisedByAnEighth(second.transaction.maxPriorityFeePerGas,
                             first.transaction.maxPriorityFeePerGas));
    QCOMPARE(m_pool->pending().size(), 1); // the bump replaced the first in the pool

    m_pool->mineBlock();
    QVERIFY(drive([&] { return answer.has_value(); }));
    QVERIFY2(answer->succeeded(), qPrintable(answer->describe()));
    QCOMPARE(answer->receipt->transactionHash, second.hash);
    QCOMPARE(answer->attempts, 2);
    QCOMPARE(rows(QStringLiteral("chain_transaction_attempts")), 2);
}

// A transaction whose fee cap fell below the base fee is bumped after bumpAfterBlocks blocks, to
// what the chain asks now (2 × base fee + tip), and mined.
void TestTransactionManager::aTransactionPricedOutIsBumpedAfterBlocks() {
    m_pool->setAutoMine(false);
    TransactionManager::Options options = defaults();
    options.bumpAfterBlocks = 3;
    options.maxFeePerGasCap = UInt256(1000) * kGwei;
    auto manager = makeManager(options);
    std::optional<TransactionOutcome> answer;
    manager->send(QStringLiteral("priced-out"), transfer(8), this,
                  [&](const TransactionOutcome& outcome) { answer = outcome; });
    QVERIFY(drive([&] { return m_pool->received().size() == 1; }));
    m_pool->setBaseFee(UInt256(50) * kGwei); // the first attempt offers 3 gwei
    for (int block = 0; block < 3; ++block) {
        QCOMPARE(m_pool->mineBlock(), 0);
        drive([] { return false; }, 2);
    }
    QVERIFY(drive([&] { return m_pool->received().size() == 2; }));
    QVERIFY(m_pool->received().at(1).transaction.maxFeePerGas >= UInt256(101) * kGwei);
    QCOMPARE(m_pool->mineBlock(), 1);
    QVERIFY(drive([&] { return answer.has_value(); }));
    QVERIFY2(answer->succeeded(), qPrintable(answer->describe()));
    QCOMPARE(answer->receipt->transactionHash, m_pool->received().at(1).hash);
}

// A bump that would pass the fee cap is not made: the intent keeps its attempt, says why, and
// still settles when that attempt is mined.
void TestTransactionManager::aFeeBumpStopsAtTheCap() {
    m_pool->setAutoMine(false);
    TransactionManager::Options options = defaults();
    options.bumpAfterSeconds = 10;
    options.maxFeePerGasCap = UInt256(3) * kGwei; // exactly the first attempt's 2 × 1 + 1 gwei
    auto manager = makeManager(options);
    QStringList problems;
    connect(manager.get(), &TransactionManager::problem, this,
            [&](const QString&, const QString& message) { problems.append(message); });
    std::optional<TransactionOutcome> answer;
    manager->send(QStringLiteral("capped"), transfer(9), this,
                  [&](const TransactionOutcome& outcome) { answer = outcome; });
    QVERIFY(drive([&] { return !problems.isEmpty(); }));
    QVERIFY2(problems.first().contains(QLatin1String("fee cap of 3000000000 wei")),
             qPrintable(problems.first()));
    QCOMPARE(m_pool->received().size(), 1);
    QCOMPARE(rows(QStringLiteral("chain_transaction_attempts")), 1);
    m_pool->mineBlock();
    QVERIFY(drive([&] { return answer.has_value(); }));
    QVERIFY(answer->succeeded());
}

// When the chain asks more per gas than the cap allows, nothing is stored or sent and the error
// names the figures; between base fee + tip and 2 × base fee + tip, the fee cap is the cap.
void TestTransactionManager::aFeeCapBelowTheChainsAskIsRefused() {
    TransactionManager::Options options = defaults();
    options.maxFeePerGasCap = UInt256(10) * kGwei;
    auto manager = makeManager(options);
    m_pool->setBaseFee(UInt256(20) * kGwei);
    const TransactionOutcome refused = sendAndWait(*manager, QStringLiteral("cap"), transfer(1));
    QVERIFY(!refused.stored());
    QCOMPARE(refused.error->code, ErrorCode::OutOfBounds);
    QVERIFY2(refused.error->message.contains(QLatin1String("21000000000 wei per gas")) &&
                 refused.error->message.contains(QLatin1String("fee cap of 10000000000 wei")),
             qPrintable(refused.error->message));
    QCOMPARE(rows(QStringLiteral("chain_transactions")), 0);
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_sendRawTransaction")), 0);

    m_pool->setBaseFee(UInt256(8) * kGwei); // 2 × 8 + 1 = 17 gwei wanted, 10 allowed
    const TransactionOutcome capped = sendAndWait(*manager, QStringLiteral("cap"), transfer(1));
    QVERIFY2(capped.succeeded(), qPrintable(capped.describe()));
    QCOMPARE(m_pool->received().first().transaction.maxFeePerGas, UInt256(10) * kGwei);
}

// A stored, sent intent whose transaction was mined while the process was down: the resumed
// manager sends it again, the node says "nonce too low", and our receipt settles it as mined.
void TestTransactionManager::nonceTooLowWithOurReceiptSettlesAsMined() {
    m_pool->setAutoMine(false);
    auto manager = makeManager();
    manager->send(QStringLiteral("k"), transfer(3), this, [](const TransactionOutcome&) {});
    QVERIFY(drive([&] { return m_pool->received().size() == 1; }));
    manager.reset(); // the process ends before the receipt is recorded
    m_pool->mineBlock();

    auto restarted = makeManager();
    QList<TransactionOutcome> settled;
    connect(restarted.get(), &TransactionManager::settled, this,
            [&](const TransactionOutcome& outcome) { settled.append(outcome); });
    auto resumed = restarted->resume();
    SD_VERIFY_OK(resumed);
    QCOMPARE(*resumed, 1);
    QVERIFY(drive([&] { return !settled.isEmpty(); }));
    QCOMPARE(settled.size(), 1);
    QVERIFY(settled.first().succeeded());
    QCOMPARE(settled.first().receipt->transactionHash, m_pool->received().first().hash);
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_sendRawTransaction")), 2);
    QCOMPARE(m_signatures, 1);
    auto stored = restarted->outcome(QStringLiteral("k"));
    SD_VERIFY_OK(stored);
    QVERIFY((*stored)->state == TransactionState::Mined);
}

// A bump the node did not take (underpriced) leaves the first attempt in the pool; that
// attempt's receipt settles the intent.
void TestTransactionManager::anEarlierAttemptsReceiptSettlesTheIntent() {
    m_pool->setAutoMine(false);
    TransactionManager::Options options = defaults();
    options.bumpAfterSeconds = 5;
    auto manager = makeManager(options);
    std::optional<TransactionOutcome> answer;
    manager->send(QStringLiteral("k"), transfer(4), this,
                  [&](const TransactionOutcome& outcome) { answer = outcome; });
    QVERIFY(drive([&] { return m_pool->received().size() == 1; }));
    m_node->answerNextWith(
        QStringLiteral("eth_sendRawTransaction"),
        {{QStringLiteral("error"),
          QJsonObject{{QStringLiteral("code"), -32000},
                      {QStringLiteral("message"),
                       QStringLiteral("replacement transaction underpriced")}}}});
    QVERIFY(drive([&] { return rows(QStringLiteral("chain_transaction_attempts")) == 2; }));
    QVERIFY(drive([&] { return m_node->callsOf(QStringLiteral("eth_sendRawTransaction")) == 2; }));
    m_pool->mineBlock();
    QVERIFY(drive([&] { return answer.has_value(); }));
    QVERIFY2(answer->succeeded(), qPrintable(answer->describe()));
    QCOMPARE(answer->receipt->transactionHash, m_pool->received().first().hash);
    QCOMPARE(answer->attempts, 2);
}

// Another transaction took our nonce while the process was down: "nonce too low", none of our
// attempts has a receipt, so the intent is dropped with an error naming the nonce.
void TestTransactionManager::nonceUsedByAnotherTransactionDropsTheIntent() {
    m_pool->setAutoMine(false);
    auto manager = makeManager();
    manager->send(QStringLiteral("k"), transfer(3), this, [](const TransactionOutcome&) {});
    QVERIFY(drive([&] { return m_pool->received().size() == 1; }));
    const Hash32 ours = m_pool->received().first().hash;
    manager.reset();
    m_pool->takeNonceElsewhere(m_account);

    auto restarted = makeManager();
    QList<TransactionOutcome> settled;
    connect(restarted.get(), &TransactionManager::settled, this,
            [&](const TransactionOutcome& outcome) { settled.append(outcome); });
    SD_VERIFY_OK(restarted->resume());
    // The caller asks again after its own restart: it hears the same outcome.
    std::optional<TransactionOutcome> answer;
    restarted->send(QStringLiteral("k"), transfer(3), this,
                    [&](const TransactionOutcome& outcome) { answer = outcome; });
    QVERIFY(drive([&] { return answer.has_value(); }));
    QCOMPARE(settled.size(), 1);
    QVERIFY(answer->state == TransactionState::Dropped);
    QCOMPARE(answer->error->code, ErrorCode::Conflict);
    const QString message = answer->error->message;
    QVERIFY2(message.contains(QLatin1String("nonce 0 of ")) &&
                 message.contains(QLatin1String("another transaction")) &&
                 message.contains(ours.toHex()),
             qPrintable(message));
    QVERIFY(restarted->outcome(QStringLiteral("k"))->value().state == TransactionState::Dropped);
    QVERIFY(!m_pool->mined(ours));
}

// The same while waiting: the fee bump hears "nonce too low" and the intent is dropped.
void TestTransactionManager::nonceTakenWhileWaitingDropsTheIntent() {
    m_pool->setAutoMine(false);
    TransactionManager::Options options = defaults();
    options.bumpAfterSeconds = 5;
    auto manager = makeManager(options);
    std::optional<TransactionOutcome> answer;
    manager->send(QStringLiteral("k"), transfer(3), this,
                  [&](const TransactionOutcome& outcome) { answer = outcome; });
    QVERIFY(drive([&] { return m_pool->received().size() == 1; }));
    m_pool->takeNonceElsewhere(m_account);
    QVERIFY(drive([&] { return answer.has_value(); }));
    QVERIFY(answer->state == TransactionState::Dropped);
    QCOMPARE(answer->attempts, 2);
}

// With 3 confirmations, a receipt whose block a reorg removed before it was deep enough is not
// recorded: the same raw transaction is sent again, mined anew, and that receipt is recorded.
void TestTransactionManager::aReceiptWhoseBlockLeftTheChainIsSentAgain() {
    TransactionManager::Options options = defaults();
    options.confirmations = 3;
    auto manager = makeManager(options);
    std::optional<TransactionOutcome> answer;
    manager->send(QStringLiteral("k"), transfer(3), this,
                  [&](const TransactionOutcome& outcome) { answer = outcome; });
    QVERIFY(
        drive([&] { return m_node->callsOf(QStringLiteral("eth_getTransactionReceipt")) >= 2; }));
    const quint64 firstBlock = m_pool->minedOnChain().first().block;
    const Hash32 firstBlockHash = m_node->hashOf(firstBlock);
    QVERIFY(!answer);
    m_node->reorg(1, {{}});
    QVERIFY(drive([&] { return m_pool->received().size() == 2; }));
    QCOMPARE(m_pool->received().at(1).hash, m_pool->received().at(0).hash);
    m_pool->mineBlock();
    m_pool->mineBlock();
    QVERIFY(drive([&] { return answer.has_value(); }));
    QVERIFY2(answer->succeeded(), qPrintable(answer->describe()));
    QCOMPARE(answer->receipt->blockNumber, firstBlock + 1);
    QCOMPARE(answer->receipt->blockHash, m_node->hashOf(firstBlock + 1));
    QVERIFY(answer->receipt->blockHash != firstBlockHash);
    QCOMPARE(m_signatures, 1);
}

// A node that still answers the receipt of an orphaned block: the block hash at that number is
// another, so the receipt is not recorded and the transaction is sent again.
void TestTransactionManager::aStaleReceiptOfAReplacedBlockIsNotRecorded() {
    m_pool->setAutoMine(false);
    m_pool->setStaleReceipts(true);
    auto manager = makeManager();
    std::optional<TransactionOutcome> answer;
    manager->send(QStringLiteral("k"), transfer(3), this,
                  [&](const TransactionOutcome& outcome) { answer = outcome; });
    QVERIFY(
        drive([&] { return m_node->callsOf(QStringLiteral("eth_getTransactionReceipt")) >= 1; }));
    QCOMPARE(m_pool->mineBlock(), 1);
    const Hash32 orphaned = m_node->hashOf(m_node->head());
    m_node->reorg(1, {{}});
    QVERIFY(drive([&] { return m_pool->received().size() == 2; }));
    QVERIFY(!answer);
    QCOMPARE(m_pool->mineBlock(), 1);
    QVERIFY(drive([&] { return answer.has_value(); }));
    QVERIFY2(answer->succeeded(), qPrintable(answer->describe()));
    QVERIFY(answer->receipt->blockHash != orphaned);
    QCOMPARE(answer->receipt->blockHash, m_node->hashOf(m_node->head()));
}

// The gas limit is the estimate, its margin and room for one storage slot more; a transaction
// that used all of it is said to have run out of gas, with no replay (its state is gone).
void TestTransactionManager::theGasLimitHasRoomForAStorageSlotAndRunningOutIsNamed() {
    m_pool->setGasEstimate(34'510);
    m_pool->setFailingCallData(QByteArray("transfer"));
    m_pool->setFailuresRunOutOfGas(true);
    auto manager = makeManager();
    const TransactionOutcome failed = sendAndWait(*manager, QStringLiteral("withdraw:1"),
                                                  call("transfer", QStringLiteral("withdraw 3")));
    QCOMPARE(m_pool->received().size(), 1);
    const quint64 limit = m_pool->received().first().transaction.gasLimit;
    // 34,510 + 20 % + 25,000: a transfer to an empty balance (about 51,500) fits.
    QCOMPARE(limit, quint64(34'510 + 6'902 + 25'000));
    QVERIFY(failed.state == TransactionState::Failed);
    QVERIFY(failed.receipt && !failed.receipt->succeeded);
    QCOMPARE(failed.receipt->gasUsed, limit);
    QVERIFY(!failed.revert);
    QVERIFY2(failed.error && failed.error->message.contains(QStringLiteral("ran out of gas")),
             qPrintable(failed.describe()));
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_call")), 0);
}

// A transaction mined with status 0: its replay names the revert, which the outcome and the
// stored row keep; TransactionSender's submit answers the failed receipt.
void TestTransactionManager::aMinedFailureNamesTheRevert() {
    m_pool->setFailingCallData(QByteArray("fill"));
    m_pool->setCallRevert(errorString("slot is full"));
    auto manager = makeManager();
    const TransactionOutcome failed = sendAndWait(*manager, QStringLiteral("fillSlot:9"),
                                                  call("fill", QStringLiteral("fillSlot 9")));
    QVERIFY(failed.state == TransactionState::Failed);
    QVERIFY(failed.receipt && !failed.receipt->succeeded);
    QVERIFY(failed.revert);
    QCOMPARE(failed.revert->reason, QStringLiteral("slot is full"));
    QVERIFY2(failed.error->message.contains(QLatin1String("Error(\"slot is full\")")),
             qPrintable(failed.error->message));
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_call")), 1);
    auto stored = manager->outcome(QStringLiteral("fillSlot:9"));
    SD_VERIFY_OK(stored);
    QCOMPARE((*stored)->revert->reason, QStringLiteral("slot is full"));
    QCOMPARE((*stored)->receipt->blockNumber, failed.receipt->blockNumber);

    std::optional<Result<TransactionReceipt>> receipt;
    manager->submit(call("fill", QStringLiteral("fill again")), this,
                    [&](const Result<TransactionReceipt>& r) { receipt = r; });
    QVERIFY(drive([&] { return receipt.has_value(); }));
    SD_VERIFY_OK(*receipt);
    QVERIFY(!(*receipt)->succeeded);
}

// A node that refuses the first send (funds, gas) fails the intent without a receipt; its nonce
// was never used, so the next intent takes it.
void TestTransactionManager::aRefusedFirstSendFailsAndFreesTheNonce() {
    auto manager = makeManager();
    m_pool->setRefusal(QStringLiteral("insufficient funds for gas * price + value"));
    const TransactionOutcome refused = sendAndWait(*manager, QStringLiteral("poor"), transfer(1));
    QVERIFY(refused.state == TransactionState::Failed);
    QVERIFY(!refused.receipt);
    QVERIFY2(refused.error->message.contains(QLatin1String("insufficient funds")),
             qPrintable(refused.error->message));
    m_pool->setRefusal(std::nullopt);
    const TransactionOutcome next = sendAndWait(*manager, QStringLiteral("next"), transfer(1));
    QVERIFY(next.succeeded());
    QCOMPARE(*next.nonce, *refused.nonce);
}

// A stored intent whose send got no usable answer before the process ended: resume() sends the
// stored raw transaction (no new signature), it is mined, and settled() reports it.
void TestTransactionManager::resumeSendsTheStoredAttemptWithoutSigningAgain() {
    auto manager = makeManager();
    m_node->answerNextWith(QStringLiteral("eth_sendRawTransaction"),
                           {{QStringLiteral("result"), 42}});
    manager->send(QStringLiteral("k"), transfer(3), this, [](const TransactionOutcome&) {});
    QVERIFY(drive([&] { return m_node->callsOf(QStringLiteral("eth_sendRawTransaction")) == 1; }));
    manager.reset();
    auto stored = TransactionStore(*m_db).find(QStringLiteral("k"));
    SD_VERIFY_OK(stored);
    QVERIFY((*stored)->state == TransactionState::Signed);
    QVERIFY(m_pool->received().isEmpty());

    auto restarted = makeManager();
    std::optional<TransactionOutcome> settled;
    connect(restarted.get(), &TransactionManager::settled, this,
            [&](const TransactionOutcome& outcome) { settled = outcome; });
    QCOMPARE(restarted->resume().value(), 1);
    QVERIFY(drive([&] { return settled.has_value(); }));
    QVERIFY(settled->succeeded());
    QCOMPARE(m_pool->received().size(), 1);
    QCOMPARE(m_pool->received().first().raw, (*stored)->attempts.first().raw);
    QCOMPARE(m_signatures, 1);
    QCOMPARE(restarted->resume().value(), 0);
}

void TestTransactionManager::malformedAnswersBeforeSigningGiveClearErrors_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("members");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nonce with a leading zero")
        << QStringLiteral("eth_getTransactionCount")
        << QJsonObject{{QStringLiteral("result"), QStringLiteral("0x01")}}
        << QStringLiteral("eth_getTransactionCount (pending) result");
    QTest::newRow("estimate as a number")
        << QStringLiteral("eth_estimateGas") << QJsonObject{{QStringLiteral("result"), 21000}}
        << QStringLiteral("eth_estimateGas result");
    QTest::newRow("fee history without base fees")
        << QStringLiteral("eth_feeHistory")
        << QJsonObject{{QStringLiteral("result"),
                        QJsonObject{{QStringLiteral("oldestBlock"), QStringLiteral("0x1")}}}}
        << QStringLiteral("baseFeePerGas is missing");
    QTest::newRow("tip in words") << QStringLiteral("eth_maxPriorityFeePerGas")
                                  << QJsonObject{{QStringLiteral("result"),
                                                  QStringLiteral("1 gwei")}}
                                  << QStringLiteral("eth_maxPriorityFeePerGas result");
}

// A malformed answer before anything is signed: nothing is stored or sent, and the error names
// the method and what is wrong.
void TestTransactionManager::malformedAnswersBeforeSigningGiveClearErrors() {
    QFETCH(QString, method);
    QFETCH(QJsonObject, members);
    QFETCH(QString, expected);
    auto manager = makeManager();
    m_node->answerNextWith(method, members);
    const TransactionOutcome outcome = sendAndWait(*manager, QStringLiteral("k"), transfer(1));
    QVERIFY(!outcome.stored());
    QCOMPARE(outcome.error->code, ErrorCode::InvalidArgument);
    QVERIFY2(outcome.error->message.contains(expected), qPrintable(outcome.error->message));
    QCOMPARE(rows(QStringLiteral("chain_transactions")), 0);
    QCOMPARE(m_node->callsOf(QStringLiteral("eth_sendRawTransaction")), 0);
}

// Malformed answers once the intent is stored (a hash that is none, a receipt without its
// fields) are reported as problems and waited out: the intent settles once the node answers well.
void TestTransactionManager::malformedAnswersInFlightAreReportedAndWaitedOut() {
    auto manager = makeManager();
    QStringList problems;
    connect(manager.get(), &TransactionManager::problem, this,
            [&](const QString&, const QString& message) { problems.append(message); });
    m_node->answerNextWith(QStringLiteral("eth_sendRawTransaction"),
                           {{QStringLiteral("result"), QStringLiteral("0x1234")}});
    m_node->answerNextWith(
        QStringLiteral("eth_getTransactionReceipt"),
        {{QStringLiteral("result"),
          QJsonObject{{QStringLiteral("transactionHash"), QStringLiteral("0x12")}}}});
    const TransactionOutcome outcome = sendAndWait(*manager, QStringLiteral("k"), transfer(1));
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).contains(QLatin1String("not a transaction hash")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(QLatin1String("malformed receipt")) &&
                 problems.at(1).contains(QLatin1String("transactionHash")),
             qPrintable(problems.at(1)));
    QCOMPARE(m_signatures, 1);
}

// The TransactionSender interface: the account, and a mined transaction's receipt.
void TestTransactionManager::submitAnswersTheReceipt() {
    auto manager = makeManager();
    TransactionSender& sender = *manager;
    QCOMPARE(sender.account(), m_account);
    std::optional<Result<TransactionReceipt>> receipt;
    sender.submit(transfer(11), this, [&](const Result<TransactionReceipt>& r) { receipt = r; });
    QVERIFY(drive([&] { return receipt.has_value(); }));
    SD_VERIFY_OK(*receipt);
    QVERIFY((*receipt)->succeeded);
    QCOMPARE((*receipt)->transactionHash, m_pool->received().first().hash);
}

QTEST_GUILESS_MAIN(TestTransactionManager)
#include "tst_transactionmanager.moc"
