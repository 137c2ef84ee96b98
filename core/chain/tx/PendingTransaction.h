#pragma once

#include "core/chain/crypto/Eip1559Transaction.h"
#include "core/chain/tx/TransactionRecord.h"
#include "core/chain/tx/TransactionRpc.h"
#include "core/clock/Clock.h"

#include <QObject>
#include <QRandomGenerator>

#include <functional>
#include <optional>

namespace salesdesk {

class JsonRpcClient;
class ReceiptPoller;
class TransactionStore;
struct BroadcastAnswer;
struct RpcBackoff;

// One stored, unsettled intent of TransactionManager, until it settles: broadcasts its latest
// attempt, polls the receipts of all its attempts (with every other intent's, through the
// manager's ReceiptPoller), bumps its fees when it waits too
// long, sends it again when its receipt's block leaves the chain, finds out whether a used nonce
// was ours, and records the outcome. Each row change is committed before it is acted on.
class PendingTransaction final : public QObject {
    Q_OBJECT
public:
    using Signer = std::function<Result<SignedTransaction>(const Eip1559Transaction&)>;
    struct Settings {
        quint64 confirmations = 1;
        qint64 pollSeconds = 1;
        qint64 bumpAfterSeconds = 0;
        quint64 bumpAfterBlocks = 0;
        UInt256 maxFeePerGasCap;
        TransactionRpc::FeeRequest fees;
        const RpcBackoff* backoff = nullptr;
        const ContractErrorTable* errors = nullptr;
    };
    struct Parts {
        JsonRpcClient& rpc;
        ReceiptPoller& poller;
        Clock& clock;
        TransactionStore& store;
        QRandomGenerator& random;
        Signer signer;
    };

    PendingTransaction(Parts parts, Settings settings, TransactionRecord record,
                       QObject* parent = nullptr);
    ~PendingTransaction() override;

    const TransactionRecord& record() const { return m_record; }
    // Broadcasts the latest attempt, then waits for a receipt.
    void start();

    // Signs a transaction of `record` with these fees; the signer must sign as its account.
    static Result<SignedTransaction> sign(const Signer& signer, const TransactionRecord& record,
                                          const UInt256& maxFeePerGas,
                                          const UInt256& maxPriorityFeePerGas);

Q_SIGNALS:
    // The row is final (Mined, Failed, Dropped).
    void settled(const salesdesk::TransactionRecord& record);
    void stateChanged(const QString& intentKey, salesdesk::TransactionState state, int attempts);
    void problem(const QString& intentKey, const QString& message);

private:
    void broadcast();
    void onBroadcast(int index, const BroadcastAnswer& answer);
    void markSent(int index);
    void schedule(qint64 seconds);
    void retryLater(const QString& message);
    void step();
    void poll();
    // Polls again at the poller's next tick (or, when the latest attempt is to be sent again,
    // sends it pollSeconds from now).
    void pollLater();
    void onPollAnswer(const Result<TransactionRpc::ReceiptPoll>& answer);
    void onPoll(const TransactionRpc::ReceiptPoll& polled);
    void checkCanonical(const TransactionReceipt& receipt);
    void resendAfterReorg();
    void recordReceipt(const TransactionReceipt& receipt, const TransactionRpc::Replay& replay);
    void checkNonceUsed();
    bool bumpDue(quint64 head) const;
    void bump();
    void addAttempt(const FeeQuote& quote);
    void settle(TransactionState state, const std::optional<TransactionReceipt>& receipt,
                const std::optional<QByteArray>& revertData, const QString& error);
    QList<Hash32> hashes() const;
    void log(const QString& what) const;

    Parts m_parts;
    Settings m_settings;
    TransactionRecord m_record;
    bool m_needsBroadcast = true; // the latest attempt is to be (re)sent
    int m_failures = 0;           // node exchanges failed in a row, for the backoff
    Timestamp m_lastBroadcastAt = 0;
    std::optional<quint64> m_lastBroadcastHead;
    std::optional<TransactionReceipt> m_seen; // a receipt not deep enough yet
    Clock::TimerId m_timer = 0;
    bool m_settled = false;
};

} // namespace salesdesk
