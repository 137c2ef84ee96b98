#pragma once

#include "core/simulation/RequestLedger.h"

namespace salesdesk {

// The Codex Marketplace contract as plain, synchronous C++: the books (MarketBooks), the client
// functions (RequestLedger) and here the slot, proof and validator functions, each taking the
// caller (msg.sender) and the time. Checks run in the
// contract's order and a failed call changes nothing (a revert). Events and the keys of changed
// rows are collected for the owner (SimulatedMarket) to save and then emit. No event loop, no
// clock, no I/O.
//
// Deviations from the contract, for the simulation's sake: the challenge is stable for a whole
// period (ProofSchedule); proofs are Merkle openings checked against the slot root of the
// generated data (SlotDataGenerator); a forced free also forgets the slot's accepted proofs, so a
// repairing host can fill in the same period; failRequest() fails a request on demand.
class MarketLedger : public RequestLedger {
public:
    MarketLedger(const MarketConfig& config, const Address& marketplace);

    // ---- Host functions
    MarketResult<Done> reserveSlot(const Address& sender, const RequestId& id, quint64 slotIndex,
                                   Timestamp now);
    // `allowance` is what the host approved: less than the collateral is a revert. Returns the
    // collateral pulled from the host.
    MarketResult<UInt256> fillSlot(const Address& sender, const RequestId& id, quint64 slotIndex,
                                   const StorageProof& proof, const UInt256& allowance,
                                   Timestamp now);
    // Returns what was paid to the host (zeros for a Failed or forcibly freed slot).
    MarketResult<SlotPayout> freeSlot(const Address& sender, const SlotId& id, Timestamp now);
    MarketResult<Done> submitProof(const Address& sender, const SlotId& id,
                                   const StorageProof& proof, Timestamp now);

    // ---- Validator
    MarketResult<Done> markProofAsMissing(const Address& validator, const SlotId& id,
                                          quint64 period, Timestamp now);
    void setLastValidatedPeriod(quint64 period);

    // ---- Simulation only
    // _forciblyFreeSlot on a Filled slot (its host loses the collateral).
    MarketResult<Done> forceFreeSlot(const SlotId& id, Timestamp now);

private:
    void forciblyFree(SimSlot& slot, SimRequest& request, Timestamp now);
    MarketResult<SlotPayout> payoutSlot(SimSlot& slot, SimRequest& request, Timestamp end,
                                        bool finish);
    void unlist(SimSlot& slot);
    void recordProof(SimSlot& slot, quint64 period);
};

} // namespace salesdesk
