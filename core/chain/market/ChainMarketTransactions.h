#pragma once

#include "core/chain/market/ChainIntentKeys.h"
#include "core/chain/market/ChainMarketRpc.h"
#include "core/chain/market/MarketReply.h"
#include "core/chain/tx/OutgoingTransaction.h"
#include "core/chain/tx/TransactionOutcome.h"
#include "core/domain/Result.h"
#include "core/domain/StorageProof.h"
#include "core/domain/StorageRequest.h"
#include "core/domain/TokenInfo.h"
#include "core/market/MarketResult.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <vector>

namespace salesdesk {

class MarketplaceAnswers;
class TransactionManager;

// The chain market's transactions (reserveSlot, fillSlot, submitProof, freeSlot) and what it
// knows from their records (holdsReservation, hostSettlement).
//
// Each action on a slot is one intent of the TransactionManager, under a key made of the action,
// its slot and the slot's reservation round ("reserveSlot/<slotId>", "fillSlot/<slotId>",
// "freeSlot/<slotId>" in round 0, "reserveSlot/<slotId>/<round>" … after; "submitProof/<slotId>/
// <period>", the period of the chain's latest block, read once for the proofs asked for while
// that read is on its way), so it reaches the chain at most once across crashes: an action asked
// for again while its intent is stored is answered with that intent's outcome (waiting for it to
// settle when it has not), and nothing is sent again. The manager estimates every transaction
// first; an estimate that reverts is the refusal (a MarketError named by MarketplaceRevert) and
// nothing is sent.
//
// fillSlot: the FillProof's slot root and its path to content.merkleRoot come from the roots of
// every slot of the request (the SlotRootsSource, off the event loop); the engine's StorageProof
// is its storage proof. Fills are prepared side by side and sent in batches, one batch at a time,
// urgently (ahead of proofs waiting: a fill's proof answers a challenge that moves on with the
// blocks): a batch is every fill ready once the previous batch settled. When the token allowance
// is short of the batch's collateral, each fill is first tried with eth_call (any refusal but the
// allowance's ends that fill, nothing sent for it), then the Marketplace is approved for the
// collateral of the fills left and of those still being prepared, and the batch is sent. As the
// previous batch settled first, the allowance read is what this batch may spend. The collateral
// answered is the receipt's token Transfer from the host to the Marketplace; freeSlot's payout the
// receipt's Transfers the other way (the contract pays the reward first, then the collateral).
//
// The round (RoundSource: how often the slot was forcibly freed) lets a host that lost a slot
// reserve, fill and free it again under new keys; holdsReservation asks about the current round
// only (a forced free drops every reservation) and hostSettlement sums every round.
class ChainMarketTransactions final : public QObject {
    Q_OBJECT
public:
    using SlotRootsSource = std::function<Result<std::vector<Hash32>>(const StorageRequest&)>;
    using RoundCallback = std::function<void(const MarketResult<quint64>&)>;
    // The slot's current reservation round, answered later on the event loop.
    using RoundSource = std::function<void(const SlotId&, RoundCallback)>;

    ChainMarketTransactions(const ChainMarketRpc& rpc, TransactionManager& manager,
                            const MarketplaceAnswers& answers, Address token, TokenInfo tokenInfo,
                            quint64 periodSeconds, SlotRootsSource slotRoots, RoundSource rounds,
                            QObject* parent = nullptr);

    // The intent keys of a slot's transactions (ChainIntentKeys says what each holds).
    static QString reserveKey(const SlotId& slot, quint64 round = 0) {
        return ChainIntentKeys::reserve(slot, round);
    }
    static QString fillKey(const SlotId& slot, quint64 round = 0, int attempt = 0) {
        return ChainIntentKeys::fill(slot, round, attempt);
    }
    static QString proofKey(const SlotId& slot, quint64 period, int attempt = 0) {
        return ChainIntentKeys::proof(slot, period, attempt);
    }
    static QString freeKey(const SlotId& slot, quint64 round = 0) {
        return ChainIntentKeys::free(slot, round);
    }

    void reserveSlot(const RequestId& id, quint64 slotIndex, MarketReply<Done> reply);
    void fillSlot(const RequestId& id, quint64 slotIndex, const StorageProof& proof,
                  const UInt256& collateral, MarketReply<UInt256> reply);
    void submitProof(const SlotId& slot, const StorageProof& proof, MarketReply<Done> reply);
    void freeSlot(const SlotId& slot, MarketReply<SlotPayout> reply);
    void holdsReservation(const SlotId& slot, MarketReply<bool> reply);
    void hostSettlement(const SlotId& slot, MarketReply<HostSlotSettlement> reply);

    // The MarketError of an intent that did not succeed.
    static MarketError errorOf(const TransactionOutcome& outcome);

private:
    using OutcomeCallback = std::function<void(const TransactionOutcome&)>;
    struct Fill {
        RequestId id;
        quint64 slotIndex = 0;
        quint64 round = 0;
        QString key; // the intent's, from currentFill
        StorageProof proof;
        UInt256 collateral;
        MarketReply<UInt256> reply;
        QByteArray data; // fillSlot's call data, once prepared
    };

    // The intent stored under `key`, answered (later) once it settled; false when none is stored.
    bool awaitStored(const QString& key, const OutcomeCallback& done);
    // awaitStored, or else sends `transaction` as a new intent.
    void run(const QString& key, const OutgoingTransaction& transaction, OutcomeCallback done);
    void onSettled(const TransactionOutcome& outcome);

    // The slot's round, or the reply's error.
    template <typename T>
    void withRound(const SlotId& slot, MarketReply<T> reply, std::function<void(quint64)> then);
    void settleRounds(const SlotId& slot, quint64 round, quint64 last,
                      std::shared_ptr<HostSlotSettlement> settlement,
                      MarketReply<HostSlotSettlement> reply);
    void readHolding(const SlotId& slot, std::shared_ptr<HostSlotSettlement> settlement,
                     MarketReply<HostSlotSettlement> reply);

    // An intent of several attempts (a fill, a period's proof): the key of the first attempt not
    // refused for an invalid proof, with what is stored under it (nothing when it was not sent
    // yet).
    struct StoredAttempt {
        QString key;
        std::optional<TransactionOutcome> outcome;
    };
    Result<StoredAttempt> currentAttempt(const std::function<QString(int)>& keyOf);
    Result<StoredAttempt> currentFill(const SlotId& slot, quint64 round);
    // The timestamp of the chain's latest block; asked for while a read is on its way, the
    // answer of that read.
    void latestTimestamp(ChainMarketRpc::NumberCallback done);
    void prepareFill(const std::shared_ptr<Fill>& fill);
    // Answers a fill that was not sent (and is not waited on).
    void answerUnsent(const std::shared_ptr<Fill>& fill, const MarketResult<UInt256>& result);
    // The next batch: the fills ready, once no fill sent is unsettled and no approval is on its
    // way.
    void nextFills();
    void tryFills(const QList<std::shared_ptr<Fill>>& batch);
    void sendFills(const QList<std::shared_ptr<Fill>>& batch);
    // What the approval of `collateral` for the fills not sent yet is called (m_unsentFills
    // holds at least one).
    QString approvalLabel(const UInt256& collateral) const;
    // Ends the batch before it was sent: `failed` answered `why`.
    void endBatch(const QList<std::shared_ptr<Fill>>& failed, const MarketError& why);
    void finishFill(const std::shared_ptr<Fill>& fill, const TransactionOutcome& outcome);
    // The token amounts of the mined intent's receipt moved from `from` to `to`.
    void transfersOf(const TransactionOutcome& outcome, const Address& from, const Address& to,
                     std::function<void(const MarketResult<QList<UInt256>>&)> done);

    const ChainMarketRpc& m_rpc;
    TransactionManager& m_manager;
    const MarketplaceAnswers& m_answers;
    Address m_token;
    TokenInfo m_tokenInfo; // names amounts in transaction labels
    quint64 m_periodSeconds = 0;
    SlotRootsSource m_slotRoots;
    RoundSource m_rounds;
    QHash<QString, QList<OutcomeCallback>> m_waiting; // stored unsettled intents, by key
    QList<std::shared_ptr<Fill>> m_unsentFills;       // asked for, not sent nor answered yet
    QList<std::shared_ptr<Fill>> m_readyFills;        // of those, prepared, for the next batch
    int m_fillsUnsettled = 0;                         // of the batch sent
    bool m_approving = false; // a batch's allowance read or approval on its way
    QList<ChainMarketRpc::NumberCallback> m_timestampWaiters; // of the read on its way
};

} // namespace salesdesk
