#pragma once

// Every asynchronous call of the Market interface (core/market/Market.h, where each is documented)
// once, for the code that would otherwise repeat the list: the declarations of the markets that
// implement the interface (SimulatedMarket, the tests' MockMarket, RetryingMarket) and
// RetryingMarket's forwarding. A call added to Market is added here too, and the compiler checks
// that the two agree: a listed call that Market lacks fails its `override`, and a call of Market
// missing here leaves those markets abstract.
//
// SD_MARKET_CALLS(X) expands X(T, name, params, args) for each call
//     void name(params…, const QObject* context, MarketCallback<T> done)
// where `params` is the parenthesised list of the parameters before `context` and `args` the
// parenthesised list of their names; both are `()` for a call that takes only the context.
#define SD_MARKET_CALLS(X)                                                                         \
    /* Reads */                                                                                    \
    X(std::optional<StorageRequest>, getRequest, (const RequestId& id), (id))                      \
    X(std::optional<RequestState>, requestState, (const RequestId& id), (id))                      \
    X(SlotState, slotState, (const SlotId& id), (id))                                              \
    X(Timestamp, requestEnd, (const RequestId& id), (id))                                          \
    X(Timestamp, requestExpiresAt, (const RequestId& id), (id))                                    \
    X(std::optional<Address>, getHost, (const SlotId& id), (id))                                   \
    X(UInt256, currentCollateral, (const SlotId& id), (id))                                        \
    X(UInt256, slotCollateral, (const RequestId& id, quint64 slotIndex), (id, slotIndex))          \
    X(std::optional<Slot>, getActiveSlot, (const SlotId& id), (id))                                \
    X(QList<SlotId>, mySlots, (), ())                                                              \
    X(QList<SlotSummary>, slotSummaries, (const QList<SlotId>& slots), (slots))                    \
    X(QList<OpenRequest>, openRequests, (), ())                                                    \
    X(UInt256, balance, (), ())                                                                    \
    X(HostSlotSettlement, hostSettlement, (const SlotId& id), (id))                                \
    X(bool, holdsReservation, (const SlotId& id), (id))                                            \
    /* Proofs */                                                                                   \
    X(bool, isProofRequired, (const SlotId& id), (id))                                             \
    X(bool, willProofBeRequired, (const SlotId& id), (id))                                         \
    X(Hash32, getChallenge, (const SlotId& id), (id))                                              \
    X(quint8, getPointer, (const SlotId& id), (id))                                                \
    X(quint64, missingProofs, (const SlotId& id), (id))                                            \
    X(QList<ProofDuty>, proofDuties, (const QList<SlotId>& slots), (slots))                        \
    /* Transactions */                                                                             \
    X(bool, canReserveSlot, (const RequestId& id, quint64 slotIndex), (id, slotIndex))             \
    X(Done, reserveSlot, (const RequestId& id, quint64 slotIndex), (id, slotIndex))                \
    X(UInt256, fillSlot,                                                                           \
      (const RequestId& id, quint64 slotIndex, const StorageProof& proof,                          \
       const UInt256& collateral),                                                                 \
      (id, slotIndex, proof, collateral))                                                          \
    X(SlotPayout, freeSlot, (const SlotId& id), (id))                                              \
    X(Done, submitProof, (const SlotId& id, const StorageProof& proof), (id, proof))

// The parameters (or arguments) before the context: `(a, b)` gives `a, b,` and `()` nothing.
#define SD_MARKET_LEADING(...) __VA_ARGS__ __VA_OPT__(, )
#define SD_MARKET_BEFORE_CONTEXT(list) SD_MARKET_LEADING list

// The declaration of one call in a class that implements it.
#define SD_MARKET_DECLARE_OVERRIDE(T, name, params, args)                                          \
    void name(SD_MARKET_BEFORE_CONTEXT(params) const QObject* context, MarketCallback<T> done)     \
        override;

// In a class derived from Market: declares every call as an override.
#define SD_MARKET_DECLARE_OVERRIDES() SD_MARKET_CALLS(SD_MARKET_DECLARE_OVERRIDE)
