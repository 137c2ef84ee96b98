#pragma once

namespace salesdesk {

// The Marketplace contract's events that a host reads, as every market reports them (the
// simulated market's queued events, the chain market's decoded logs).
enum class MarketEventKind {
    StorageRequested,
    RequestFulfilled,
    RequestCancelled,
    RequestFailed,
    SlotFilled,
    SlotFreed,
    SlotReservationsFull,
    ProofSubmitted,
};

} // namespace salesdesk
