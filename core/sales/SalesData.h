#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Reservation.h"
#include "core/domain/StorageRequest.h"
#include "core/market/MarketResult.h"
#include "core/sales/SlotQueue.h"
#include "core/sales/SlotQueueItem.h"

#include <QString>

#include <optional>

namespace salesdesk {

// What one sale knows about its slot. Owned by its SalesAgent.
struct SalesData {
    RequestId requestId;
    quint64 slotIndex = 0;
    SlotId slotId;
    std::optional<StorageRequest> request;
    std::optional<Reservation> reservation;
    std::optional<SlotQueueItem> queueItem; // set when the sale came from the slot queue
    std::optional<SlotQueue::WorkerId> worker;
    // What the market said of the slot when the sale was recovered after a restart
    // (Market::slotSummaries): SaleUnknown and SaleFilled take their answers from it instead of
    // asking, once; none for every other sale.
    std::optional<SlotSummary> recovered;

    // Money that moved for this sale (also in the ledger).
    bool filledByUs = false;
    UInt256 collateralDeposited = 0;
    Timestamp filledAt = 0;
    // Fills refused for an invalid proof and proven again (SaleFilling).
    int fillsReproven = 0;
    // When the request ends, once SaleFilled has learnt it (0: not known).
    Timestamp requestEnd = 0;

    quint64 proofsSubmitted = 0;
    quint64 proofsMissed = 0;
};

// The ids every log line of a sale carries: requestId, slotIndex, slotId, reservationId and
// availabilityId ("none" while the sale has no reservation).
QString describeSale(const SalesData& data);

} // namespace salesdesk
