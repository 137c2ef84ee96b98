#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace salesdesk {

class HostEngine;
class SimulatedMarket;

// The five invariants of a scenario run (docs/scenario-format.md, "Invariants"),
// recomputed each time from what is persisted: the availabilities and reservations in the
// database, the repo's quota row and slot data records, the ledger, the market's balance and
// mySlots, and the engine's running agents. Nothing is counted beside them.
//
//   1. per availability: freeSize + Σ slotSize of its reservations == totalSize;
//   2. repo: reservedBytes == Σ freeSize + Σ reservation.size, and usedBytes == the slot data
//      held for live reservations;
//   3. per availability: totalRemainingCollateral + Σ collateral of its reservations +
//      collateralLost == totalCollateral;
//   4. host: balance == startBalance − Σ deposited + Σ returned + Σ payout (ledger);
//   5. every slot in mySlots has a running agent, and every reservation belongs to one.
class InvariantChecker {
public:
    using AvailabilityNamer = std::function<QString(const AvailabilityId&)>;
    using RequestNamer = std::function<QString(const RequestId&)>;

    InvariantChecker(UInt256 startBalance, AvailabilityNamer availabilityName,
                     RequestNamer requestName);

    // The broken invariants, one sentence each ("availability a1: freeSize + Σ slotSize … (5)
    // != totalSize (4)"); empty when all five hold. An error when the books cannot be read.
    Result<QStringList> check(HostEngine& engine, const SimulatedMarket& market) const;

private:
    QString slotName(const RequestId& requestId, quint64 slotIndex) const;

    UInt256 m_startBalance;
    AvailabilityNamer m_availabilityName;
    RequestNamer m_requestName;
};

} // namespace salesdesk
