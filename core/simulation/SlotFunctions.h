#pragma once

#include "core/simulation/MarketBooks.h"

namespace salesdesk {

// The contract's slot and proof functions on the books: what a host does (reserve, fill, free,
// prove), what the validator does (mark a proof missing) and a forced free for the simulation.
// Each takes the caller (msg.sender) and the time; checks run in the contract's order and a failed
// call changes nothing (a revert). A part of MarketLedger, which owns the books.
class SlotFunctions {
public:
    explicit SlotFunctions(MarketBooks& books)
        : m_books(books) {}

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

    // ---- Simulation only
    // _forciblyFreeSlot on a Filled slot (its host loses the collateral).
    MarketResult<Done> forceFreeSlot(const SlotId& id, Timestamp now);

private:
    void forciblyFree(SimSlot& slot, SimRequest& request, Timestamp now);
    MarketResult<SlotPayout> payoutSlot(SimSlot& slot, SimRequest& request, Timestamp end,
                                        bool finish);
    void recordProof(SimSlot& slot, quint64 period);

    MarketBooks& m_books;
};

} // namespace salesdesk
