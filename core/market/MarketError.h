#pragma once

#include <QString>

namespace salesdesk {

// How a market call failed. Transient failures (network, node busy) are retried with backoff;
// the others are answers and are not.
struct MarketError {
    enum class Kind {
        Transient,             // try again later
        SlotStateMismatch,     // fillSlot: slot not free; freeSlot: slot is free
        ReservationNotAllowed, // reserveSlot refused
        InvalidProof,          // proof did not verify
        ProofAlreadySubmitted, // submitProof: this period's proof is already in (ours, earlier)
        UnknownRequest,        // no such request
        Rejected,              // any other revert, with the contract's reason
    };
    Kind kind = Kind::Rejected;
    QString message;

    bool isTransient() const { return kind == Kind::Transient; }
};

} // namespace salesdesk
