#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/MarketStates.h"
#include "core/domain/StorageAsk.h"
#include "core/domain/StorageRequest.h"
#include "core/domain/UInt256.h"
#include "core/market/MarketEventKind.h"
#include "core/market/MarketResult.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QtGlobal>

#include <vector>

namespace salesdesk {

// The simulated marketplace's books, record for record as the contract keeps them
// (docs/market-rules.md): a request with its RequestContext, a slot with its Slot struct and proof
// bookkeeping. Plain data; MarketLedger owns and changes them, SimulatedMarketStore writes them.

// Request + RequestContext. `state` is the stored state; views derive Cancelled/Finished from
// the time (MarketLedger::requestState).
struct SimRequest {
    RequestId id;
    StorageRequest request;
    quint64 sequence = 0; // posting order, 1-based
    RequestState state = RequestState::New;
    UInt256 fundsToReturnToClient;
    quint64 slotsFilled = 0;
    Timestamp startedAt = 0;
    Timestamp endsAt = 0;
    Timestamp expiresAt = 0;

    friend bool operator==(const SimRequest&, const SimRequest&) = default;
};

// Slot + the Proofs contract's per-slot data. A slot has a record once somebody filled it; until
// then it reads as Free (the contract's `requestId == 0`).
struct SimSlot {
    SlotId id;
    RequestId requestId;
    quint64 slotIndex = 0;
    SlotState state = SlotState::Free; // stored: Filled, Repair or Paid
    Address host;                      // zero when the slot was forcibly freed
    Timestamp filledAt = 0;
    UInt256 currentCollateral;
    quint64 missedProofs = 0;
    QList<quint64> missedPeriods; // periods marked missing since the fill (recent ones only)
    quint64 startPeriod = 0;      // period of the fill (_slotStarts)
    bool listed = false;          // in the host's mySlots
    QList<quint64> provenPeriods; // periods with an accepted proof, ascending (recent ones only)
    // Per host that ever filled the slot: the collateral it deposited, the reward and collateral
    // paid to it (`holding` is not stored: MarketBooks::hostSettlement derives it).
    QHash<Address, HostSlotSettlement> settlements;

    friend bool operator==(const SimSlot&, const SimSlot&) = default;
};

// An event of the contract, queued by the ledger and emitted by SimulatedMarket after the change
// is saved.
struct MarketEvent {
    using Kind = MarketEventKind;
    Kind kind = Kind::StorageRequested;
    RequestId requestId;
    quint64 slotIndex = 0;
    SlotId slotId;
    StorageAsk ask;
    Timestamp expiresAt = 0;

    friend bool operator==(const MarketEvent&, const MarketEvent&) = default;
};

// What changed since the last save: the keys whose rows must be rewritten.
struct LedgerChanges {
    QSet<RequestId> requests;
    QSet<SlotId> slots;        // the slot row and its proven and missed periods
    QSet<SlotId> proofs;       // only the slot's proven periods (an accepted proof)
    QSet<SlotId> reservations; // the slot's reservation list
    QSet<Address> balances;
    bool meta = false; // total supply, last validated period

    bool isEmpty() const {
        return requests.isEmpty() && slots.isEmpty() && proofs.isEmpty() &&
               reservations.isEmpty() && balances.isEmpty() && !meta;
    }
};

} // namespace salesdesk
