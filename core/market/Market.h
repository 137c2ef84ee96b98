#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/MarketStates.h"
#include "core/domain/Slot.h"
#include "core/domain/StorageAsk.h"
#include "core/domain/StorageProof.h"
#include "core/domain/StorageRequest.h"
#include "core/domain/UInt256.h"
#include "core/market/MarketConfig.h"
#include "core/market/MarketResult.h"

#include <QList>
#include <QObject>

#include <optional>

namespace salesdesk {

// The marketplace as the host sees it: reads, transactions and events of the Codex Marketplace
// contract (docs/market-rules.md). Shaped so that a chain-backed market can implement it:
// - every call is asynchronous: its callback runs later on the event loop, never inside the call;
// - if `context` is destroyed before the answer arrives, the callback is not run (a pre-empted
//   sale state never hears back);
// - failures are MarketError values; transient ones may be retried (see RetryingMarket).
// Events are Qt signals.
class Market : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Market() override = default;

    // Identity and configuration (known once the market is loaded).
    virtual Address signer() const = 0;
    virtual MarketConfig config() const = 0;

    // Reads
    virtual void getRequest(const RequestId& id, const QObject* context,
                            MarketCallback<std::optional<StorageRequest>> done) = 0;
    virtual void requestState(const RequestId& id, const QObject* context,
                              MarketCallback<std::optional<RequestState>> done) = 0;
    virtual void slotState(const SlotId& id, const QObject* context,
                           MarketCallback<SlotState> done) = 0;
    virtual void requestEnd(const RequestId& id, const QObject* context,
                            MarketCallback<Timestamp> done) = 0;
    virtual void requestExpiresAt(const RequestId& id, const QObject* context,
                                  MarketCallback<Timestamp> done) = 0;
    virtual void getHost(const SlotId& id, const QObject* context,
                         MarketCallback<std::optional<Address>> done) = 0;
    virtual void currentCollateral(const SlotId& id, const QObject* context,
                                   MarketCallback<UInt256> done) = 0;
    // The collateral fillSlot will pull: collateralPerSlot, discounted for a slot in Repair.
    virtual void slotCollateral(const RequestId& id, quint64 slotIndex, const QObject* context,
                                MarketCallback<UInt256> done) = 0;
    virtual void getActiveSlot(const SlotId& id, const QObject* context,
                               MarketCallback<std::optional<Slot>> done) = 0;
    virtual void mySlots(const QObject* context, MarketCallback<QList<SlotId>> done) = 0;
    // getActiveSlot, slotState, getHost, requestEnd and requestExpiresAt of many slots in one
    // call, in the order asked (what a restarted host needs of every slot in mySlots; a chain
    // backend reads them with one view per few hundred slots, all in one batch). The call succeeds
    // or fails as a whole.
    virtual void slotSummaries(const QList<SlotId>& slots, const QObject* context,
                               MarketCallback<QList<SlotSummary>> done) = 0;
    // Requests still open to hosts (New, not expired, with a free slot), as StorageRequested
    // told them: what a restarted host re-queues (a chain backend queries past events).
    virtual void openRequests(const QObject* context, MarketCallback<QList<OpenRequest>> done) = 0;
    virtual void balance(const QObject* context, MarketCallback<UInt256> done) = 0;
    // What the market moved between this host and itself for the slot (see HostSlotSettlement):
    // what a restarted host reconciles its ledger with.
    virtual void hostSettlement(const SlotId& id, const QObject* context,
                                MarketCallback<HostSlotSettlement> done) = 0;
    // Whether this host holds one of the slot's reservations (a chain backend knows it from its
    // own reserveSlot receipts): a sale restarted after a crash goes on with the reservation it
    // made, where reserveSlot would refuse a second one.
    virtual void holdsReservation(const SlotId& id, const QObject* context,
                                  MarketCallback<bool> done) = 0;

    // Proofs
    virtual void isProofRequired(const SlotId& id, const QObject* context,
                                 MarketCallback<bool> done) = 0;
    virtual void willProofBeRequired(const SlotId& id, const QObject* context,
                                     MarketCallback<bool> done) = 0;
    virtual void getChallenge(const SlotId& id, const QObject* context,
                              MarketCallback<Hash32> done) = 0;
    virtual void getPointer(const SlotId& id, const QObject* context,
                            MarketCallback<quint8> done) = 0;
    virtual void missingProofs(const SlotId& id, const QObject* context,
                               MarketCallback<quint64> done) = 0;
    // slotState, isProofRequired, willProofBeRequired and getChallenge of many slots in one call,
    // in the order asked (what every proving slot needs each period; a chain backend reads them
    // with one multicall). The call succeeds or fails as a whole.
    virtual void proofDuties(const QList<SlotId>& slots, const QObject* context,
                             MarketCallback<QList<ProofDuty>> done) = 0;

    // Transactions
    virtual void canReserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                                MarketCallback<bool> done) = 0;
    virtual void reserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                             MarketCallback<Done> done) = 0;
    // Answers with the collateral the market pulled from the host's balance (what a chain
    // backend reads from the transaction receipt's token Transfer).
    virtual void fillSlot(const RequestId& id, quint64 slotIndex, const StorageProof& proof,
                          const UInt256& collateral, const QObject* context,
                          MarketCallback<UInt256> done) = 0;
    // Answers with what was paid to the host (zeros when nothing was: a failed or forced-free
    // slot).
    virtual void freeSlot(const SlotId& id, const QObject* context,
                          MarketCallback<SlotPayout> done) = 0;
    virtual void submitProof(const SlotId& id, const StorageProof& proof, const QObject* context,
                             MarketCallback<Done> done) = 0;

Q_SIGNALS:
    void storageRequested(const salesdesk::RequestId& id, const salesdesk::StorageAsk& ask,
                          salesdesk::Timestamp expiresAt);
    void requestFulfilled(const salesdesk::RequestId& id);
    void requestCancelled(const salesdesk::RequestId& id);
    void requestFailed(const salesdesk::RequestId& id);
    void slotFilled(const salesdesk::RequestId& id, quint64 slotIndex);
    void slotFreed(const salesdesk::RequestId& id, quint64 slotIndex);
    void slotReservationsFull(const salesdesk::RequestId& id, quint64 slotIndex);
    void proofSubmitted(const salesdesk::SlotId& id);
};

} // namespace salesdesk
