#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/StorageAsk.h"
#include "core/reservations/AvailabilityParams.h"
#include "core/reservations/MatchExplainer.h"

#include <QMap>

namespace salesdesk::ui {

// What our engine did with one slot of a request seen on the market, as far as we know.
enum class SlotFate {
    Queued,  // waiting in the slot queue
    Selling, // a sale is running and has not filled the slot yet
    Sold,    // we filled the slot (the sale may since have ended)
    Ignored, // the sale looked at it and let it go (no match, slot taken, request over)
    Errored, // the sale ended in an error
    Missed,  // the request ended before we filled the slot
};

// A storage request seen on the market (StorageRequested, or open when the page started), with
// the matching verdict for it against the current availabilities and our engine's slots.
struct SeenRequest {
    RequestId id;
    StorageAsk ask;
    Timestamp seenAt = 0;
    Timestamp expiresAt = 0;
    Timestamp endsAt = 0;  // when the request would end if it started now (its validUntil)
    bool endKnown = false; // from the market; else estimated as seenAt + duration
    MatchExplanation explanation;
    QMap<quint64, SlotFate> slots; // by slot index: only slots the engine touched

    SlotRequirements requirements() const {
        SlotRequirements r;
        r.slotSize = ask.slotSize;
        r.duration = ask.duration;
        r.pricePerBytePerSecond = ask.pricePerBytePerSecond;
        r.collateralPerByte = ask.collateralPerByte;
        r.validUntil = endsAt;
        return r;
    }
    int slotsWith(SlotFate fate) const {
        int n = 0;
        for (SlotFate f : slots)
            n += f == fate ? 1 : 0;
        return n;
    }
};

} // namespace salesdesk::ui
