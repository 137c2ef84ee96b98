#pragma once

#include "core/domain/Result.h"
#include "core/simulation/MarketBooks.h"

namespace salesdesk {

// The contract's client functions on the books: posting a request (requestStorage) and taking
// the money back (withdrawFunds), plus what the simulation does to requests from outside
// (failRequest, minting tokens). Errors are domain Results: the callers are the scenario runner,
// the demo clients and the GUI, not the host. A part of MarketLedger, which owns the books.
class RequestFunctions {
public:
    explicit RequestFunctions(MarketBooks& books)
        : m_books(books) {}

    // The contract's checks in its order (client is the sender, not a duplicate,
    // 0 < expiry < duration, slots > 0, maxSlotLoss <= slots, duration > 0, non-zero
    // proofProbability, collateral and price, non-empty cid, duration <= requestDurationLimit),
    // then StorageRequest::validate() (slotSize, 256-bit amounts). Pulls maxPrice from the
    // client (OutOfBounds when it holds less) and emits StorageRequested(id, ask, expiresAt).
    Result<RequestId> requestStorage(const Address& sender, const StorageRequest& request,
                                     Timestamp now);
    // Allowed once the request is Cancelled, Failed or Finished, once. Pays the client
    // (Cancelled: fundsToReturnToClient + slotsFilled * (endsAt - expiresAt) *
    // pricePerSlotPerSecond and RequestCancelled; Failed: maxPrice; Finished:
    // fundsToReturnToClient) and returns the amount.
    Result<UInt256> withdrawFunds(const Address& sender, const RequestId& id, Timestamp now);

    // Fails a New or Started request now, as if too many slots had been lost: endsAt = now - 1,
    // RequestFailed.
    MarketResult<Done> failRequest(const RequestId& id, Timestamp now);
    Result<void> mint(const Address& to, const UInt256& amount);

private:
    MarketBooks& m_books;
};

} // namespace salesdesk
