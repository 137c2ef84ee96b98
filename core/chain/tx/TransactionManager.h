#pragma once

#include "core/chain/crypto/Eip1559Transaction.h"
#include "core/chain/rpc/ContractErrorTable.h"
#include "core/chain/rpc/RpcBackoff.h"
#include "core/chain/tx/PendingTransaction.h"
#include "core/chain/tx/ReceiptPoller.h"
#include "core/chain/tx/TransactionOutcome.h"
#include "core/chain/tx/TransactionRecord.h"
#include "core/chain/tx/TransactionRpc.h"
#include "core/chain/tx/TransactionSender.h"
#include "core/chain/tx/TransactionStore.h"
#include "core/clock/Clock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

class Database;
class JsonRpcClient;

// Sends the transactions of one account on one chain so that each intent reaches the chain at
// most once and its outcome survives crashes (docs/chain-rpc.md, "The transaction manager").
//
// An intent is named by a key the caller chooses ("fillSlot:<slotId>"). send() under a key that is
// stored answers that intent's outcome and sends nothing again: a caller that sends its intent
// again after a restart hears how the first one ended. Per intent, in this order, each row change
// committed before it is acted on:
//   plan (pending nonce, eth_estimateGas + margin, fees) -> sign -> store Signed ->
//   [tx.send.beforeBroadcast] -> eth_sendRawTransaction -> store Sent -> [tx.send.afterBroadcast]
//   -> receipts of every attempt, polled on the Clock -> [tx.receipt.beforeRecord] -> store
//   Mined or Failed (with the receipt and, for a failure, the replayed revert) -> answer
// An estimate that reverts (or any failure before the Signed row) stores and sends nothing.
//
// Nonce: the lowest from eth_getTransactionCount(pending) on that no stored intent holds (a hole
// left by a send the node refused is filled first). Intents are planned in the order they came,
// those queued together in one batch (one nonce and fee quote, an estimate each), and at most
// maxInFlight stored intents are unsettled (1 by default, so an intent is estimated on the state
// its predecessors left; more for intents that do not depend on each other, such as proofs: their
// broadcasts then leave together, in one HTTP request). Urgent intents (OutgoingTransaction::
// urgent) are planned ahead of those waiting and beyond maxInFlight.
// Fee bump: an intent not mined bumpAfterSeconds (on the Clock) or bumpAfterBlocks after its
// latest broadcast is signed again with the same nonce and fees raised by at least 12.5 %, stored
// as a new attempt [tx.bump.beforeBroadcast] and broadcast; a receipt of any attempt settles it.
// Receipts: every unsettled intent's are polled together (ReceiptPoller): right after the
// broadcasts the node answered together, then at one shared tick every pollSeconds, one JSON-RPC
// batch for all of them, so N intents in flight cost one HTTP request per poll, not N.
// Confirmations: a receipt counts once its block is `confirmations` deep and still canonical;
// one whose block was replaced, or that vanished, sends the latest attempt again.
// resume() takes up every stored unsettled intent: it broadcasts its latest attempt again (never
// a new signature for a stored nonce, except a bump) and waits as above. Every settled intent is
// announced by settled(), also those settled after a restart.
class TransactionManager final : public QObject, public TransactionSender {
    Q_OBJECT
public:
    using Signer = std::function<Result<SignedTransaction>(const Eip1559Transaction&)>;
    using OutcomeCallback = std::function<void(const TransactionOutcome&)>;

    struct Options {
        quint64 chainId = 0; // every signature names it
        quint64 confirmations = 1;
        qint64 pollSeconds = 1;
        int gasMarginPercent = 20;
        // Gas on top of the margin: what a transaction costs depends on the state it runs in,
        // and one storage slot that is empty when it runs and was not when it was estimated
        // (a token transfer to an address whose balance went to zero in between, or that the
        // estimate saw filled by a transaction mined after ours) costs 17,100 more. Only the gas
        // used is paid for.
        quint64 gasHeadroom = 25'000;
        UInt256 maxFeePerGasCap = UInt256(500'000'000'000ULL); // 500 gwei
        TransactionRpc::FeeRequest fees;
        qint64 bumpAfterSeconds = 60; // 0: never by time
        quint64 bumpAfterBlocks = 0;  // 0: never by blocks
        int maxInFlight = 1;
        RpcBackoff backoff{1, 30};
        ContractErrorTable errors; // names reverts
        std::optional<quint32> randomSeed;
    };

    TransactionManager(JsonRpcClient& rpc, Database& database, Clock& clock, Address account,
                       Signer signer, Options options, QObject* parent = nullptr);
    ~TransactionManager() override;

    const Options& options() const { return m_options; }

    // TransactionSender: an intent under a fresh key, so it is not deduplicated across restarts.
    // A mined intent answers its receipt (also a failed one); one not sent or dropped an error.
    Address account() const override { return m_account; }
    void submit(const OutgoingTransaction& transaction, const QObject* context,
                ReceiptCallback done) override;

    // Sends `transaction` as intent `intentKey` and answers its final outcome, later on the event
    // loop, unless `context` is destroyed first. A key that is queued, in flight or stored is not
    // sent again: the answer is that intent's outcome (a different transaction under a used key
    // is refused with Conflict).
    void send(const QString& intentKey, const OutgoingTransaction& transaction,
              const QObject* context, OutcomeCallback done);
    // Takes up every stored unsettled intent of the account and chain; how many.
    Result<int> resume();
    // The stored intent under `intentKey` (settled or not); nullopt when none is stored.
    Result<std::optional<TransactionOutcome>> outcome(const QString& intentKey);

    // How many intents of a planned group are signed and stored in one event-loop turn.
    static constexpr qsizetype kStoredPerTurn = 8;
    // The largest gas estimate taken from a node (a block holds far less).
    static constexpr quint64 kMaxGasEstimate = 1'000'000'000;

    // Queued and unsettled intents.
    int activeIntents() const { return static_cast<int>(m_intents.size()); }
    // The shared receipt polls of the unsettled intents.
    const ReceiptPoller& receiptPoller() const { return m_poller; }

Q_SIGNALS:
    // A stored intent reached a final state (Mined, Failed, Dropped); emitted after its row.
    void settled(const salesdesk::TransactionOutcome& outcome);
    // A stored intent changed state (Signed, Sent) or got another attempt.
    void stateChanged(const QString& intentKey, salesdesk::TransactionState state, int attempts);
    // Something is in the way of an unsettled intent (the node's answers, the fee cap); it is
    // tried again.
    void problem(const QString& intentKey, const QString& message);

private:
    struct Waiter {
        QPointer<const QObject> context;
        bool hasContext = false;
        OutcomeCallback done;
    };
    struct Intent {
        QString key;
        OutgoingTransaction transaction;
        QList<Waiter> waiters;
        std::unique_ptr<PendingTransaction> pending; // once stored
    };
    using IntentPtr = std::shared_ptr<Intent>;

    void answerLater(const TransactionOutcome& outcome, const QObject* context,
                     OutcomeCallback done);
    void pump();
    void plan(const QList<IntentPtr>& group);
    void storeGroup(const QList<IntentPtr>& group, const QList<TransactionRpc::PlanAnswer>& plans,
                    qsizetype from);
    Result<TransactionRecord> signAndStore(const Intent& intent, const TransactionRpc::Plan& plan);
    void notSent(const IntentPtr& intent, const Error& error,
                 const std::optional<DecodedRevert>& revert = std::nullopt);
    // Waits for a stored intent (PendingTransaction) and answers when it settles.
    void track(const IntentPtr& intent, TransactionRecord record);
    void finish(const QString& key, const TransactionRecord& record);
    TransactionOutcome outcomeOf(const TransactionRecord& record) const;
    void log(const QString& key, const QString& label, const QString& what) const;

    JsonRpcClient& m_rpc;
    Clock& m_clock;
    ReceiptPoller m_poller;
    Database& m_database;
    TransactionStore m_store;
    Address m_account;
    Signer m_signer;
    Options m_options;
    QRandomGenerator m_random;
    std::deque<IntentPtr> m_queue;       // not stored yet: urgent ones, then the others
    QHash<QString, IntentPtr> m_intents; // queued, being planned and unsettled, by key
    int m_unsettled = 0;
    bool m_planning = false;
    bool m_pumpQueued = false;
};

} // namespace salesdesk
