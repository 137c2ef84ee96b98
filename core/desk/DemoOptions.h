#pragma once

#include "core/desk/Desk.h"
#include "core/reservations/AvailabilityParams.h"

namespace salesdesk {

// The demo desk that `salesdesk` opens with no arguments, tuned so that a new user sees sales
// move within a minute at 60×: a request every ~3 simulated minutes, small slots (~256 KiB, a few
// per request), requests of ~2 hours, proofs about every fourth 2-minute period.
SimulatedDeskOptions demoDeskOptions(const QString& dataDirectory);

// A first availability that takes most demo requests: `bytes` for up to a week, at any price the
// demo clients offer, with collateral for every byte.
NewAvailability demoAvailability(quint64 bytes);

} // namespace salesdesk
