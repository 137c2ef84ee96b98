#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/MarketStates.h"
#include "core/domain/Result.h"
#include "core/domain/Slot.h"
#include "core/domain/StorageProof.h"
#include "core/domain/UInt256.h"
#include "core/market/MarketConfig.h"
#include "core/market/MarketResult.h"
#include "core/simulation/MarketRecords.h"
#include "core/simulation/ProofSchedule.h"
#include "core/simulation/TokenBalances.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <map>
#include <optional>
#include <vector>

namespace salesdesk {

// The books of the simulated Codex Marketplace: the records store (requests with their contexts,
// slots, reservations, proofs, token balances) and the contract's view functions over them, each
// at a given time `now` (block.timestamp; one block per second, so also block.number). The
// functions that change the books live in RequestFunctions and SlotFunctions, which write through
// the small set of writers below; every write is recorded here (the keys of the changed rows and
// the contract's events) for the owner to save and then emit. MarketLedger owns the books and
// those two parts.
class MarketBooks {
public:
    MarketBooks(const MarketConfig& config, const Address& marketplace);

    // The Marketplace constructor's checks, plus a positive proof timeout, at least one
    // reservation per slot and a duration limit that keeps every time within 32 bits of seconds
    // past now.
    static Result<void> validateConfig(const MarketConfig& config);

    const MarketConfig& config() const { return m_config; }
    const ProofSchedule& schedule() const { return m_schedule; }
    // The marketplace contract's own token account (the escrow).
    const Address& marketplace() const { return m_marketplace; }
    const TokenBalances& tokens() const { return m_tokens; }

    // ---- Requests and slots
    const SimRequest* request(const RequestId& id) const;
    const SimSlot* slot(const SlotId& id) const;
    // Every request, in posting order.
    const QList<RequestId>& requestIds() const { return m_requestOrder; }
    // Every slot that was ever filled, sorted by id.
    QList<SlotId> slotIds() const;
    RequestState requestState(const SimRequest& request, Timestamp now) const;
    std::optional<RequestState> requestState(const RequestId& id, Timestamp now) const;
    // Free for a slot nobody filled yet, whatever its request (the contract's requestId == 0).
    SlotState slotState(const SlotId& id, Timestamp now) const;
    // getRequest: none for an unknown id.
    std::optional<StorageRequest> storageRequest(const RequestId& id) const;
    // requestExpiry (absolute); UnknownRequest where the contract would return 0.
    MarketResult<Timestamp> requestExpiresAt(const RequestId& id) const;
    // getHost: none while nobody holds the slot.
    std::optional<Address> host(const SlotId& id) const;
    // currentCollateral: 0 for a slot nobody filled.
    UInt256 currentCollateral(const SlotId& id) const;
    // getActiveSlot: none for a slot that is Free (the contract reverts Marketplace_SlotIsFree).
    std::optional<Slot> activeSlot(const SlotId& id) const;
    Timestamp requestEnd(const SimRequest& request, Timestamp now) const;
    MarketResult<Timestamp> requestEnd(const RequestId& id, Timestamp now) const;
    // What fillSlot pulls: collateralPerSlot, less the repair reward for a Repair slot.
    MarketResult<UInt256> slotCollateral(const RequestId& id, quint64 slotIndex,
                                         Timestamp now) const;
    QList<Address> reservations(const SlotId& id) const { return m_reservations.value(id); }
    bool canReserveSlot(const Address& sender, const RequestId& id, quint64 slotIndex,
                        Timestamp now) const;
    // The host's slots (the contract's mySlots), in the order they were filled.
    QList<SlotId> mySlots(const Address& host) const;
    // What passed between `host` and the market for the slot (zeros for a slot it never filled).
    HostSlotSettlement hostSettlement(const SlotId& id, const Address& host) const;
    // Whether any of the host's slots is Filled at `now` (mySlots without sorting it).
    bool hasFilledSlot(const Address& host, Timestamp now) const;
    // Requests New, not expired and not fully filled, in posting order, as their
    // StorageRequested told them.
    QList<OpenRequest> openRequests(Timestamp now) const;

    // ---- Proofs
    Hash32 challenge(const SlotId& id, Timestamp now) const;
    quint8 pointer(const SlotId& id, Timestamp now) const { return m_schedule.pointer(id, now); }
    // The contract's `required` for `period`, with the slot state at `now`.
    bool proofRequired(const SlotId& id, quint64 period, Timestamp now) const;
    bool isProofRequired(const SlotId& id, Timestamp now) const;
    bool willProofBeRequired(const SlotId& id, Timestamp now) const;
    bool proofReceived(const SlotId& id, quint64 period) const;
    quint64 missingProofs(const SlotId& id) const;
    // Done when markProofAsMissing(id, period) would succeed at `now`; else the revert.
    MarketResult<Done> canMarkProofAsMissing(const SlotId& id, quint64 period, Timestamp now) const;
    // The Merkle root of the slot's generated data (SlotDataGenerator, datasetKey), cached per
    // slot.
    Hash32 slotRoot(const SimRequest& request, quint64 slotIndex) const;
    // `proof` answers the slot's challenge at `now` and verifies against the slot root; else
    // InvalidProof saying why.
    MarketResult<Done> checkProof(const SimRequest& request, quint64 slotIndex,
                                  const StorageProof& proof, Timestamp now) const;

    // The validator's progress (persisted): every period up to this one has been checked.
    quint64 lastValidatedPeriod() const { return m_lastValidatedPeriod; }

    // ---- Saving and loading
    // The events of the changes since the last call, in order.
    std::vector<MarketEvent> takeEvents();
    // The rows changed since the last call.
    LedgerChanges takeChanges();
    // Replaces the whole state (from the store); drops pending events and changes.
    Result<void> restore(const QList<SimRequest>& requests, const QList<SimSlot>& slots,
                         const QHash<SlotId, QList<Address>>& reservations,
                         const QHash<Address, UInt256>& balances, quint64 lastValidatedPeriod);

    // The contract's slotState for a slot of `request`; `record` is null for a slot nobody
    // filled (stored Free).
    SlotState slotStateOf(const SimRequest& request, const SimSlot* record, Timestamp now) const;

    // ---- Writing (RequestFunctions, SlotFunctions)
    SimRequest* mutableRequest(const RequestId& id);
    // Appends a new request to the posting order.
    void addRequest(const SimRequest& request);
    SimSlot* mutableSlot(const SlotId& id);
    // The slot's record, created (Free) when nobody filled the slot yet.
    SimSlot& slotRecord(const SlotId& id);
    // Adds `host` to the slot's reservations; returns how many the slot has now.
    qsizetype addReservation(const SlotId& id, const Address& host);
    // Forgets the slot's reservations.
    void dropReservations(const SlotId& id);
    // Puts the slot in its host's mySlots / takes it out.
    void list(SimSlot& slot);
    void unlist(SimSlot& slot);
    TokenBalances& mutableTokens() { return m_tokens; }
    void setLastValidatedPeriod(quint64 period);
    void emitEvent(MarketEvent event) { m_events.push_back(std::move(event)); }
    void touch(const SimRequest& request) { m_changes.requests.insert(request.id); }
    void touch(const SimSlot& slot) { m_changes.slots.insert(slot.id); }
    // Only the slot's proven periods changed: the store writes those rows, not the slot's.
    void touchProofs(const SimSlot& slot) { m_changes.proofs.insert(slot.id); }
    // Total supply, last validated period.
    void touchMeta() { m_changes.meta = true; }

private:
    MarketConfig m_config;
    ProofSchedule m_schedule;
    Address m_marketplace;
    TokenBalances m_tokens;
    QHash<RequestId, SimRequest> m_requests;
    QList<RequestId> m_requestOrder;
    QHash<SlotId, SimSlot> m_slots;
    QHash<SlotId, QList<Address>> m_reservations;
    QHash<Address, QSet<SlotId>> m_listed; // host -> the slots in its mySlots
    quint64 m_lastValidatedPeriod = 0;
    std::vector<MarketEvent> m_events;
    LedgerChanges m_changes;

    // A slot's challenge in a period, and whether it asks for a proof: the host, the validator
    // and the proof check each ask several times per slot and period, and every answer costs a
    // keccak. Kept for the newest two periods asked about.
    struct PeriodChallenge {
        Hash32 challenge;
        std::optional<bool> selected;
    };
    PeriodChallenge& periodChallenge(const SlotId& id, quint64 period) const;

    mutable QHash<SlotId, Hash32> m_roots;
    mutable std::map<quint64, QHash<SlotId, PeriodChallenge>> m_challenges;
};

} // namespace salesdesk
