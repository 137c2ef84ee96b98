#pragma once

#include "core/simulation/MarketBooks.h"
#include "core/simulation/RequestFunctions.h"
#include "core/simulation/SlotFunctions.h"

namespace salesdesk {

// The Codex Marketplace contract as plain, synchronous C++, in three parts it owns:
// - MarketBooks: the records (requests, slots, reservations, proofs, balances) and the contract's
//   view functions; read them through books();
// - RequestFunctions: the client functions (requestStorage, withdrawFunds) and the simulation's
//   failRequest and mint;
// - SlotFunctions: the host's slot and proof functions, the validator's and a forced free.
// Every function takes the caller (msg.sender) and the time. Checks run in the contract's order
// and a failed call changes nothing (a revert). Events and the keys of changed rows are collected
// for the owner (SimulatedMarket) to save and then emit. No event loop, no clock, no I/O.
//
// Deviations from the contract, for the simulation's sake: the challenge is stable for a whole
// period (ProofSchedule); proofs are Merkle openings checked against the slot root of the
// generated data (SlotDataGenerator); a forced free also forgets the slot's accepted proofs, so a
// repairing host can fill in the same period; failRequest() fails a request on demand.
class MarketLedger {
public:
    MarketLedger(const MarketConfig& config, const Address& marketplace);
    // The parts hold references to the books.
    MarketLedger(const MarketLedger&) = delete;
    MarketLedger& operator=(const MarketLedger&) = delete;

    static Result<void> validateConfig(const MarketConfig& config) {
        return MarketBooks::validateConfig(config);
    }

    // The records and the contract's views over them, each at an explicit time.
    const MarketBooks& books() const { return m_books; }

    // ---- Clients and the simulation (RequestFunctions)
    Result<RequestId> requestStorage(const Address& sender, const StorageRequest& request,
                                     Timestamp now) {
        return m_requests.requestStorage(sender, request, now);
    }
    Result<UInt256> withdrawFunds(const Address& sender, const RequestId& id, Timestamp now) {
        return m_requests.withdrawFunds(sender, id, now);
    }
    MarketResult<Done> failRequest(const RequestId& id, Timestamp now) {
        return m_requests.failRequest(id, now);
    }
    Result<void> mint(const Address& to, const UInt256& amount) {
        return m_requests.mint(to, amount);
    }

    // ---- Hosts, the validator and the simulation (SlotFunctions)
    MarketResult<Done> reserveSlot(const Address& sender, const RequestId& id, quint64 slotIndex,
                                   Timestamp now) {
        return m_slots.reserveSlot(sender, id, slotIndex, now);
    }
    MarketResult<UInt256> fillSlot(const Address& sender, const RequestId& id, quint64 slotIndex,
                                   const StorageProof& proof, const UInt256& allowance,
                                   Timestamp now) {
        return m_slots.fillSlot(sender, id, slotIndex, proof, allowance, now);
    }
    MarketResult<SlotPayout> freeSlot(const Address& sender, const SlotId& id, Timestamp now) {
        return m_slots.freeSlot(sender, id, now);
    }
    MarketResult<Done> submitProof(const Address& sender, const SlotId& id,
                                   const StorageProof& proof, Timestamp now) {
        return m_slots.submitProof(sender, id, proof, now);
    }
    MarketResult<Done> markProofAsMissing(const Address& validator, const SlotId& id,
                                          quint64 period, Timestamp now) {
        return m_slots.markProofAsMissing(validator, id, period, now);
    }
    MarketResult<Done> forceFreeSlot(const SlotId& id, Timestamp now) {
        return m_slots.forceFreeSlot(id, now);
    }
    // The validator's progress: every period up to this one has been checked.
    void setLastValidatedPeriod(quint64 period) { m_books.setLastValidatedPeriod(period); }

    // ---- Saving and loading
    // The events of the changes since the last call, in order.
    std::vector<MarketEvent> takeEvents() { return m_books.takeEvents(); }
    // The rows changed since the last call.
    LedgerChanges takeChanges() { return m_books.takeChanges(); }
    // Replaces the whole state (from the store); drops pending events and changes.
    Result<void> restore(const QList<SimRequest>& requests, const QList<SimSlot>& slots,
                         const QHash<SlotId, QList<Address>>& reservations,
                         const QHash<Address, UInt256>& balances, quint64 lastValidatedPeriod) {
        return m_books.restore(requests, slots, reservations, balances, lastValidatedPeriod);
    }

private:
    MarketBooks m_books;
    RequestFunctions m_requests{m_books};
    SlotFunctions m_slots{m_books};
};

} // namespace salesdesk
