#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/MarketStates.h"
#include "core/domain/Slot.h"
#include "core/domain/StorageAsk.h"
#include "core/domain/UInt256.h"
#include "core/market/MarketError.h"

#include <functional>
#include <optional>
#include <utility>
#include <variant>

namespace salesdesk {

// The outcome of a market call: a value or a MarketError.
template <typename T> class MarketResult {
public:
    MarketResult(T value) // NOLINT(google-explicit-constructor)
        : m_state(std::move(value)) {}
    MarketResult(MarketError error) // NOLINT(google-explicit-constructor)
        : m_state(std::move(error)) {}
    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const MarketError& error() const { return std::get<MarketError>(m_state); }

private:
    std::variant<T, MarketError> m_state;
};

// For calls that return nothing.
struct Done {
    friend bool operator==(Done, Done) { return true; }
};

// What freeSlot paid the host: the reward for storing and the collateral given back.
struct SlotPayout {
    UInt256 reward = 0;
    UInt256 collateral = 0;
};

// What passed between the market and this host for one slot, summed over every time the host
// filled it. A restarted host brings its ledger up to these figures, so a crash between a market
// call and its ledger entry loses nothing and never books a loss the market did not take. (A chain
// backend sums the token transfers in the receipts of its own fillSlot and freeSlot transactions
// for the slot, and reads whether it is still the slot's host.)
struct HostSlotSettlement {
    UInt256 collateralDeposited = 0; // pulled by fillSlot
    UInt256 reward = 0;              // paid by freeSlot
    UInt256 collateralReturned = 0;  // given back by freeSlot
    bool holding = false;            // the host holds the slot now: its collateral is at stake

    // What the market kept for good (slashed, or forfeited by a forced free or a failed
    // request): nothing while the host still holds the slot.
    UInt256 collateralLost() const {
        if (holding || collateralReturned >= collateralDeposited)
            return 0;
        return collateralDeposited - collateralReturned;
    }
    friend bool operator==(const HostSlotSettlement&, const HostSlotSettlement&) = default;
};

// A request still open to hosts, as its StorageRequested event described it.
struct OpenRequest {
    RequestId id;
    StorageAsk ask;
    Timestamp expiresAt = 0;
};

// What a proving host must do for one of its slots in the current period: the answers of
// slotState, isProofRequired, willProofBeRequired and (when either is true) getChallenge, read
// together (Market::proofDuties).
struct ProofDuty {
    SlotId slotId;
    SlotState state = SlotState::Free;
    bool required = false;       // a proof is due now
    bool willBeRequired = false; // a proof is due once the pointer leaves the downtime
    Hash32 challenge;            // the period's challenge when a proof is or will be due
};

// What a restarted host reads of one of its slots: the answers of getActiveSlot, slotState,
// getHost, requestEnd and requestExpiresAt, read together (Market::slotSummaries). A slot nobody
// ever filled (Free) has no slot, no host and zero times.
struct SlotSummary {
    SlotId slotId;
    std::optional<Slot> slot; // its request and index (getActiveSlot); none for a Free slot
    SlotState state = SlotState::Free;
    std::optional<Address> host; // none while nobody holds it (as getHost answers)
    Timestamp requestEnd = 0;
    Timestamp requestExpiresAt = 0;
    friend bool operator==(const SlotSummary&, const SlotSummary&) = default;
};

template <typename T> using MarketCallback = std::function<void(const MarketResult<T>&)>;

} // namespace salesdesk
